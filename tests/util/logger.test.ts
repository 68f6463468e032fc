// Logs never carry what people wrote, who they are, or what the bot showed them. The real bot runs
// over HTTP with the production logger (redaction on) at level trace, its output captured line by
// line, while a person with a marked name asks marked questions, clicks cards, starts and answers
// a quiz, and a turn fails.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TurnContext } from 'botbuilder';
import { CENSOR, createLogger } from '../../src/util/logger.js';
import { StorageError } from '../../src/storage/errors.js';
import { createTurnErrorHandler } from '../../src/host/teams/turn-error.js';
import { cardAction, mentionMessage, message, submit } from '../helpers/activities.js';
import { person, startBotHost, type BotHost } from '../helpers/in-process.js';
import { cardActions, cardOfActivity, cardOfInvoke, cardTexts } from '../helpers/card-query.js';
import { startStubConnector, type StubConnector } from '../helpers/stub-connector.js';

const tag = randomBytes(6).toString('hex');
const QUESTION_MARK = `qmark${tag}`;
const NAME_MARK = `Namemark${tag}`;
const ENTRA_ID = randomUUID();
const TEAMS_ID = `29:logtest-${tag}`;
const marked = { id: TEAMS_ID, name: `${NAME_MARK} Tremblay`, aadObjectId: ENTRA_ID };

function capture() {
  const lines: string[] = [];
  const logger = createLogger('trace', { write: (line: string) => void lines.push(line) });
  return { logger, lines, text: () => lines.join('') };
}

/** Every identifying string of the marked person and question. */
const secrets = [QUESTION_MARK, NAME_MARK, ENTRA_ID, TEAMS_ID, ENTRA_ID.toLowerCase()];

describe('logs of the real bot over HTTP', () => {
  const log = capture();
  let host: BotHost;
  let stub: StubConnector;
  const shown: string[] = [];

  beforeAll(async () => {
    stub = await startStubConnector();
    stub.members = [marked, person(2)];
    host = await startBotHost(undefined, { LOG_LEVEL: 'trace' }, log.logger);
  });
  afterAll(async () => {
    await host?.close();
    await stub?.close();
  });

  const personal = () => ({ serviceUrl: stub.serviceUrl, from: marked });
  const group = () => ({
    serviceUrl: stub.serviceUrl,
    from: marked,
    conversationType: 'groupChat' as const,
    conversationId: `a:group-${tag}`,
  });

  async function exchange(activity: object, replies = 1) {
    stub.clear();
    const res = await host.send(activity);
    expect(res.status).toBeLessThan(500);
    if (replies > 0) {
      for (const { activity: sent } of await stub.waitFor(replies)) {
        if (typeof sent.text === 'string') shown.push(sent.text);
        if (Array.isArray(sent.attachments)) shown.push(...cardTexts(cardOfActivity(sent)));
      }
    }
    return res;
  }

  it('drives questions, card actions, a quiz and a failing turn', async () => {
    await exchange(message(`can I share this petition? ${QUESTION_MARK}`, personal()));
    await exchange(message(`${QUESTION_MARK} facebook`, personal()));
    await exchange(message(`the printer ${QUESTION_MARK} is jammed`, personal()));
    await exchange(mentionMessage(`can I post pictures of my cat? ${QUESTION_MARK}`, personal()));
    // Card actions: a good one, one naming no entry, one unreadable, an old client's submit.
    const ok = await exchange(
      cardAction('feedback.helpful', { entryId: 'ex-petitions', helpful: true }, personal()),
      0,
    );
    shown.push(...cardTexts(cardOfInvoke(ok.json)));
    await exchange(cardAction('entry.show', { entryId: QUESTION_MARK }, personal()), 0);
    await exchange(cardAction(QUESTION_MARK, { text: QUESTION_MARK }, personal()), 0);
    await exchange(
      {
        ...cardAction('x', {}, personal()),
        value: { action: QUESTION_MARK, text: QUESTION_MARK },
      },
      0,
    );
    await exchange(submit({ verb: QUESTION_MARK, note: QUESTION_MARK }, personal()));
    // A quiz started and answered by the marked person: cards show "started by <name>".
    const posted = await exchange(mentionMessage('quiz', group()));
    expect(posted.status).toBe(200);
    const question = cardOfActivity(stub.captured[0]!.activity);
    expect(cardTexts(question).join(' ')).toContain(NAME_MARK);
    const [choice] = cardActions(question, 'quiz.answer');
    const answered = await exchange(cardAction('quiz.answer', choice!.data, group()), 0);
    shown.push(...cardTexts(cardOfInvoke(answered.json)));
    // A turn that fails in storage: the error handler logs it and apologises.
    const storage = host.services.storage;
    const write = storage.write.bind(storage);
    storage.write = () => Promise.reject(new StorageError('store unavailable'));
    try {
      // A conversation not seen before: remembering its reference is the write that fails.
      const other = { ...group(), conversationId: `a:other-${tag}` };
      await exchange(mentionMessage(`can I share this petition? ${QUESTION_MARK}`, other));
    } finally {
      storage.write = write;
    }

    const messages = log.lines.map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages).toContain('listening');
    expect(messages).toContain('unreadable card action');
    expect(messages).toContain('submit rejected');
    expect(messages).toContain('turn failed');
  });

  it('wrote structured JSON lines only', () => {
    expect(log.lines.length).toBeGreaterThan(3);
    for (const line of log.lines) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(typeof entry.level).toBe('number');
      expect(typeof entry.time).toBe('number');
      expect(typeof entry.msg).toBe('string');
    }
  });

  it('never logged the question, the name, the Teams or Entra id, or card text', () => {
    const all = log.text();
    for (const secret of secrets) expect(all).not.toContain(secret);
    // What the bot showed: every text of every card and message it sent, longer than a word.
    const phrases = [...new Set(shown.filter((t) => t.length >= 12))];
    expect(phrases.length).toBeGreaterThan(10);
    expect(phrases.some((p) => p.includes(NAME_MARK))).toBe(true);
    for (const phrase of phrases) expect(all).not.toContain(phrase);
  });
});

describe('redaction, the second line of defence', () => {
  it('replaces text, names, ids, cards, attachments, values and references wherever they are logged', () => {
    const log = capture();
    const activity = {
      type: 'message',
      id: 'activity-1',
      text: QUESTION_MARK,
      from: marked,
      recipient: { id: '28:bot', name: NAME_MARK },
      conversation: { id: 'a:conv', name: NAME_MARK, conversationType: 'groupChat' },
      attachments: [{ content: { body: [{ text: QUESTION_MARK }] } }],
      value: { answer: QUESTION_MARK },
      entities: [{ type: 'mention', mentioned: marked, text: NAME_MARK }],
    };
    log.logger.trace(activity, 'whole activity');
    log.logger.debug({ activity }, 'nested activity');
    log.logger.info({ turn: { activity } }, 'deeper');
    log.logger.warn({ user: marked, card: { text: QUESTION_MARK } }, 'user and card');
    log.logger.error({ schedule: { changedBy: NAME_MARK, reference: { user: marked } } }, 'names');
    log.logger.info({ quiz: { startedBy: { name: NAME_MARK }, question: QUESTION_MARK } }, 'quiz');
    log.logger.info({ body: { value: QUESTION_MARK }, aadObjectId: ENTRA_ID }, 'raw');
    const all = log.text();
    for (const secret of secrets) expect(all).not.toContain(secret);
    expect(all).toContain(CENSOR);
    // What is safe stays useful.
    expect(all).toContain('activity-1');
    expect(all).toContain('groupChat');
  });

  it('the turn error handler logs the activity type and id, never its content', async () => {
    const log = capture();
    const sent: unknown[] = [];
    const context = {
      activity: {
        type: 'message',
        id: 'activity-2',
        text: QUESTION_MARK,
        from: marked,
        conversation: { id: 'a:conv', conversationType: 'personal', name: NAME_MARK },
        value: { text: QUESTION_MARK },
        locale: 'en-US',
      },
      sendActivity: (a: unknown) => {
        sent.push(a);
        return Promise.resolve(undefined);
      },
    } as unknown as TurnContext;
    await createTurnErrorHandler(log.logger)(context, new Error('store unavailable'));
    expect(sent).toHaveLength(1);
    const all = log.text();
    expect(all).toContain('turn failed');
    expect(all).toContain('activity-2');
    for (const secret of secrets) expect(all).not.toContain(secret);
  });
});
