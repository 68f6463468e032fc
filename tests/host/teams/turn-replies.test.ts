// A turn's replies over the real adapter and a real connector that fails on cue: a reply Teams did
// not take (503, 429) is sent again and arrives once; one Teams may have stored (500) is never sent
// twice, and the person gets the apology instead (src/host/teams/activities.ts, sendReplies).
import { describe, expect, it } from 'vitest';
import * as A from '../../helpers/activities.js';
import { useTestHost } from '../../helpers/in-process.js';
import { post } from '../../helpers/http.js';

const t = useTestHost();

/** Asks a question; resolves with the requests the connector received for it and what it kept. */
async function ask(text: string) {
  const before = t.host.stub.received;
  const res = await post(t.host.messagesUrl, A.message(text, t.opts));
  expect(res.status).toBe(200);
  return { requests: t.host.stub.received - before, kept: t.host.stub.captured };
}

describe('a turn’s replies', () => {
  it('are sent again when Teams was busy (503), and arrive once', async () => {
    t.host.stub.sendStatuses.push(503);
    const { requests, kept } = await ask('can I share a petition?');
    expect(requests).toBe(2);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.activity.attachments).toBeDefined(); // the answer card, not an apology
  });

  it('are sent again after a 429, twice at most, then the turn fails', async () => {
    t.host.stub.sendStatuses.push(429, 429, 429);
    const { requests, kept } = await ask('can I post my cat?');
    expect(requests).toBe(4); // three attempts at the answer, then the apology
    expect(kept).toHaveLength(1);
    expect(kept[0]!.activity.attachments).toBeUndefined();
    expect(kept[0]!.activity.text).toMatch(/sorry/i);
  });

  it('are never sent twice after a 500, which Teams may have stored', async () => {
    t.host.stub.sendStatuses.push(500);
    const { requests, kept } = await ask('can I share a petition?');
    expect(requests).toBe(2); // the answer once, then the apology
    expect(kept.map((c) => c.activity.attachments === undefined)).toEqual([true]);
  });
});
