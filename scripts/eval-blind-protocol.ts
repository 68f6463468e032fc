// Asks each question over the Teams protocol: a message activity POSTed to a running bot's
// /api/messages, the replies caught by a stub Bot Connector on loopback (the activity's serviceUrl).
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BlindQuestion } from '../tests/matching/blind-set.js';
import type { Outcome } from '../tests/matching/blind-score.js';
import { outcomeOfCards } from '../tests/matching/card-outcome.js';

export async function protocolAsker(botUrl: string) {
  const inbox = new Map<string, unknown[]>();
  const stub = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      const m = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      if (m && req.method === 'POST') {
        const conv = decodeURIComponent(m[1]!);
        inbox.set(conv, [...(inbox.get(conv) ?? []), JSON.parse(body)]);
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: randomUUID() }));
    });
  });
  await new Promise<void>((r) => stub.listen(0, '127.0.0.1', r));
  const serviceUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/`;
  return {
    async ask(q: BlindQuestion): Promise<Outcome> {
      const conv = `a:blind-${randomUUID()}`;
      const res = await fetch(botUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: randomUUID(),
          channelId: 'msteams',
          serviceUrl,
          text: q.q,
          locale: q.lang === 'fr' ? 'fr-CA' : 'en-US',
          from: { id: '29:blind', aadObjectId: '00000000-0000-0000-0000-0000000000b1' },
          recipient: { id: '28:bot' },
          conversation: { id: conv, conversationType: 'personal', tenantId: 'tenant-blind' },
          channelData: { tenant: { id: 'tenant-blind' } },
        }),
      });
      await res.arrayBuffer();
      // Replies are sent before the bot answers the POST (a turn's sends complete within it).
      const acts = (inbox.get(conv) ?? []) as { attachments?: { content?: unknown }[] }[];
      inbox.delete(conv);
      return outcomeOfCards(acts.flatMap((a) => (a.attachments ?? []).map((x) => x.content)));
    },
    close: () => new Promise<void>((r) => stub.close(() => r())),
  };
}
