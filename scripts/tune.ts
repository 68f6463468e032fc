// Sets the matcher's decision thresholds without looking at the reporting set: grouped k-fold
// cross-validation over the questions written for training (src/matching/training/data). Each
// held-out question is asked of a model that never saw it nor any rewrite of it (same group); the
// catalogue's own texts are always in training. Prints the figures for the current settings and the
// thresholds that answer most questions rightly while keeping wrong answers rare.
//   npm run tune [-- --folds 5] [--json out.json]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { trainingCatalogue } from '../src/matching/training/catalogue.js';
import { LANGS, type Lang } from '../src/guidance/types.js';
import { decide } from '../src/matching/decide.js';
import { createMatcher, type Match } from '../src/matching/matcher.js';
import { loadModel, OUT_OF_SCOPE } from '../src/matching/model.js';
import { DEFAULT_SETTINGS, type MatchSettings } from '../src/matching/settings.js';
import {
  catalogueTexts,
  writtenTexts,
  type LabelledText,
} from '../src/matching/training/examples.js';
import { trainModel } from '../src/matching/training/train-model.js';
import { readBlindSet } from '../tests/matching/blind-set.js';

const { values } = parseArgs({
  options: { folds: { type: 'string', default: '5' }, json: { type: 'string' } },
});
const FOLDS = Number(values.folds);
const catalogue = trainingCatalogue();
const ids = catalogue.entries.map((e) => e.id);

/** A stable fold for a group (the same on every run). */
const foldOf = (t: LabelledText) => {
  const key = t.group ?? t.text;
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) >>> 0;
  return h % FOLDS;
};

interface Asked {
  readonly lang: Lang;
  readonly source: string;
  readonly label: string;
  readonly words: number;
  readonly text: string;
  readonly match: Match;
}

function crossValidate(lang: Lang): Asked[] {
  const fixed = catalogueTexts(catalogue.entries, lang);
  const written = writtenTexts(lang, new Set(ids));
  const asked: Asked[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const train = written.filter((t) => foldOf(t) !== k);
    const model = loadModel(trainModel(lang, [...fixed, ...train], ids, 'cv'));
    const matcher = createMatcher(catalogue, DEFAULT_SETTINGS, () => model);
    for (const t of written.filter((w) => foldOf(w) === k))
      asked.push({
        lang,
        source: t.source,
        label: t.label,
        words: t.text.split(/\s+/).length,
        text: t.text,
        match: matcher.matchIn(t.text, lang),
      });
    console.error(`${lang}: fold ${k + 1} of ${FOLDS}`);
  }
  return asked;
}

function score(
  asked: readonly Asked[],
  s: MatchSettings,
  expected: ReadonlyMap<string, readonly string[]> = new Map(),
) {
  const r = { in: 0, top1: 0, right: 0, wrong: 0, dym: 0, out: 0, declined: 0 };
  for (const { label, match, text } of asked) {
    const d = decide(match.candidates, signals(match), s);
    if (label === OUT_OF_SCOPE) {
      r.out++;
      if (d.kind === 'not-found') r.declined++;
      continue;
    }
    r.in++;
    if (match.candidates[0]?.entry.id === label) r.top1++;
    if (d.kind === 'answer') {
      if ((expected.get(text) ?? [label]).includes(d.best.entry.id)) r.right++;
      else r.wrong++;
    } else if (d.kind === 'did-you-mean') r.dym++;
  }
  const share = (a: number, n: number) => (n ? a / n : 1);
  return {
    n: r.in,
    top1: share(r.top1, r.in),
    right: share(r.right, r.in),
    wrong: share(r.wrong, r.in),
    dym: share(r.dym, r.in),
    declined: share(r.declined, r.out),
  };
}

const signals = (m: Match) => m.signals;

/** Each blind set question's text → its expected entries (tests/matching/fixtures). */
function blindExpectations(): Map<string, readonly string[]> {
  const all = new Map<string, readonly string[]>();
  for (const set of ['a', 'b', 'c', 'd', 'e', 'f', 'g'])
    for (const q of readBlindSet(`tests/matching/fixtures/blind-${set}.questions.jsonl`))
      if (q.kind === 'in-scope') all.set(q.q, q.expected);
  return all;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const asked = LANGS.flatMap(crossValidate);
/** Situations written from the guidance alone, and the out-of-scope corpus: the users' questions. */
const situations = asked.filter(
  (a) => a.source.startsWith('situations') || a.label === OUT_OF_SCOPE,
);
const groups: [string, (a: Asked) => boolean][] = [
  ['all written', () => true],
  ['situations', (a) => situations.includes(a)],
  ['situations en', (a) => situations.includes(a) && a.lang === 'en'],
  ['situations fr', (a) => situations.includes(a) && a.lang === 'fr'],
  ['situations 20+ words', (a) => situations.includes(a) && a.words >= 20],
];
const show = (name: string, s: MatchSettings) => {
  console.log(`${name}: ${JSON.stringify(s)}`);
  for (const [g, f] of groups) {
    const r = score(asked.filter(f), s);
    console.log(
      `  ${g} (${r.n}): top-1 ${pct(r.top1)}, answered right ${pct(r.right)}, wrong ${pct(r.wrong)}, did-you-mean ${pct(r.dym)}, out of scope declined ${pct(r.declined)}`,
    );
  }
};
show('current', DEFAULT_SETTINGS);

// The most right answers on the blind sets A–G (situations written from the guidance alone, in
// training as situations-a…g, here each held out of its fold's model) scored as the evaluation scores
// them (any of a question's expected entries is right), with at most MAX_WRONG of the in-scope ones
// answered with a wrong entry and at least MIN_DECLINED of all out-of-scope questions declined. Scoring
// on the main label alone would count the ~15% of questions the guidance answers in two places as wrong
// whenever the second entry wins, and set thresholds that decline far more than they need to.
// MAX_WRONG is below the 3% a release may show: a fresh blind set showed more wrong answers than
// cross-validation (set F: 3.9% where the calibration showed 2.5%), and a confident wrong card is the
// worst answer the bot can give.
const MAX_WRONG = 0.02;
const MIN_DECLINED = 0.95;
const expected = blindExpectations();
const calibration = asked.filter((a) => a.label === OUT_OF_SCOPE || expected.has(a.text));
const ranked: { s: MatchSettings; right: number; wrong: number }[] = [];
for (const answer of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7])
  for (const margin of [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6])
    for (const outOfScope of [0.2, 0.25, 0.3, 0.35, 0.4])
      for (const suggest of [0.2, 0.25, 0.3]) {
        const s = { ...DEFAULT_SETTINGS, answer, margin, outOfScope, suggest };
        const r = score(calibration, s, expected);
        if (r.wrong > MAX_WRONG || r.declined < MIN_DECLINED) continue;
        ranked.push({ s, right: r.right, wrong: r.wrong });
      }
// Ties: the softer out-of-scope rule (a larger threshold leaves more to the phrasing rule).
ranked.sort((a, b) => b.right - a.right || a.wrong - b.wrong || b.s.outOfScope - a.s.outOfScope);
const best = ranked[0];
// The runners-up, to choose from when the best breaks a check the cross-validation cannot see
// (the dev evaluation must stay at 100%).
for (const r of ranked.slice(1, 8))
  console.log(
    `  also: answer ${r.s.answer}, margin ${r.s.margin}, outOfScope ${r.s.outOfScope}, suggest ${r.s.suggest}: right ${pct(r.right)}, wrong ${pct(r.wrong)}`,
  );
if (!best) throw new Error(`no settings keep wrong answers at or under ${pct(MAX_WRONG)}`);
show('best', best.s);
const c = score(calibration, best.s, expected);
console.log(
  `  blind sets A–G, alternates accepted (${c.n}): answered right ${pct(c.right)}, wrong ${pct(c.wrong)}, out of scope declined ${pct(c.declined)}`,
);
if (values.json)
  writeFileSync(
    values.json,
    JSON.stringify(
      asked.map((a) => ({
        lang: a.lang,
        source: a.source,
        label: a.label,
        words: a.words,
        text: a.text,
        out: a.match.signals.outOfScope,
        top: a.match.candidates.slice(0, 5).map((c) => [c.entry.id, c.score]),
        known: a.match.signals.known,
      })),
    ),
  );
