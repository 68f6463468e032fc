// The typo corrector as it was with string keys in a Map (before the hashed table), kept to check
// the new one corrects exactly the same way (typos-equivalence.test.ts). Not used by the bot.
// Typo tolerance by symmetric deletion (as in SymSpell): a word and every one-letter deletion of
// it are indexed, so one insertion, deletion, substitution or swap is found with a few map look-ups
// instead of comparing against the whole vocabulary.
import { editDistance } from '../../src/matching/typos.js'; // unchanged by the rework

const deletions = (word: string): string[] => {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
};

export class ReferenceTypoCorrector {
  /**
   * Deletion key → the known words it comes from: one word (most keys) or several. A bare string
   * for one saves an array per key: about a third of the matcher's memory at start-up.
   */
  private readonly keys = new Map<string, string | string[]>();
  private readonly frequency = new Map<string, number>();

  constructor(
    words: Iterable<string>,
    private readonly minLength = 4,
  ) {
    for (const w of words) this.frequency.set(w, (this.frequency.get(w) ?? 0) + 1);
    for (const w of this.frequency.keys()) {
      if (w.length < minLength) continue;
      for (const k of [w, ...deletions(w)]) {
        const known = this.keys.get(k);
        if (known === undefined) this.keys.set(k, w);
        else if (typeof known === 'string') this.keys.set(k, [known, w]);
        else known.push(w);
      }
    }
  }

  knows(word: string): boolean {
    return this.frequency.has(word);
  }

  /** The closest known word within one edit, preferring the most frequent; undefined if none. */
  correct(word: string): string | undefined {
    if (word.length < this.minLength || this.knows(word)) return undefined;
    let best: string | undefined;
    let bestScore = -Infinity;
    for (const k of [word, ...deletions(word)]) {
      const known = this.keys.get(k);
      if (known === undefined) continue;
      for (const candidate of typeof known === 'string' ? [known] : known) {
        if (editDistance(word, candidate) > 1) continue;
        const score = this.frequency.get(candidate)!;
        if (score > bestScore || (score === bestScore && candidate < best!))
          [best, bestScore] = [candidate, score];
      }
    }
    return best;
  }
}
