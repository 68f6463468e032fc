// Typo tolerance by symmetric deletion (as in SymSpell): a word and every one-letter deletion of
// it are indexed, so one insertion, deletion, substitution or swap is found with a few look-ups
// instead of comparing against the whole vocabulary.
//
// The keys are kept as 32-bit hashes in typed arrays (a chained hash table), not as strings in a
// Map: a language has some 60,000 of them, and as strings they were the largest part of the bot's
// own memory (docs/benchmarks.md). A hash collision only adds a candidate, and every candidate is
// checked with editDistance before it counts, so the corrections are exactly those of string keys.

/** FNV-1a over the UTF-16 code units of `word`, leaving out the one at `skip` (-1: none). */
function keyHash(word: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    if (i === skip) continue;
    h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/** The hashes of a word and of each of its one-letter deletions. */
function keyHashes(word: string): number[] {
  const out = [keyHash(word, -1)];
  for (let i = 0; i < word.length; i++) out.push(keyHash(word, i));
  return out;
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), for short words. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i]!;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
      }
    }
  }
  return rows[a.length]![b.length]!;
}

const isCounts = (
  words: Iterable<string> | ReadonlyMap<string, number>,
): words is ReadonlyMap<string, number> => words instanceof Map;

/** Chained hash table of every key: first entry per bucket, next entry, its hash and its word. */
interface DeletionIndex {
  readonly head: Int32Array;
  readonly next: Int32Array;
  readonly hashOf: Uint32Array;
  readonly wordOf: Int32Array;
  readonly mask: number;
}

function indexWords(words: readonly string[]): DeletionIndex {
  const keys = words.reduce((n, w) => n + w.length + 1, 0);
  let size = 1;
  while (size < keys * 2) size *= 2;
  const index = {
    head: new Int32Array(size).fill(-1),
    next: new Int32Array(keys),
    hashOf: new Uint32Array(keys),
    wordOf: new Int32Array(keys),
    mask: size - 1,
  };
  let entry = 0;
  words.forEach((w, id) => {
    for (const h of keyHashes(w)) {
      const bucket = h & index.mask;
      index.next[entry] = index.head[bucket]!;
      index.hashOf[entry] = h;
      index.wordOf[entry] = id;
      index.head[bucket] = entry++;
    }
  });
  return index;
}

export class TypoCorrector {
  private readonly frequency = new Map<string, number>();
  /** Known words (long enough to correct to), by number. */
  private readonly words: string[] = [];
  /**
   * Built on the first word that needs correcting, not with the corrector: about 50 ms a language,
   * which a question whose words are all known (most are) never needs, and the first one after a
   * start would otherwise wait for (docs/benchmarks.md, ready time).
   */
  private index: DeletionIndex | undefined;

  /**
   * `words`: the vocabulary to correct towards (each occurrence counts: the most frequent wins a
   * tie), or each word with its count. `real`: other real words of the language, never "corrected"
   * (plus → plug, mode → code).
   */
  constructor(
    words: Iterable<string> | ReadonlyMap<string, number>,
    private readonly minLength = 4,
    private readonly real: { has(word: string): boolean } = new Set<string>(),
  ) {
    if (isCounts(words)) for (const [w, n] of words) this.frequency.set(w, n);
    else for (const w of words) this.frequency.set(w, (this.frequency.get(w) ?? 0) + 1);
    for (const w of this.frequency.keys()) if (w.length >= minLength) this.words.push(w);
  }

  knows(word: string): boolean {
    return this.frequency.has(word);
  }

  /** The closest known word within one edit, preferring the most frequent; undefined if none. */
  correct(word: string): string | undefined {
    if (word.length < this.minLength || this.knows(word) || this.real.has(word)) return undefined;
    const { head, next, hashOf, wordOf, mask } = (this.index ??= indexWords(this.words));
    let best: string | undefined;
    let bestScore = -Infinity;
    for (const h of keyHashes(word)) {
      for (let e = head[h & mask]!; e !== -1; e = next[e]!) {
        if (hashOf[e] !== h) continue;
        const candidate = this.words[wordOf[e]!]!;
        if (editDistance(word, candidate) > 1) continue;
        const score = this.frequency.get(candidate)!;
        if (score > bestScore || (score === bestScore && candidate < best!))
          [best, bestScore] = [candidate, score];
      }
    }
    return best;
  }
}
