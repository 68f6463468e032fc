// Property-based fuzzing of POST /api/messages on the real host running the real bot (all services,
// file storage, stub connector): whatever arrives — any JSON, broken JSON, activities with random
// types and field types, card actions with random verbs and data, any Content-Type, oversized text —
// the host answers, never with a 5xx, and keeps serving. Turns that throw inside the bot (answered
// with an apology, so not a 5xx) are collected and must not happen either.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HELP_VERBS,
  QA_VERBS,
  QUIZ_VERBS,
  SCENARIO_VERBS,
  SCHEDULE_VERBS,
} from '../../../src/contract/verbs.js';
import { BOT, TENANT, USER } from '../../helpers/activities.js';
import { newDataDir, startBotHost, type BotHost } from '../../helpers/in-process.js';
import { captureLogger, type CapturedLogger } from '../../helpers/capture-logger.js';
import { startStubConnector, type StubConnector } from '../../helpers/stub-connector.js';

const NUM_RUNS = 2_000;
const TIME_LIMIT_MS = 60_000;

let stub: StubConnector;
let host: BotHost;
let log: CapturedLogger;
beforeAll(async () => {
  stub = await startStubConnector();
  log = captureLogger();
  host = await startBotHost(newDataDir(), {}, log.logger);
});
afterAll(async () => {
  await host.close();
  await stub.close();
});

// ——— arbitraries ———

const anything = fc.jsonValue({ maxDepth: 3 });
const same = <T>(usual: fc.Arbitrary<T>): fc.Arbitrary<unknown> => usual;
/** Usually the expected shape, sometimes anything at all. */
const wildly = <T>(usual: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 4, arbitrary: usual }, { weight: 1, arbitrary: anything });
const someOf = <T>(fields: { [K in keyof T]: fc.Arbitrary<T[K]> }) =>
  fc.record(fields, { requiredKeys: [] });

const COMMANDS = [
  'help',
  'aide',
  'topics',
  'sujets',
  'support',
  'soutien',
  'quiz',
  'quiz 4',
  'quiz 99',
  'questionnaire',
  'scenario',
  'scénario',
  'schedule',
  'horaire',
  'schedule weekly Monday 9:00',
  'schedule weekly Sunday 25:99',
  'planifier chaque semaine lundi 9 h',
  'pause',
  'resume',
  'skip next',
  'stop',
  'suspendre',
  'reprendre',
  'sauter la prochaine',
  'arrêter',
  'can I share this petition?',
  'puis-je me présenter aux élections municipales?',
  `<at>${BOT.name}</at> quiz`,
  '<at>',
  '<at>x</at>'.repeat(50),
];
const bigText = fc
  .tuple(fc.string({ maxLength: 4 }), fc.integer({ min: 1_000, max: 150_000 }))
  .map(([unit, n]) => (unit || 'x').repeat(n));
const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...COMMANDS) },
  { weight: 3, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 1, arbitrary: bigText },
);

const verb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      ...Object.values(QA_VERBS),
      ...Object.values(QUIZ_VERBS),
      ...Object.values(SCENARIO_VERBS),
      ...Object.values(SCHEDULE_VERBS),
      ...Object.values(HELP_VERBS),
    ),
  },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: anything },
);
/** Card data is free-form JSON: always a little wild. */
const verbData = wildly(
  someOf({
    entryId: wildly(fc.oneof(fc.string(), fc.constantFrom('e1', 'example-01', ''))),
    lang: wildly(fc.constantFrom('en', 'fr', 'de', '')),
    helpful: anything,
    sectionId: anything,
    quizId: wildly(fc.string()),
    question: wildly(fc.integer({ min: -2, max: 10 })),
    choice: wildly(fc.integer({ min: -1, max: 6 })),
    scenarioId: wildly(fc.string()),
    reason: wildly(fc.constantFrom('wrong-topic', 'too-long', 'unclear', 'not-my-situation', '')),
    within: anything,
    command: wildly(fc.constantFrom('quiz', 'scenario', 'schedule', 'delete')),
    changedAt: wildly(
      fc.oneof(
        fc.string(),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      ),
    ),
  }),
);

/**
 * An activity with random fields. `typed`: every protocol field has its schema's JSON type (random
 * values): these reach the bot. Otherwise any field may be any JSON: the host refuses those (400).
 */
const activity = (serviceUrl: string, typed: boolean) => {
  const t = typed ? same : wildly;
  const account = (usual: object) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant<unknown>(usual) },
      {
        weight: 2,
        arbitrary: someOf({
          id: t(fc.string()),
          name: t(fc.string()),
          aadObjectId: t(fc.uuid()),
          role: t(fc.constantFrom('user', 'bot', 'skill', '')),
        }),
      },
      ...(typed ? [] : [{ weight: 1, arbitrary: anything }]),
    );
  // Typed activities carry what Teams always sends (type, serviceUrl, conversation.id, from,
  // recipient); the rest is optional.
  const always = typed ? ['type', 'serviceUrl', 'conversation', 'from', 'recipient'] : [];
  return fc.record(
    {
      type: fc.oneof(
        { weight: 8, arbitrary: fc.constant('message') },
        { weight: 3, arbitrary: fc.constant('invoke') },
        { weight: 2, arbitrary: fc.constantFrom('conversationUpdate', 'installationUpdate') },
        {
          weight: 2,
          arbitrary: fc.constantFrom(
            'messageReaction',
            'event',
            'typing',
            'endOfConversation',
            'messageUpdate',
            'messageDelete',
            'trace',
          ),
        },
        { weight: 1, arbitrary: fc.string() },
        { weight: typed ? 0 : 1, arbitrary: anything },
      ),
      id: t(fc.oneof(fc.uuid(), fc.string())),
      timestamp: t(fc.constantFrom(new Date().toISOString(), 'yesterday', '')),
      localTimestamp: t(fc.constantFrom('2026-11-25T17:00:00-05:00', 'x')),
      channelId: t(fc.constantFrom('msteams', 'emulator', 'directlinease', '')),
      serviceUrl: fc.oneof(
        { weight: 12, arbitrary: fc.constant<unknown>(serviceUrl) },
        { weight: 1, arbitrary: fc.string() },
        { weight: typed ? 0 : 1, arbitrary: anything },
      ),
      locale: t(
        fc.oneof(fc.constantFrom('en-US', 'fr-CA', 'fr', 'FR-fr', '', 'zz-ZZ'), fc.string()),
      ),
      localTimezone: t(fc.constantFrom('America/Toronto', 'Invalid/Zone', '')),
      from: account(USER),
      recipient: account(BOT),
      conversation: t(
        fc.record(
          {
            id: t(
              fc.oneof(
                fc.constantFrom('a:fuzz-1', '19:c@thread.tacv2'),
                fc.string({ minLength: 1 }),
              ),
            ),
            conversationType: t(fc.constantFrom('personal', 'groupChat', 'channel', 'meeting', '')),
            tenantId: t(fc.constant(TENANT)),
            isGroup: t(fc.boolean()),
            name: t(fc.string()),
          },
          { requiredKeys: typed ? ['id'] : [] },
        ),
      ),
      channelData: t(
        someOf({
          tenant: t(someOf({ id: t(fc.constant(TENANT)) })),
          channel: t(someOf({ id: t(fc.string()) })),
          team: t(someOf({ id: t(fc.string()), name: t(fc.string()) })),
          eventType: t(fc.constantFrom('teamMemberAdded', 'channelCreated', 'teamRenamed')),
          settings: anything,
        }),
      ),
      text: t(text),
      textFormat: t(fc.constantFrom('plain', 'markdown', 'xml')),
      value: fc.oneof(
        someOf({ verb, data: verbData, entryId: anything, quizId: anything, msteams: anything }),
        anything,
      ),
      name: t(
        fc.oneof(
          { weight: 6, arbitrary: fc.constant('adaptiveCard/action') },
          {
            weight: 2,
            arbitrary: fc.constantFrom('composeExtension/query', 'task/fetch', 'healthCheck'),
          },
          { weight: 1, arbitrary: fc.string() },
        ),
      ),
      entities: t(
        fc.array(
          t(
            fc.record(
              {
                type: t(fc.oneof(fc.constantFrom('mention', 'clientInfo'), fc.string())),
                text: t(fc.constantFrom(`<at>${BOT.name}</at>`, '<at>', '')),
                mentioned: account(BOT),
                timezone: t(fc.constantFrom('America/Toronto', 'Europe/Paris', 'No/Such_Zone', '')),
                locale: anything,
              },
              { requiredKeys: ['type'] },
            ),
          ),
          { maxLength: 4 },
        ),
      ),
      attachments: t(
        fc.array(
          fc.record(
            { contentType: t(fc.constantFrom('text/html', 'image/png', '')), content: anything },
            { requiredKeys: ['contentType'] },
          ),
          { maxLength: 2 },
        ),
      ),
      action: t(fc.constantFrom('add', 'remove', 'add-upgrade')),
      membersAdded: t(fc.array(account(USER), { maxLength: 3 })),
      membersRemoved: t(fc.array(account(BOT), { maxLength: 3 })),
      replyToId: t(fc.string()),
      deliveryMode: t(fc.constantFrom('normal', 'expectReplies')),
    },
    { requiredKeys: always as never },
  );
};

/** An adaptiveCard/action invoke whose verb and data vary. */
const cardAction = (serviceUrl: string) =>
  fc
    .record({
      base: activity(serviceUrl, true),
      action: wildly(
        someOf({
          type: wildly(fc.constantFrom('Action.Execute', 'Action.Submit')),
          verb,
          data: verbData,
        }),
      ),
      trigger: wildly(fc.constantFrom('manual', 'automatic')),
    })
    .map(({ base, action, trigger }) => ({
      ...base,
      type: 'invoke',
      name: 'adaptiveCard/action',
      serviceUrl,
      value: { action, trigger },
    }));

interface Request {
  readonly body: string | Uint8Array;
  readonly contentType: string | undefined;
  /** What was sent, for the report. */
  readonly about: unknown;
}

const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
      '*/*',
      '',
    ),
  },
  { weight: 1, arbitrary: fc.stringMatching(/^[\x21-\x7e]{0,40}$/) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const requests = (serviceUrl: string): fc.Arbitrary<Request> => {
  const json = (value: fc.Arbitrary<unknown>) =>
    fc
      .tuple(value, contentType)
      .map(([v, type]) => ({ body: JSON.stringify(v) ?? '', contentType: type, about: v }));
  return fc.oneof(
    { weight: 8, arbitrary: json(activity(serviceUrl, true)) },
    { weight: 4, arbitrary: json(cardAction(serviceUrl)) },
    { weight: 2, arbitrary: json(activity(serviceUrl, false)) },
    { weight: 2, arbitrary: json(anything) },
    {
      // broken JSON: an activity cut short
      weight: 1,
      arbitrary: fc
        .tuple(activity(serviceUrl, true), fc.double({ min: 0, max: 1, noNaN: true }), contentType)
        .map(([a, at, type]) => {
          const whole = JSON.stringify(a);
          return {
            body: whole.slice(0, Math.floor(whole.length * at)),
            contentType: type,
            about: 'cut',
          };
        }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), contentType)
        .map(([body, type]) => ({ body, contentType: type, about: body })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.uint8Array({ maxLength: 2_000 }), contentType)
        .map(([body, type]) => ({ body, contentType: type, about: 'bytes' })),
    },
  );
};

async function send(request: Request): Promise<{ status: number; text: string }> {
  const res = await fetch(host.url, {
    method: 'POST',
    headers: request.contentType === undefined ? {} : { 'content-type': request.contentType },
    body: request.body,
  });
  return { status: res.status, text: await res.text() };
}

/**
 * botbuilder answers invokes the bot does not implement with 501 Not Implemented — the protocol's
 * answer, not a failure (tests/teams/local-actions.test.ts pins it).
 */
const unimplementedInvoke = (about: unknown, status: number) => {
  const a = (typeof about === 'object' && about !== null ? about : {}) as Record<string, unknown>;
  return (
    status === 501 &&
    a.type === 'invoke' &&
    a.name !== 'adaptiveCard/action' &&
    a.name !== 'composeExtension/query'
  );
};

const clip = (value: unknown) => {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 600 ? `${json.slice(0, 600)}… (${json.length} chars)` : json;
};

describe('POST /api/messages under fuzzing', () => {
  it('always answers, never with a 5xx, and keeps serving', { timeout: 120_000 }, async () => {
    const failedTurns: string[] = [];
    const statuses: Record<number, number> = {};
    let runs = 0;
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(requests(stub.serviceUrl), async (request) => {
        runs += 1;
        if (stub.captured.length > 500) stub.clear();
        const logged = log.lines.length;
        const res = await send(request);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const failures = log.lines
          .slice(logged)
          .filter((l) => l.includes('"turn failed"') || l.includes('unexpected error'));
        if (failures.length > 0) failedTurns.push(`${clip(request.about)}\n    → ${failures[0]}`);
        if (res.status >= 500 && !unimplementedInvoke(request.about, res.status))
          throw new Error(
            `HTTP ${res.status} ${res.text.slice(0, 200)} for ${clip(request.about)}`,
          );
      }),
      { numRuns: NUM_RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false },
    );
    console.info(
      `fuzz: ${runs} requests in ${Date.now() - started} ms; statuses ${JSON.stringify(statuses)}; ` +
        `failed turns ${failedTurns.length}`,
    );
    for (const failure of failedTurns.slice(0, 5)) console.info(`failed turn: ${failure}`);
    expect(runs).toBeGreaterThan(200);
    const health = await fetch(`${host.server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(failedTurns).toEqual([]);
  });
});
