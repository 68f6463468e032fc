// Choosing a quiz's scenarios: ones this conversation has not seen first (in random order), then,
// once the bank runs out, the ones seen longest ago. So quizzes differ for as long as possible.

/** A uniform shuffle (Fisher–Yates) driven by `random` (0 <= x < 1), so tests can fix the order. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * `recent` lists scenario ids used in this conversation, most recent first. Returns `count` ids
 * (fewer only if the bank is smaller), never the same id twice.
 */
export function pickScenarios(
  bank: readonly string[],
  recent: readonly string[],
  count: number,
  random: () => number,
): string[] {
  const rank = new Map<string, number>();
  recent.forEach((id, i) => {
    if (!rank.has(id)) rank.set(id, i);
  });
  const unique = [...new Set(bank)];
  const fresh = shuffle(
    unique.filter((id) => !rank.has(id)),
    random,
  );
  const seen = unique.filter((id) => rank.has(id)).sort((a, b) => rank.get(b)! - rank.get(a)!);
  return [...fresh, ...seen].slice(0, count);
}

/** "quiz 7" or "quiz 1" still gives a quiz: the count is clamped to 3..5, not refused. */
export function clampCount(count: number | undefined, min: number, max: number, fallback: number) {
  if (count === undefined || !Number.isFinite(count)) return fallback;
  return Math.min(max, Math.max(min, Math.round(count)));
}
