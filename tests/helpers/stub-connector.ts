// A stand-in Bot Connector on loopback: captures what the bot sends to the activity's serviceUrl.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedActivity {
  readonly conversationId: string;
  readonly replyToId: string | undefined;
  readonly authorization: string | undefined;
  readonly activity: Record<string, unknown>;
}

/** A targeted meeting notification the bot sent: POST /v1/meetings/{meetingId}/notification. */
export interface CapturedNotification {
  readonly meetingId: string;
  readonly authorization: string | undefined;
  readonly body: Record<string, unknown>;
}

/** A member as the stub reports it to TeamsInfo (paged members and single member look-ups). */
export interface StubMember {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId?: string;
  readonly userRole?: 'user' | 'guest' | 'anonymous';
}

export interface StubConnector {
  /** Members returned for any conversation or team; replace to change them. */
  members: StubMember[];
  /** HTTP status to answer sends with (e.g. 403 when the bot was removed); 200 by default. */
  sendStatus: number;
  /** Statuses for the next sends, one each, before sendStatus applies again (e.g. [503]). */
  readonly sendStatuses: number[];
  /** Milliseconds to wait before answering each request (a slow connector); 0 by default. */
  delayMs: number;
  /**
   * HTTP status for meeting notifications: 202 (sent) by default, 207 (some recipients failed:
   * the first recipient is reported as failed), or an error such as 403 (no consent).
   */
  notificationStatus: number;
  /** Meeting notifications received, whatever the status answered. */
  readonly notifications: readonly CapturedNotification[];
  /** Requests received so far (answered or not), e.g. to know a turn is in flight. */
  readonly received: number;
  /** The serviceUrl to put on activities (ends with "/"). */
  readonly serviceUrl: string;
  readonly captured: readonly CapturedActivity[];
  /** Resolves once at least `n` activities were captured; rejects after `timeoutMs`. */
  waitFor(n: number, timeoutMs?: number): Promise<readonly CapturedActivity[]>;
  clear(): void;
  close(): Promise<void>;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?\/?(?:\?.*)?$/;
const NOTIFICATION = /^\/v1\/meetings\/([^/]+)\/notification\/?(?:\?.*)?$/;

export async function startStubConnector(): Promise<StubConnector> {
  const captured: CapturedActivity[] = [];
  const notifications: CapturedNotification[] = [];
  let notify = (): void => undefined;
  let received = 0;
  const server: Server = createServer((req, res) => {
    received += 1;
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (body += d));
    req.on('end', () => {
      if (stub.delayMs > 0) setTimeout(answer, stub.delayMs);
      else answer();
    });
    const answer = () => {
      if (req.method === 'GET' && serveMembers(req.url ?? '', res)) return;
      if (req.method === 'POST' && answerNotification(req, body, res)) return;
      const match = ROUTE.exec(req.url ?? '');
      const status = match ? (stub.sendStatuses.shift() ?? stub.sendStatus) : 200;
      if (status !== 200) {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'MessageWritesBlocked', message: 'blocked' } }));
        return;
      }
      if (req.method !== 'POST' || !match) {
        // Two calls: restify (same process) patches writeHead, and its version returns nothing.
        res.writeHead(404);
        res.end();
        return;
      }
      captured.push({
        conversationId: decodeURIComponent(match[1] ?? ''),
        replyToId: match[2] === undefined ? undefined : decodeURIComponent(match[2]),
        authorization: req.headers.authorization,
        activity: JSON.parse(body) as Record<string, unknown>,
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: randomUUID() }));
      notify();
    };
  });
  // TeamsInfo.sendMeetingNotification, answered as Teams documents: 202, 207 with the recipients
  // that failed, or an error.
  function answerNotification(
    req: import('node:http').IncomingMessage,
    body: string,
    res: import('node:http').ServerResponse,
  ): boolean {
    const match = NOTIFICATION.exec(req.url ?? '');
    if (!match) return false;
    const parsed = JSON.parse(body) as Record<string, unknown>;
    notifications.push({
      meetingId: decodeURIComponent(match[1] ?? ''),
      authorization: req.headers.authorization,
      body: parsed,
    });
    const status = stub.notificationStatus;
    const recipients = (parsed.value as { recipients?: string[] } | undefined)?.recipients ?? [];
    const answer =
      status === 207
        ? {
            recipientsFailureInfo: recipients.slice(0, 1).map((recipientMri) => ({
              recipientMri,
              failureReason: 'not in the meeting',
              errorCode: 'NotFound',
            })),
          }
        : status < 300
          ? {}
          : { error: { code: 'BotNotInConversationRoster', message: 'refused' } };
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer));
    return true;
  }
  // TeamsInfo: GET …/pagedmembers and GET …/members/{userId}.
  function serveMembers(url: string, res: import('node:http').ServerResponse): boolean {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
      return true;
    };
    if (/\/v3\/conversations\/[^/]+\/pagedmembers/.test(url))
      return json(200, { members: stub.members });
    const one = /\/v3\/conversations\/[^/]+\/members\/([^/?]+)/.exec(url);
    if (!one) return false;
    const member = stub.members.find((m) => m.id === decodeURIComponent(one[1]!));
    return member ? json(200, member) : json(404, { error: { code: 'NotFound' } });
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const stub: StubConnector = {
    members: [],
    sendStatus: 200,
    sendStatuses: [],
    delayMs: 0,
    notificationStatus: 202,
    notifications,
    get received() {
      return received;
    },
    serviceUrl: `http://127.0.0.1:${port}/`,
    captured,
    waitFor: (n, timeoutMs = 5_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`stub connector: ${captured.length} of ${n} activities`)),
          timeoutMs,
        );
        notify = () => {
          if (captured.length < n) return;
          clearTimeout(timer);
          resolve(captured);
        };
        notify();
      }),
    clear: () => {
      captured.splice(0);
      notifications.splice(0);
      stub.sendStatuses.splice(0);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return stub;
}
