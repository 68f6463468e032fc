// Bad requests and failing turns: small JSON errors, no stack, no crash, the user told in their language.
import { describe, expect, it } from 'vitest';
import * as A from '../../helpers/activities.js';
import { useTestHost } from '../../helpers/in-process.js';
import { post } from '../../helpers/http.js';

const t = useTestHost();

const noInternals = (text: string) => {
  expect(text).not.toMatch(/\bat .+:\d+:\d+|stack|Error:/);
};

describe('request checks', () => {
  it.each([
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['no content type', undefined],
  ])('refuses %s with 415, before reading it', async (_name, contentType) => {
    const calls = t.host.bot.messages.length;
    const res = await fetch(t.host.messagesUrl, {
      method: 'POST',
      headers: contentType ? { 'content-type': contentType } : {},
      body: JSON.stringify(A.message('hello', t.opts)),
    });
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ error: 'content type must be application/json' });
    expect(t.host.bot.messages).toHaveLength(calls);
  });

  it('accepts JSON with a charset', async () => {
    const res = await post(t.host.messagesUrl, A.message('hello', t.opts), {
      'content-type': 'application/json; charset=utf-8',
    });
    expect(res.status).toBe(200);
  });

  it('answers a body over 256 KB with 413', async () => {
    const calls = t.host.bot.messages.length;
    const activity = A.message('x'.repeat(300 * 1024), t.opts);
    const res = await post(t.host.messagesUrl, activity);
    expect(res.status).toBe(413);
    expect(res.json).toEqual({ error: expect.any(String) as string });
    expect(t.host.bot.messages).toHaveLength(calls);
  });

  it('stops reading a far larger body and survives', async () => {
    const huge = `{"type":"message","text":"${'x'.repeat(3 * 1024 * 1024)}"}`;
    const status = await post(t.host.messagesUrl, huge).then(
      (r) => r.status,
      () => 'connection dropped',
    );
    expect([413, 'connection dropped']).toContain(status);
    expect((await fetch(`${t.host.server.url}/healthz`)).status).toBe(200);
  });

  it.each([
    ['malformed JSON', '{"type": "message",'],
    ['a JSON array', '[{"type": "message"}]'],
    ['a JSON string', '"message"'],
    ['null', 'null'],
    ['an object without type', '{}'],
    ['a type that is not a string', '{"type": 7}'],
    ['an empty body', ''],
    [
      'a conversation id the reply URL would resolve away ("..")',
      '{"type": "message", "id": "1", "conversation": {"id": ".."}}',
    ],
    ['an activity id of "."', '{"type": "message", "id": ".", "conversation": {"id": "a:1"}}'],
  ])('answers %s with 400 and a small JSON error', async (_name, body) => {
    const res = await post(t.host.messagesUrl, body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.json as object)).toEqual(['error']);
    noInternals(res.text);
  });

  it('keeps serving after bad requests', async () => {
    const res = await fetch(`${t.host.server.url}/healthz`);
    expect(res.status).toBe(200);
  });
});

describe('failing turns', () => {
  it('apologizes in English when the bot throws, and answers 200', async () => {
    const res = await post(t.host.messagesUrl, A.message('boom', t.opts));
    expect(res.status).toBe(200);
    const [sent] = await t.host.stub.waitFor(1);
    expect(sent?.activity).toMatchObject({
      type: 'message',
      text: 'Sorry, something went wrong. Please try again.',
    });
  });

  it('apologizes in French for a French locale', async () => {
    await post(t.host.messagesUrl, A.message('boom', { ...t.opts, locale: 'fr-CA' }));
    const [sent] = await t.host.stub.waitFor(1);
    expect(sent?.activity.text).toBe("Désolé, une erreur s'est produite. Veuillez réessayer.");
  });

  it('answers a failing card action with a 500-type invoke body, not an HTTP 5xx', async () => {
    const res = await post(t.host.messagesUrl, A.cardAction('topics.show', { boom: true }, t.opts));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      statusCode: 500,
      type: 'application/vnd.microsoft.error',
      value: { code: 'InternalError', message: 'Sorry, something went wrong. Please try again.' },
    });
  });

  it('does not hang or crash when the apology cannot be delivered either', async () => {
    const res = await post(
      t.host.messagesUrl,
      A.message('boom', { serviceUrl: 'http://127.0.0.1:9/' }),
    );
    expect(res.status).toBeLessThan(500);
  });

  it('logs the failure by name and code only: no message text, no error message, no user names', async () => {
    t.host.log.lines.splice(0);
    await post(t.host.messagesUrl, A.message('boom', t.opts));
    await t.host.stub.waitFor(1);
    const logged = t.host.log.text();
    expect(logged).toContain('turn failed');
    expect(logged).toContain('"name":"Error"');
    // An error's message can carry a connector response body that echoes content: never logged.
    expect(logged).not.toContain('fake bot failure');
    expect(logged).not.toContain('"boom"');
    expect(logged).not.toContain(A.USER.name);
    expect(logged).not.toContain('Sorry');
  });
});
