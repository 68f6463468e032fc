// Names kept as 32-bit hashes in a sorted typed array: the model's 30,000 feature names and the real
// words typo correction leaves alone would be some 100,000 strings in Maps and Sets, most of the
// bot's memory (docs/benchmarks.md); as hashes they are 4 bytes each, found by binary search.
// Training picks a salt under which no two names of the model share a hash; a question's unknown
// feature meeting a known one's hash (about one lookup in 100,000 for a model this size) would only
// add that feature's small weight.

/** FNV-1a over the UTF-16 code units of `text`, from `salt`. */
export function hashName(text: string, salt: number): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * An open-addressing table over a list of hashes: the position of a hash in the list in one or two
 * probes, where a binary search over 30,000 takes fifteen (it was the largest part of a question's
 * time). Kept beside the sorted list, which is what the model file stores.
 */
export function hashIndex(hashes: Uint32Array): (hash: number) => number {
  let size = 1;
  while (size < hashes.length * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  hashes.forEach((h, i) => {
    let s = h & mask;
    while (slots[s] !== -1) s = (s + 1) & mask;
    slots[s] = i;
  });
  return (hash) => {
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const i = slots[s]!;
      if (i === -1 || hashes[i] === hash) return i;
    }
  };
}

/** The position of `hash` in `sorted`, or −1. */
export function findHash(sorted: Uint32Array, hash: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === hash) return mid;
    if (v < hash) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The smallest salt from `from` under which the names' hashes are all different. */
export function saltWithoutCollisions(names: readonly string[], from = 0): number {
  for (let salt = from; ; salt++) {
    const seen = new Set<number>();
    if (names.every((n) => !seen.has(hashName(n, salt)) && seen.add(hashName(n, salt))))
      return salt;
  }
}

/** The names' hashes, sorted, and the order that sorts the names the same way. */
export function sortedHashes(
  names: readonly string[],
  salt: number,
): { hashes: Uint32Array; order: number[] } {
  const hashes = names.map((n) => hashName(n, salt));
  const order = names.map((_, i) => i).sort((a, b) => hashes[a]! - hashes[b]!);
  return { hashes: Uint32Array.from(order, (i) => hashes[i]!), order };
}
