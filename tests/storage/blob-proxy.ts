// An HTTP proxy in front of Azurite that can lose responses: the request reaches the service and is
// applied, then the connection is cut before the client hears back — the case the SDK's retries
// meet in real life, and the one BlobStorage's write id exists for.
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LossyProxy {
  /** The blob endpoint through the proxy (…/devstoreaccount1). */
  readonly blobEndpoint: string;
  /** Loses the response of the next `count` requests that `match`. */
  loseNext(match: (req: IncomingMessage) => boolean, count?: number): void;
  /** Requests seen, as "METHOD /path" (query left off). */
  readonly seen: string[];
  close(): Promise<void>;
}

export async function startLossyProxy(targetPort: number, account: string): Promise<LossyProxy> {
  let rule: { match: (req: IncomingMessage) => boolean; count: number } | undefined;
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${(req.url ?? '').split('?')[0]}`);
    const lose = rule !== undefined && rule.count > 0 && rule.match(req);
    if (lose) rule!.count--;
    const upstream = request(
      {
        host: '127.0.0.1',
        port: targetPort,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        if (lose) {
          answer.resume();
          answer.once('end', () => req.socket.destroy());
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.once('error', () => req.socket.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    blobEndpoint: `http://127.0.0.1:${port}/${account}`,
    loseNext: (match, count = 1) => void (rule = { match, count }),
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
