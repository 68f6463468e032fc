// Scores every entry against a question. Two signals, both explainable:
// - closeness: cosine similarity (idf-weighted) to the entry's closest phrasing, title or keywords;
// - coverage: how much of the question's meaning (idf mass) the entry's vocabulary accounts for.
// Unknown words count against both, which is what keeps out-of-scope questions out.
import type { Entry } from '../guidance/types.js';
import type { LangIndex } from './catalogue-index.js';
import type { MatchSettings } from './settings.js';

export interface Candidate {
  readonly entry: Entry;
  readonly score: number;
  readonly closeness: number;
  readonly coverage: number;
  /** The phrasing (or title) closest to the question. */
  readonly closest: string;
  readonly matched: readonly string[];
}

const weightOf = (index: LangIndex, term: string) => index.idf.get(term) ?? index.unknownIdf;

interface Nearest {
  /** Entries with at least one document sharing a term with the question. */
  readonly entries: number[];
  /** sims[entry * k + j]: the entry's (j+1)-th highest document similarity. */
  readonly sims: Float64Array;
  /** The entry's closest document. */
  readonly closest: Int32Array;
}

/**
 * Cosine similarity of the question to every document sharing a term with it, kept per entry as
 * its k highest. Runs on every question, so it works in typed arrays reused across calls (matching
 * is synchronous) rather than allocating maps.
 */
function nearestDocs(
  index: LangIndex,
  terms: readonly string[],
  qNorm: number,
  k: number,
): Nearest {
  const { dots, touched } = index.scratch;
  touched.length = 0;
  for (const t of terms) {
    const w = index.idf.get(t);
    if (w === undefined) continue;
    for (const d of index.postings.get(t) ?? []) {
      if (dots[d] === 0) touched.push(d);
      dots[d] = dots[d]! + w * w;
    }
  }
  const sims = new Float64Array(index.entries.length * k);
  const closest = new Int32Array(index.entries.length).fill(-1);
  const entries: number[] = [];
  for (const d of touched) {
    const e = index.docEntry[d]!;
    const sim = dots[d]! / (qNorm * index.docNorm[d]! || 1);
    dots[d] = 0;
    if (closest[e] === -1) entries.push(e);
    if (closest[e] === -1 || sim > sims[e * k]!) closest[e] = d;
    insertTop(sims, e * k, k, sim);
  }
  return { entries, sims, closest };
}

/** Keeps sims[from .. from+k) sorted high to low with `sim` inserted. */
function insertTop(sims: Float64Array, from: number, k: number, sim: number) {
  let j = from + k - 1;
  if (sim <= sims[j]!) return;
  while (j > from && sims[j - 1]! < sim) {
    sims[j] = sims[j - 1]!;
    j--;
  }
  sims[j] = sim;
}

function coverageOf(
  index: LangIndex,
  i: number,
  terms: readonly string[],
  total: number,
  s: MatchSettings,
) {
  let covered = 0;
  const matched: string[] = [];
  for (const t of terms) {
    const salience = index.salience[i]!.get(t);
    if (salience !== undefined) {
      covered += weightOf(index, t) * Math.min(1, salience / s.fullSalience);
      matched.push(t);
    } else if (index.weak[i]!.has(t)) {
      covered += s.weakCoverage * weightOf(index, t);
      matched.push(`(${t})`);
    }
  }
  return { coverage: total > 0 ? covered / total : 0, matched };
}

export function scoreEntries(
  index: LangIndex,
  terms: readonly string[],
  s: MatchSettings,
): Candidate[] {
  const weights = terms.map((t) => weightOf(index, t));
  const total = weights.reduce((a, b) => a + b, 0);
  const qNorm = Math.hypot(...weights);
  const nw = s.neighbourWeights;
  const k = nw.length;
  const nearest = nearestDocs(index, terms, qNorm, k);
  const out: Candidate[] = [];
  for (const i of nearest.entries) {
    const closeness = nw.reduce((sum, w, j) => sum + w * nearest.sims[i * k + j]!, 0);
    const closest = index.docs[nearest.closest[i]!]!.label;
    const { coverage, matched } = coverageOf(index, i, terms, total, s);
    const score = closeness ** s.closenessWeight * coverage ** (1 - s.closenessWeight);
    out.push({ entry: index.entries[i]!, score, closeness, coverage, closest, matched });
  }
  return out.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
}
