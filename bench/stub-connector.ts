// A stub Bot Connector for the benchmarks: answers every reply the bots POST to their activities'
// serviceUrl with 200 and an id, and counts them. Runs as its own process so its work does not share
// an event loop with the load generator. Prints {"port": n} on stdout once listening.
// GET /stats → { posts, activities, attachments, bytes }; POST /stats/reset zeroes the counts.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubStats {
  /** Requests to /v3/conversations/{id}/activities[/{replyToId}]. */
  posts: number;
  /** Of which message activities with at least one attachment (an Adaptive Card). */
  attachments: number;
  /** Of which message activities with text only. */
  texts: number;
  /** Request bodies received, in bytes. */
  bytes: number;
}

const ROUTE = /^\/v3\/conversations\/[^/]+\/activities(?:\/[^/?]+)?\/?(?:\?.*)?$/;

const stats: StubStats = { posts: 0, attachments: 0, texts: 0, bytes: 0 };
let next = 0;

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (d: Buffer) => chunks.push(d));
  req.on('end', () => {
    const url = req.url ?? '';
    if (url === '/stats') {
      if (req.method === 'POST')
        Object.assign(stats, { posts: 0, attachments: 0, texts: 0, bytes: 0 });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(stats));
      return;
    }
    if (req.method !== 'POST' || !ROUTE.test(url)) {
      res.writeHead(404).end();
      return;
    }
    const body = Buffer.concat(chunks);
    stats.posts++;
    stats.bytes += body.length;
    // Cheap classification without parsing the whole card.
    if (body.includes('"attachments"')) stats.attachments++;
    else stats.texts++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(`{"id":"stub-${++next}"}`);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});
const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
