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

/** Per entry, its closest documents' similarities (best first, at most NEIGHBOURS) and the closest's label. */
function nearestDocs(index: LangIndex, terms: readonly string[], qNorm: number, k: number) {
  const dots = new Map<number, number>();
  for (const t of terms) {
    const w = index.idf.get(t);
    if (w === undefined) continue;
    for (const d of index.postings.get(t) ?? []) dots.set(d, (dots.get(d) ?? 0) + w * w);
  }
  const nearest = new Map<number, { sims: number[]; label: string }>();
  for (const [d, dot] of dots) {
    const doc = index.docs[d]!;
    const sim = dot / (qNorm * doc.norm || 1);
    const slot = nearest.get(doc.entry) ?? { sims: [], label: doc.label };
    if (sim > (slot.sims[0] ?? 0)) slot.label = doc.label;
    slot.sims = [...slot.sims, sim].sort((a, b) => b - a).slice(0, k);
    nearest.set(doc.entry, slot);
  }
  return nearest;
}

function coverageOf(index: LangIndex, i: number, terms: readonly string[], total: number, s: MatchSettings) {
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

export function scoreEntries(index: LangIndex, terms: readonly string[], s: MatchSettings): Candidate[] {
  const weights = terms.map((t) => weightOf(index, t));
  const total = weights.reduce((a, b) => a + b, 0);
  const qNorm = Math.hypot(...weights);
  const nw = s.neighbourWeights;
  const nearest = nearestDocs(index, terms, qNorm, nw.length);
  const out: Candidate[] = [];
  for (const [i, { sims, label: closest }] of nearest) {
    const closeness = nw.reduce((sum, w, k) => sum + w * (sims[k] ?? 0), 0);
    const { coverage, matched } = coverageOf(index, i, terms, total, s);
    const score = closeness ** s.closenessWeight * coverage ** (1 - s.closenessWeight);
    out.push({ entry: index.entries[i]!, score, closeness, coverage, closest, matched });
  }
  return out.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
}
