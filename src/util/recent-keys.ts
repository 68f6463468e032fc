// Remembers keys for a short while. Teams announces one installation twice (installationUpdate and
// conversationUpdate), and the user should get one welcome, not two.
export class RecentKeys {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly max = 1_000,
  ) {}

  /** True the first time `key` is seen within the time-to-live; false on repeats. */
  firstTime(key: string, now = Date.now()): boolean {
    for (const [k, at] of this.seen) {
      if (now - at < this.ttlMs && this.seen.size < this.max) break;
      this.seen.delete(k); // oldest first: Map keeps insertion order
    }
    const at = this.seen.get(key);
    if (at !== undefined && now - at < this.ttlMs) return false;
    this.seen.delete(key);
    this.seen.set(key, now);
    return true;
  }
}
