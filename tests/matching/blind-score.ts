// Strict scoring: an in-scope question passes only with an answer card for an expected entry; an
// off-topic one only with "not found". Figures per category, and the share of in-scope questions
// answered with a wrong entry (the worst outcome: a confident card on the wrong subject).
import { type BlindQuestion, wordCount } from './blind-set.js';

export type Outcome =
  | { readonly kind: 'answer'; readonly id: string }
  | { readonly kind: 'did-you-mean'; readonly ids: readonly string[] }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'other'; readonly what: string };

export const passes = (q: BlindQuestion, got: Outcome): boolean =>
  q.kind === 'in-scope'
    ? got.kind === 'answer' && q.expected.includes(got.id)
    : got.kind === 'not-found';

const isWrong = (q: BlindQuestion, got: Outcome) =>
  q.kind === 'in-scope' && got.kind === 'answer' && !q.expected.includes(got.id);

export const LONG_WORDS = 20;

/** The categories a question counts in, as "dimension: value". */
export function categories(q: BlindQuestion): string[] {
  const long = wordCount(q.q) >= LONG_WORDS ? `${LONG_WORDS}+ words` : `under ${LONG_WORDS}`;
  const cats = [`all ${q.kind}`, `${q.kind} ${q.lang}`, `${q.kind} ${long}`];
  if (q.kind === 'in-scope') {
    cats.push(`in-scope persona ${q.persona}`);
    if (q.lang === 'fr') {
      cats.push(`in-scope fr ${q.accents ? 'with' : 'without'} accents`);
      if (q.register) cats.push(`in-scope fr ${q.register}`);
    }
  } else if (q.offtopic_kind) cats.push(`off-topic kind ${q.offtopic_kind}`);
  return cats;
}

interface Tally {
  n: number;
  pass: number;
  wrong: number;
  dym: number;
  notFound: number;
}

export function summarise(results: readonly { q: BlindQuestion; got: Outcome }[]) {
  const tallies = new Map<string, Tally>();
  const misses: string[] = [];
  for (const { q, got } of results) {
    for (const c of categories(q)) {
      const t = tallies.get(c) ?? { n: 0, pass: 0, wrong: 0, dym: 0, notFound: 0 };
      t.n++;
      if (passes(q, got)) t.pass++;
      if (isWrong(q, got)) t.wrong++;
      if (got.kind === 'did-you-mean') t.dym++;
      if (got.kind === 'not-found') t.notFound++;
      tallies.set(c, t);
    }
    if (!passes(q, got))
      misses.push(`MISS ${q.id} [${q.expected.join('|') || q.kind}] ${describe(got)} :: ${q.q}`);
  }
  const pct = (a: number, n: number) => `${((100 * a) / n).toFixed(1)}%`;
  const rows = [...tallies.entries()].sort(([a], [b]) => a.localeCompare(b));
  const text = [
    '| category | n | pass | wrong entry | did you mean | not found |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      ([c, t]) =>
        `| ${c} | ${t.n} | ${pct(t.pass, t.n)} | ${pct(t.wrong, t.n)} | ${pct(t.dym, t.n)} | ${pct(t.notFound, t.n)} |`,
    ),
  ].join('\n');
  return { text, misses, tallies };
}

export function describe(got: Outcome): string {
  switch (got.kind) {
    case 'answer':
      return `answer ${got.id}`;
    case 'did-you-mean':
      return `dym(${got.ids.join(',')})`;
    case 'not-found':
      return 'not-found';
    default:
      return `other(${got.what})`;
  }
}
