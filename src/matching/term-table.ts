// The index's terms as flat typed arrays, for scoring without walking every document (score.ts):
// - per term, the entries whose vocabulary has it (phrasings, title, keywords: salient; else the
//   guidance text: weak), so a question's coverage of every entry costs one list per term, one
//   item per entry rather than one per phrasing (walk.ts);
// - per term, its documents (postings, ascending) and where each entry's share of them starts, so
//   the closeness of one entry reads only that share (closeness.ts).
export interface TermTable {
  /** Term → id; every term of the documents and of the guidance texts. */
  readonly ids: ReadonlyMap<string, number>;
  /** Weight of each term: its idf, or the unknown-word weight for a term only in guidance texts. */
  readonly weight: Float64Array;
  /** Documents of term t: postDoc[postStart[t] .. postStart[t+1]), ascending, once per use. */
  readonly postStart: Int32Array;
  readonly postDoc: Int32Array;
  /**
   * Entries of term t: entryOf[entryStart[t] .. entryStart[t+1]); first those whose phrasings,
   * title or keywords use it (salient), then, from weakFrom[t], those whose guidance text only
   * does (weak); each part ascending.
   */
  readonly entryStart: Int32Array;
  readonly weakFrom: Int32Array;
  readonly entryOf: Int32Array;
  /** The term's salience in that entry, or −1 when it is only in the entry's guidance text (weak). */
  readonly salienceIn: Float64Array;
  /**
   * usesPerNorm[item × RANKED + j]: the (j+1)-th largest, over the entry's documents, of the term's
   * uses divided by the document's norm (0 when fewer documents use it, or the term is weak). What
   * the term can add to the entry's nearest documents' cosines: a bound on closeness (factors.ts).
   */
  readonly usesPerNorm: Float64Array;
  /** Where the entry's documents start in the term's postings (for a salient term). */
  readonly postFrom: Int32Array;
  /** Documents of entry e: docStart[e] .. docStart[e+1]. */
  readonly docStart: Int32Array;
}

/** Documents ranked per item in usesPerNorm. */
export const RANKED = 3;

interface Doc {
  readonly entry: number;
  readonly terms: readonly string[];
  readonly norm: number;
}

export function buildTermTable(
  docs: readonly Doc[],
  salience: readonly ReadonlyMap<string, number>[],
  weak: readonly ReadonlySet<string>[],
  idf: ReadonlyMap<string, number>,
  unknownIdf: number,
): TermTable {
  const ids = new Map<string, number>();
  const idOf = (t: string) => {
    let id = ids.get(t);
    if (id === undefined) ids.set(t, (id = ids.size));
    return id;
  };
  const postings: number[][] = [];
  const docStart = new Int32Array(salience.length + 1);
  docs.forEach((d, i) => {
    if (i > 0 && d.entry < docs[i - 1]!.entry) throw new Error('documents out of entry order');
    docStart[d.entry + 1] = i + 1;
    for (const t of d.terms) (postings[idOf(t)] ??= []).push(i);
  });
  for (let e = 1; e < docStart.length; e++) docStart[e] = Math.max(docStart[e]!, docStart[e - 1]!);
  const entries: { e: number; salience: number; perNorm: readonly number[] }[][] = [];
  salience.forEach((map, e) => {
    const perNorm = usesPerNormIn(docs, docStart[e]!, docStart[e + 1]!);
    for (const [t, s] of map)
      (entries[idOf(t)] ??= []).push({ e, salience: s, perNorm: perNorm.get(t)! });
  });
  const weakOnes: number[][] = [];
  weak.forEach((terms, e) => {
    for (const t of terms) if (!salience[e]!.has(t)) (weakOnes[idOf(t)] ??= []).push(e);
  });
  const n = ids.size;
  const postStart = offsets(n, (t) => postings[t]?.length ?? 0);
  const entryStart = offsets(n, (t) => (entries[t]?.length ?? 0) + (weakOnes[t]?.length ?? 0));
  const table = {
    ids,
    weight: Float64Array.from(ids.keys(), (t) => idf.get(t) ?? unknownIdf),
    postStart,
    postDoc: new Int32Array(postStart[n]!),
    entryStart,
    weakFrom: Int32Array.from({ length: n }, (_, t) => entryStart[t]! + (entries[t]?.length ?? 0)),
    entryOf: new Int32Array(entryStart[n]!),
    salienceIn: new Float64Array(entryStart[n]!),
    usesPerNorm: new Float64Array(entryStart[n]! * RANKED),
    postFrom: new Int32Array(entryStart[n]!),
    docStart,
  };
  for (let t = 0; t < n; t++) {
    const docsOf = postings[t] ?? [];
    table.postDoc.set(docsOf, postStart[t]);
    let p = 0; // both lists are in entry order
    (entries[t] ?? []).forEach((x, j) => {
      while (p < docsOf.length && docsOf[p]! < docStart[x.e]!) p++;
      table.entryOf[entryStart[t]! + j] = x.e;
      table.salienceIn[entryStart[t]! + j] = x.salience;
      table.usesPerNorm.set(x.perNorm, (entryStart[t]! + j) * RANKED);
      table.postFrom[entryStart[t]! + j] = postStart[t]! + p;
    });
    table.entryOf.set(weakOnes[t] ?? [], table.weakFrom[t]);
    table.salienceIn.fill(-1, table.weakFrom[t], entryStart[t + 1]);
  }
  return table;
}

function offsets(n: number, size: (t: number) => number): Int32Array {
  const start = new Int32Array(n + 1);
  for (let t = 0; t < n; t++) start[t + 1] = start[t]! + size(t);
  return start;
}

/** Per term, the RANKED largest over the documents from .. to of its uses per unit of norm. */
function usesPerNormIn(docs: readonly Doc[], from: number, to: number) {
  const ranked = new Map<string, number[]>();
  for (let d = from; d < to; d++) {
    const uses = new Map<string, number>();
    for (const t of docs[d]!.terms) uses.set(t, (uses.get(t) ?? 0) + 1);
    const norm = docs[d]!.norm || 1; // as the cosine divides (closeness.ts)
    for (const [t, u] of uses) {
      const top = ranked.get(t) ?? [];
      top.push(u / norm);
      top.sort((a, b) => b - a).splice(RANKED);
      ranked.set(t, top);
    }
  }
  return ranked;
}
