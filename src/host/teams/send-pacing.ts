// Pacing of proactive sends under Teams' rate limits, so a weekly post to a thousand channels is
// spread over time instead of collecting 429s. Built on p-throttle (sindresorhus): one throttle
// chain per tenant, one per conversation.
//
// Teams' documented limits (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit,
// source MicrosoftDocs/msteams-docs msteams-platform/bots/how-to/rate-limit.md):
// - per bot per thread (a 1:1 chat, a group chat or a channel), "Send to conversation":
//   7 operations per 1 s, 8 per 2 s, 60 per 30 s (and 1800 per 3600 s, "only if multiple bot
//   messages are sent to a single user");
// - "The global limit per app per tenant is 50 Requests Per Second (RPS)."
// The page says the values are "for estimation only" and may change: pacing avoids most 429s, and
// the retry policy (send-retry.ts) handles the rest.
//
// How p-throttle is used, and why so: its "strict" mode with limit > 1 records, for a call that
// arrives after the queue has partly drained, the start time it WOULD have had (already past)
// instead of the time it really starts, and then under-counts the window. With calls arriving
// irregularly near the limit — exactly the scheduler's pattern — 50-per-second lets up to 64 starts
// into one second (tests/teams/proactive-pacing.test.ts shows it). With limit 1 that cannot happen
// (the recorded time is never in the past), so the binding limits are expressed as even spacing:
// the tenant's 50/s is one send every 20 ms (22 ms with headroom), which also keeps the stream
// smooth — 50 requests released together reach Teams spread over hundreds of milliseconds, and
// the tails of one burst overlap the head of the next in Teams' window. The conversation's longer
// windows (8 per 2 s, 60 per 30 s) keep p-throttle's strict windows: they only ever add delay on
// top of the exact 7-per-second spacing, and one channel rarely gets more than one post at once.
//
// Pacing is per process. Two bot instances posting for the same tenant at the same minute share
// Teams' 50/s between them; the 429 retries absorb the excess (see docs/sending.md).
import pThrottle from 'p-throttle';

export interface RateWindow {
  /** At most `limit` sends start in any `intervalMs` window (limit 1: sends `intervalMs` apart). */
  readonly limit: number;
  readonly intervalMs: number;
}

/** `count` sends per `intervalMs` as even spacing: an exact limit with p-throttle (limit 1). */
export const evenly = (count: number, intervalMs: number): RateWindow => ({
  limit: 1,
  intervalMs: intervalMs / count,
});

export interface PacingOptions {
  /** Checked from the last to the first: the first window is the last gate before the send. */
  readonly perConversation: readonly RateWindow[];
  readonly perTenant: readonly RateWindow[];
  /**
   * How many conversations' throttles are kept. Soft bound: only a throttle idle for longer than
   * its longest window is dropped (dropping a busy one would let its conversation exceed the limit).
   */
  readonly maxConversations: number;
  readonly maxTenants: number;
  /**
   * Every window is stretched by this fraction (0.1: one send per 22 ms instead of 20). Teams
   * counts requests when they arrive; between our gate and its counter lie the event loop, the HTTP
   * client and the network, whose delays vary by tens of milliseconds.
   */
  readonly headroom: number;
}

export const DEFAULT_PACING: PacingOptions = Object.freeze({
  perConversation: Object.freeze([
    evenly(7, 1_000),
    { limit: 8, intervalMs: 2_000 },
    { limit: 60, intervalMs: 30_000 },
  ]),
  perTenant: Object.freeze([evenly(50, 1_000)]),
  maxConversations: 10_000,
  maxTenants: 1_000,
  headroom: 0.1,
});

/** Where a send goes, for pacing: the tenant and the conversation (thread). */
export interface PaceKey {
  readonly tenant: string;
  readonly conversation: string;
}

/** Tenant used when the reference names none: such sends share one bucket. */
export const UNKNOWN_TENANT = 'unknown-tenant';

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined;

const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/**
 * The pacing key of a stored ConversationReference: the tenant from conversation.tenantId (Teams
 * sets it) or channelData.tenant.id; the conversation id with any ";messageid=" thread suffix
 * removed (a reply thread is still the channel's thread for Teams' limits).
 */
export function paceKeyOf(reference: Readonly<Record<string, unknown>>): PaceKey {
  const conversation = asRecord(reference.conversation);
  const tenant =
    text(conversation?.tenantId) ??
    text(asRecord(asRecord(reference.channelData)?.tenant)?.id) ??
    UNKNOWN_TENANT;
  const id = text(conversation?.id)?.split(';')[0] ?? 'unknown-conversation';
  return { tenant, conversation: id };
}

type Task = () => Promise<unknown>;
type Gate = (task: Task) => Promise<unknown>;

const stretched = (w: RateWindow, headroom: number): number =>
  Math.ceil(w.intervalMs * (1 + Math.max(0, headroom)));

/**
 * A chain of p-throttle instances (strict): the task starts once every window allows it. The
 * windows are passed from the last to the first, so the first is checked right before the start.
 */
function gateOf(windows: readonly RateWindow[], headroom: number): Gate {
  return windows
    .map((w) =>
      pThrottle({ limit: w.limit, interval: stretched(w, headroom), strict: true })((task: Task) =>
        task(),
      ),
    )
    .reduce<Gate>(
      (inner, throttled) => (task) => throttled(() => inner(task)),
      (task) => task(),
    );
}

interface Entry {
  readonly gate: Gate;
  pending: number;
  lastUsed: number;
}

/** Throttles by key, most recently used last (Map order), idle ones dropped past `max`. */
class GateMap {
  private readonly entries = new Map<string, Entry>();
  private readonly idleAfterMs: number;

  constructor(
    private readonly windows: readonly RateWindow[],
    private readonly headroom: number,
    private readonly max: number,
    private readonly now: () => number,
  ) {
    this.idleAfterMs = Math.max(0, ...windows.map((w) => stretched(w, headroom)));
  }

  get size(): number {
    return this.entries.size;
  }

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    let entry = this.entries.get(key);
    if (entry) this.entries.delete(key);
    else entry = { gate: gateOf(this.windows, this.headroom), pending: 0, lastUsed: this.now() };
    this.entries.set(key, entry);
    this.evict();
    entry.pending++;
    try {
      return (await entry.gate(task)) as T;
    } finally {
      entry.pending--;
      entry.lastUsed = this.now();
    }
  }

  private evict(): void {
    if (this.entries.size <= this.max) return;
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.max) return;
      // Oldest first: once one is still busy or recent, so are the ones used after it.
      if (entry.pending > 0 || now - entry.lastUsed <= this.idleAfterMs) return;
      this.entries.delete(key);
    }
  }
}

export interface Pacer {
  /** Runs `task` when both the conversation's and the tenant's limits allow it. */
  run<T>(key: PaceKey, task: () => Promise<T>): Promise<T>;
  /** Throttles currently kept (for tests and diagnostics). */
  readonly sizes: { readonly tenants: number; readonly conversations: number };
}

export function createPacer(
  options: Partial<PacingOptions> = {},
  now: () => number = Date.now,
): Pacer {
  const o = { ...DEFAULT_PACING, ...options };
  const tenants = new GateMap(o.perTenant, o.headroom, o.maxTenants, now);
  const conversations = new GateMap(o.perConversation, o.headroom, o.maxConversations, now);
  return {
    // The conversation's gate first, the tenant's last: the tenant limit is the one that binds when
    // a thousand channels are due at once, and passing it last makes the send start right when the
    // tenant's spacing allows it (a wait after the tenant gate would bunch sends up behind it).
    run: (key, task) =>
      conversations.run(`${key.tenant}\u0000${key.conversation}`, () =>
        tenants.run(key.tenant, task),
      ),
    get sizes() {
      return { tenants: tenants.size, conversations: conversations.size };
    },
  };
}
