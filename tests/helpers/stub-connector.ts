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

export interface StubConnector {
  /** The serviceUrl to put on activities (ends with "/"). */
  readonly serviceUrl: string;
  readonly captured: readonly CapturedActivity[];
  /** Resolves once at least `n` activities were captured; rejects after `timeoutMs`. */
  waitFor(n: number, timeoutMs?: number): Promise<readonly CapturedActivity[]>;
  clear(): void;
  close(): Promise<void>;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?\/?(?:\?.*)?$/;

export async function startStubConnector(): Promise<StubConnector> {
  const captured: CapturedActivity[] = [];
  let notify = (): void => undefined;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (body += d));
    req.on('end', () => {
      const match = ROUTE.exec(req.url ?? '');
      if (req.method !== 'POST' || !match) {
        res.writeHead(404).end();
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
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
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
    clear: () => void captured.splice(0),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
