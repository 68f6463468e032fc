// Tunes the matcher's settings without looking at any evaluation set: 5-fold cross-validation
// over the catalogue's own phrasings (each phrasing is asked while held out of the index) plus
// the out-of-scope questions of tests/matching/fixtures. `npm run tune [-- --grid]`
import { readFileSync } from 'node:fs';
import { loadCatalogue } from '../src/guidance/load.js';
import type { Entry, Lang } from '../src/guidance/types.js';
import { decide } from '../src/matching/decide.js';
import { createMatcher, type Match } from '../src/matching/matcher.js';
import { DEFAULT_SETTINGS, type MatchSettings } from '../src/matching/settings.js';

const FOLDS = 5;
const catalogue = loadCatalogue();
const oos = JSON.parse(
  readFileSync(new URL('../tests/matching/fixtures/out-of-scope.json', import.meta.url), 'utf8'),
) as Record<Lang, string[]>;

interface Holdout {
  lang: Lang;
  q: string;
  ids?: string[];
  out?: boolean;
}
const holdout = readFileSync(
  new URL('../tests/matching/fixtures/holdout.jsonl', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Holdout);

/** The independent held-out questions (written without seeing the phrasings), asked with the full catalogue. */
function askHoldout(settings: MatchSettings) {
  const matcher = createMatcher(catalogue, settings);
  return holdout.map((h) => ({
    h,
    match: matcher.match(h.q, h.lang === 'fr' ? 'fr-CA' : 'en-US'),
  }));
}

function holdoutReport(asked: ReturnType<typeof askHoldout>, s: MatchSettings) {
  const r = { en: [0, 0], fr: [0, 0], out: [0, 0] };
  for (const { h, match } of asked) {
    const d = decide(match.candidates, match.anchored, s);
    const ok = h.out
      ? d.kind === 'not-found'
      : d.kind === 'answer' && h.ids!.includes(d.best.entry.id);
    const row = h.out ? r.out : r[h.lang];
    row[1]!++;
    if (ok) row[0]!++;
    else if (process.env.VERBOSE === '3')
      console.log(
        `MISS [${h.lang}] ${h.q} -> ${d.kind === 'answer' ? d.best.entry.id : d.kind} want ${h.ids?.join('|') ?? 'out'} :: ${match.candidates
          .slice(0, 3)
          .map((c) => `${c.entry.id}:${c.score.toFixed(2)}`)
          .join(' ')}`,
      );
  }
  const f = ([a, n]: number[]) => `${a}/${n} (${((100 * a!) / n!).toFixed(1)}%)`;
  return {
    text: `holdout en ${f(r.en)} fr ${f(r.fr)} out ${f(r.out)}`,
    score: (r.en[0]! + r.fr[0]! + r.out[0]!) / (r.en[1]! + r.fr[1]! + r.out[1]!),
  };
}

const fold = (e: Entry, k: number, held: boolean): Entry => {
  const keep = (lang: Lang) => e[lang].phrasings.filter((_, i) => (i % FOLDS === k) === held);
  return { ...e, en: { ...e.en, phrasings: keep('en') }, fr: { ...e.fr, phrasings: keep('fr') } };
};

interface Asked {
  readonly match: Match;
  readonly id?: string;
}

/** Asks every held-out phrasing (k-fold) and every out-of-scope question once per weight setting. */
function ask(settings: MatchSettings): Asked[] {
  const asked: Asked[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const matcher = createMatcher(
      { entries: catalogue.entries.map((e) => fold(e, k, false)) },
      settings,
    );
    for (const e of catalogue.entries) {
      for (const lang of ['en', 'fr'] as const) {
        for (const q of fold(e, k, true)[lang].phrasings)
          asked.push({ match: matcher.matchIn(q, lang), id: e.id });
      }
    }
  }
  const full = createMatcher(catalogue, settings);
  for (const lang of ['en', 'fr'] as const)
    for (const q of oos[lang]) asked.push({ match: full.matchIn(q, lang) });
  return asked;
}

interface Tally {
  top1: number;
  right: number;
  wrong: number;
  dym: number;
  dymRight: number;
  none: number;
  n: number;
  oosOk: number;
  oosDym: number;
  oosWrong: number;
  oosN: number;
}

function tally(asked: readonly Asked[], s: MatchSettings): Tally {
  const t: Tally = {
    top1: 0,
    right: 0,
    wrong: 0,
    dym: 0,
    dymRight: 0,
    none: 0,
    n: 0,
    oosOk: 0,
    oosDym: 0,
    oosWrong: 0,
    oosN: 0,
  };
  for (const { match, id } of asked) {
    const d = decide(match.candidates, match.anchored, s);
    if (id === undefined) {
      t.oosN++;
      if (d.kind === 'not-found') t.oosOk++;
      else if (d.kind === 'did-you-mean') t.oosDym++;
      else t.oosWrong++;
      continue;
    }
    t.n++;
    if (match.candidates[0]?.entry.id === id) t.top1++;
    if (d.kind === 'answer') {
      if (d.best.entry.id === id) t.right++;
      else t.wrong++;
    } else if (d.kind === 'did-you-mean') {
      t.dym++;
      if (d.choices.some((c) => c.entry.id === id)) t.dymRight++;
    } else t.none++;
  }
  return t;
}

/** One number to compare settings: right answers count, wrong ones and out-of-scope answers cost. */
const utility = (t: Tally) =>
  (t.right + 0.3 * t.dymRight - 0.7 * t.wrong) / t.n +
  (t.oosOk - 0.5 * t.oosDym - 2 * t.oosWrong) / t.oosN;

const pct = (a: number, n: number) => `${((100 * a) / n).toFixed(1)}%`;
const report = (s: MatchSettings, t: Tally) =>
  `top1 ${pct(t.top1, t.n)} right ${pct(t.right, t.n)} wrong ${pct(t.wrong, t.n)} dym ${pct(t.dym, t.n)} (incl. right ${pct(t.dymRight, t.n)}) none ${pct(t.none, t.n)} | oos declined ${pct(t.oosOk, t.oosN)} dym ${pct(t.oosDym, t.oosN)} answered ${pct(t.oosWrong, t.oosN)} | utility ${utility(t).toFixed(3)} | ${JSON.stringify(s)}`;

if (process.argv.includes('--grid')) {
  let best: [number, string] = [-Infinity, ''];
  for (const closenessWeight of [0.35, 0.45])
    for (const fullSalience of [0.2])
      for (const unknownWordWeight of [1.7, 2.2, 2.8]) {
        const asked = ask({
          ...DEFAULT_SETTINGS,
          closenessWeight,
          fullSalience,
          unknownWordWeight,
        });
        const held = askHoldout({
          ...DEFAULT_SETTINGS,
          closenessWeight,
          fullSalience,
          unknownWordWeight,
        });
        for (const answer of [0.3])
          for (const sure of [0.55, 0.62, 0.7])
            for (const margin of [0.02, 0.03, 0.05])
              for (const suggest of [0.26, 0.3, 0.34])
                for (const unanchored of [0.8]) {
                  const s = {
                    ...DEFAULT_SETTINGS,
                    closenessWeight,
                    fullSalience,
                    unknownWordWeight,
                    answer,
                    sure,
                    margin,
                    suggest,
                    unanchored,
                  };
                  const t = tally(asked, s);
                  const h = holdoutReport(held, s);
                  const u = utility(t) + 2 * h.score;
                  if (u > best[0]) {
                    best = [u, `${report(s, t)}\n  ${h.text}`];
                    console.log(best[1]);
                  }
                }
      }
} else {
  console.log(report(DEFAULT_SETTINGS, tally(ask(DEFAULT_SETTINGS), DEFAULT_SETTINGS)));
  console.log(holdoutReport(askHoldout(DEFAULT_SETTINGS), DEFAULT_SETTINGS).text);
}
