// The one reply request both hosts post with (src/host/teams/reply-request.ts), against a real local
// server: consecutive replies share a kept-alive connection, and a connection left unused is closed
// by the bot after 5 s, before a server's idle timeout can close it under a reply being sent.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postActivity } from '../../../src/host/teams/reply-request.js';

let server: Server;
let baseUri = '';
let opened = 0;
let closed = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end('{"id":"m-1"}');
    });
  });
  server.keepAliveTimeout = 60_000; // a server slower to time out than the bot (Node's is 5 s)
  server.on('connection', (socket) => {
    opened++;
    socket.on('close', () => closed++);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const post = () =>
  postActivity({ baseUri, conversationId: 'a:1', headers: {} }, { type: 'message', text: 'hi' });

describe('the reply request', () => {
  it('reuses its connection, and closes it after 5 s unused', async () => {
    expect(await post()).toEqual({ id: 'm-1' });
    expect(await post()).toEqual({ id: 'm-1' });
    expect(opened).toBe(1);
    await sleep(4_000);
    expect(closed).toBe(0); // still kept for the next reply
    await sleep(1_600);
    expect(closed).toBe(1); // closed by the bot, the server never timed it out
    await post();
    expect(opened).toBe(2);
  }, 15_000);
});
