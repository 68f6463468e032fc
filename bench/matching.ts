// Matching time per question, in process: the real catalogue, and synthetic catalogues 2×, 5× and
// 10× larger (the scaling curve). Folds in scripts/bench-matcher.ts's method (warm up, time every
// question many times, take percentiles), with one change: the catalogue sizes are timed in turn,
// question by question, so a burst of other work on the machine hits every size alike.
import { loadCatalogue } from '../src/guidance/load.js';
import type { Entry } from '../src/guidance/types.js';
import { createMatcher, type Matcher } from '../src/matching/matcher.js';
import { DEFAULT_SETTINGS } from '../src/matching/settings.js';
import { readModelFile } from '../src/matching/trained.js';
import { syntheticModel } from './synthetic-model.js';
import type { Question } from './cases.js';
import { percentile } from './load.js';
import { syntheticCatalogue, type SyntheticModel } from './synthetic-catalogue.js';

export interface MatchTiming {
  readonly factor: number;
  readonly model: SyntheticModel;
  readonly entries: number;
  readonly buildMs: number;
  readonly samples: number;
  /** Per question, ms. */
  readonly mean: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

interface Subject {
  readonly factor: number;
  readonly model: SyntheticModel;
  readonly entries: readonly Entry[];
  readonly matcher: Matcher;
  readonly buildMs: number;
  readonly times: Float64Array;
}

/**
 * Times every subject over the questions, `rounds` times. Subjects take turns round by round (not
 * question by question: each would then evict the others' index from the CPU caches, which a bot
 * with one catalogue never sees).
 */
function timeInterleaved(
  subjects: readonly Subject[],
  questions: readonly Question[],
  rounds: number,
) {
  const warmup = Math.max(2, Math.ceil(rounds / 10));
  for (let r = 0; r < warmup; r++)
    for (const s of subjects) for (const q of questions) s.matcher.match(q.q, q.locale);
  for (let r = 0; r < rounds; r++) {
    for (const s of subjects) {
      for (const q of questions) s.matcher.match(q.q, q.locale); // back in cache
      let n = r * questions.length;
      for (const q of questions) {
        const t = performance.now();
        s.matcher.match(q.q, q.locale);
        s.times[n++] = performance.now() - t;
      }
    }
  }
  return subjects.map((s): MatchTiming => {
    const times = s.times.sort();
    return {
      factor: s.factor,
      model: s.model,
      entries: s.entries.length,
      buildMs: s.buildMs,
      samples: times.length,
      mean: times.reduce((a, b) => a + b, 0) / times.length,
      p50: percentile(times, 0.5),
      p99: percentile(times, 0.99),
      max: percentile(times, 1),
    };
  });
}

function subject(
  base: readonly Entry[],
  factor: number,
  model: SyntheticModel,
  samples: number,
): Subject {
  const entries = syntheticCatalogue(base, factor, model);
  const t0 = performance.now();
  const models = {
    en: syntheticModel(readModelFile('en'), factor, model),
    fr: syntheticModel(readModelFile('fr'), factor, model),
  };
  const matcher = createMatcher({ entries }, DEFAULT_SETTINGS, (lang) => models[lang]);
  // Models are read on each language's first question: read both here, inside the timing.
  matcher.matchIn('index', 'en');
  matcher.matchIn('index', 'fr');
  return {
    factor,
    model,
    entries,
    matcher,
    buildMs: performance.now() - t0,
    times: new Float64Array(samples),
  };
}

/**
 * The curve: per-question timings for each catalogue size factor (1 = the real catalogue), for
 * each model of a larger catalogue (see synthetic-catalogue.ts).
 */
export function scalingCurve(
  questions: readonly Question[],
  factors: readonly number[],
  rounds: number,
  models: readonly SyntheticModel[] = ['near-duplicates', 'new-topics'],
): MatchTiming[] {
  const base = loadCatalogue().entries;
  const samples = rounds * questions.length;
  const subjects: Subject[] = [];
  for (const model of models)
    for (const f of factors)
      if (f !== 1 || model === models[0]) subjects.push(subject(base, f, model, samples));
  const timings = timeInterleaved(subjects, questions, rounds);
  // The real catalogue is the 1× point of every model.
  const one = timings.find((t) => t.factor === 1);
  return one ? [...timings, ...models.slice(1).map((model) => ({ ...one, model }))] : timings;
}
