// A fake Bot Connector on loopback that rate-limits like Teams: a sliding window per conversation
// (7 per second) and per tenant (50 per second); over either, 429 with "Retry-After: 1". It counts
// every request, stores accepted posts, and can be told to answer the next requests with given
// statuses (503 then 200…) or to drop the connection, to test the sender's retries.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorLimit {
  readonly limit: number;
  readonly windowMs: number;
}

export interface ThrottlingConnectorOptions {
  readonly perConversation?: ConnectorLimit;
  readonly perTenant?: ConnectorLimit;
  /** Retry-After value sent with a 429 (seconds). */
  readonly retryAfterSeconds?: number;
}

export interface AcceptedPost {
  readonly conversationId: string;
  readonly tenantId: string;
  readonly at: number;
  readonly activity: Record<string, unknown>;
}

/** What to do with a request instead of the normal answer. */
export type Scripted =
  number | { readonly status: number; readonly headers?: Record<string, string> } | 'reset';

export interface ThrottlingConnector {
  readonly serviceUrl: string;
  /** Every POST of an activity received, accepted or not. */
  readonly requests: number;
  /** 429s answered because a window was full. */
  readonly throttled: number;
  readonly throttledBy: { readonly conversation: number; readonly tenant: number };
  readonly accepted: readonly AcceptedPost[];
  /** Answers for the next requests, in order, before the normal behaviour resumes. */
  script(...answers: Scripted[]): void;
  /** Accepted posts per conversation id. */
  postsByConversation(): Map<string, number>;
  /** The most accepted posts of one key (tenant or conversation) in any window of `windowMs`. */
  maxInWindow(by: 'tenant' | 'conversation', windowMs: number): number;
  reset(): void;
  close(): Promise<void>;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?\/?(?:\?.*)?$/;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function tenantOf(activity: Record<string, unknown>): string {
  const conversation = isRecord(activity.conversation) ? activity.conversation : {};
  const data = isRecord(activity.channelData) ? activity.channelData : {};
  const tenant = isRecord(data.tenant) ? data.tenant.id : undefined;
  const id = conversation.tenantId ?? tenant;
  return typeof id === 'string' ? id : 'no-tenant';
}

/** Timestamps of accepted posts per key; old ones dropped as the window slides. */
class SlidingWindow {
  private readonly hits = new Map<string, number[]>();
  constructor(private readonly limit: ConnectorLimit) {}

  full(key: string, now: number): boolean {
    const list = (this.hits.get(key) ?? []).filter((t) => now - t < this.limit.windowMs);
    this.hits.set(key, list);
    return list.length >= this.limit.limit;
  }

  add(key: string, now: number): void {
    const list = this.hits.get(key);
    if (list) list.push(now);
    else this.hits.set(key, [now]);
  }

  clear(): void {
    this.hits.clear();
  }
}

export async function startThrottlingConnector(
  options: ThrottlingConnectorOptions = {},
): Promise<ThrottlingConnector> {
  const perConversation = new SlidingWindow(
    options.perConversation ?? { limit: 7, windowMs: 1_000 },
  );
  const perTenant = new SlidingWindow(options.perTenant ?? { limit: 50, windowMs: 1_000 });
  const retryAfter = String(options.retryAfterSeconds ?? 1);
  const accepted: AcceptedPost[] = [];
  const scripted: Scripted[] = [];
  let requests = 0;
  const throttledBy = { conversation: 0, tenant: 0 };

  const json = (res: ServerResponse, status: number, body: unknown, headers = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  function handle(req: IncomingMessage, res: ServerResponse, body: string): void {
    const match = ROUTE.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      res.statusCode = 404;
      res.end();
      return;
    }
    requests++;
    const next = scripted.shift();
    if (next === 'reset') {
      // The request arrived, then the connection dies before any answer: the sender cannot know.
      req.socket.destroy();
      return;
    }
    if (next !== undefined) {
      const { status, headers } = typeof next === 'number' ? { status: next, headers: {} } : next;
      if (status !== 200) {
        json(res, status, { error: { code: `Scripted${status}`, message: 'scripted' } }, headers);
        return;
      }
    }
    const activity = JSON.parse(body) as Record<string, unknown>;
    const conversationId = decodeURIComponent(match[1] ?? '');
    const tenantId = tenantOf(activity);
    const now = performance.now();
    const convFull = perConversation.full(conversationId, now);
    const tenantFull = perTenant.full(tenantId, now);
    if (next === undefined && (convFull || tenantFull)) {
      if (convFull) throttledBy.conversation++;
      else throttledBy.tenant++;
      json(
        res,
        429,
        { error: { code: 'TooManyRequests', message: 'throttled' } },
        { 'retry-after': retryAfter },
      );
      return;
    }
    perConversation.add(conversationId, now);
    perTenant.add(tenantId, now);
    accepted.push({ conversationId, tenantId, at: now, activity });
    json(res, 200, { id: randomUUID() });
  }

  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (body += d));
    req.on('end', () => handle(req, res, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    get requests() {
      return requests;
    },
    get throttled() {
      return throttledBy.conversation + throttledBy.tenant;
    },
    throttledBy,
    accepted,
    script: (...answers) => void scripted.push(...answers),
    postsByConversation() {
      const counts = new Map<string, number>();
      for (const p of accepted)
        counts.set(p.conversationId, (counts.get(p.conversationId) ?? 0) + 1);
      return counts;
    },
    maxInWindow(by, windowMs) {
      const groups = new Map<string, number[]>();
      for (const p of accepted) {
        const key = by === 'tenant' ? p.tenantId : p.conversationId;
        const times = groups.get(key);
        if (times) times.push(p.at);
        else groups.set(key, [p.at]);
      }
      let max = 0;
      for (const times of groups.values()) {
        times.sort((a, b) => a - b);
        for (let i = 0, j = 0; j < times.length; j++) {
          while (times[j]! - times[i]! >= windowMs) i++;
          max = Math.max(max, j - i + 1);
        }
      }
      return max;
    },
    reset() {
      accepted.splice(0);
      scripted.splice(0);
      requests = 0;
      throttledBy.conversation = 0;
      throttledBy.tenant = 0;
      perConversation.clear();
      perTenant.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
