// Fast offline check of the matcher on the shared dev cases, without the bot or cards:
// `tsx scripts/dev-eval.ts [cases.jsonl]`. The real measure is the harness in ../shared/eval.
import { readFileSync } from 'node:fs';
import { loadCatalogue } from '../src/guidance/load.js';
import type { Entry, Lang } from '../src/guidance/types.js';
import { createMatcher } from '../src/matching/matcher.js';

interface Case {
  id: string;
  lang: Lang;
  q: string;
  expect?: string;
  out?: boolean;
}
const file =
  process.argv[2] ?? new URL('../../shared/eval/dev-cases.jsonl', import.meta.url).pathname;
const cases = readFileSync(file, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Case);
const catalogue = loadCatalogue();
const matcher = createMatcher(catalogue);

const shown = (e: Entry, lang: Lang) => {
  const l = e[lang];
  const qs = (e.questions ?? [])
    .map((q) => catalogue.byId.get(q)!)
    .map((q) => `${q[lang].title} ${q[lang].why}`);
  return [l.title, l.text, l.why ?? '', ...qs].join('\n');
};

let ok = 0;
const misses: string[] = [];
for (const c of cases) {
  const m = matcher.match(c.q, c.lang === 'fr' ? 'fr-CA' : 'en-US');
  const d = m.decision;
  const got =
    d.kind === 'answer'
      ? d.best.entry.id
      : d.kind === 'did-you-mean'
        ? `dym(${d.choices.map((x) => x.entry.id).join(',')})`
        : 'not-found';
  const pass = c.out
    ? d.kind === 'not-found'
    : d.kind === 'answer' && new RegExp(c.expect!, 'i').test(shown(d.best.entry, m.lang));
  if (pass) ok++;
  else
    misses.push(
      `MISS ${c.id} [${c.lang}] ${c.q} -> ${got} (${m.candidates
        .slice(0, 3)
        .map((x) => `${x.entry.id}:${x.score.toFixed(2)}`)
        .join(' ')})`,
    );
}
console.log(misses.join('\n'));
console.log(`dev: ${ok}/${cases.length}`);
