// Clients made once per key (app id, service URL, audience) instead of once per turn: both SDKs build
// a connector and a user-token client for every activity, and that construction cost more CPU than
// the bot's answer (docs/benchmarks.md, item 7).

/** Distinct clients kept: service URLs are allow-listed, so a handful in practice. */
const MAX_CLIENTS = 100;

/**
 * Promises by key, oldest dropped past `max`; a failed creation is forgotten, not kept. With `ttlMs`,
 * a client is made again once that old (a client that carries a token it cannot renew).
 */
export class ClientCache<T> {
  private readonly made = new Map<string, { readonly client: Promise<T>; readonly at: number }>();

  constructor(
    private readonly max = MAX_CLIENTS,
    private readonly ttlMs = Infinity,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.made.size;
  }

  get(key: string, make: () => Promise<T>): Promise<T> {
    const known = this.made.get(key);
    if (known && this.now() - known.at < this.ttlMs) return known.client;
    this.made.delete(key);
    if (this.made.size >= this.max) this.made.delete(this.made.keys().next().value!);
    const client = make();
    this.made.set(key, { client, at: this.now() });
    client.catch(() => {
      if (this.made.get(key)?.client === client) this.made.delete(key);
    });
    return client;
  }
}
