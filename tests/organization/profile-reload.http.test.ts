// The organization profile changed in storage, without a restart, in the local file store and in
// Azure Blob Storage (Azurite): a content owner publishes a profile with a new contact, the running
// bot reads it again (reload(), as on SIGHUP, or its own timer) and the support and not-found cards
// show the new contact over HTTP. A broken profile is refused, every problem logged (and nothing of
// who was asking), and the last good contact stays on the cards.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProfileCommand } from '../../src/organization/profile-command.js';
import { supportProfilePath } from '../../src/organization/profile.js';
import { PROFILE_KEY } from '../../src/organization/profile-source.js';
import { cardAction, message, USER } from '../helpers/activities.js';
import { startAzurite, type Azurite } from '../helpers/azurite.js';
import { captureLogger, type CapturedLogger } from '../helpers/capture-logger.js';
import { cardOfActivity, cardTexts } from '../helpers/card-query.js';
import { newDataDir, startBotHost, type BotHost } from '../helpers/in-process.js';
import { startStubConnector, type StubConnector } from '../helpers/stub-connector.js';
import { cardProblems } from '../cards/card-problems.js';

/** The shipped Justice profile (reminder and all) with one other contact. */
function profileWith(name: string, email: string): Record<string, unknown> {
  const justice = JSON.parse(readFileSync(supportProfilePath('justice'), 'utf8')) as object;
  const role = { en: 'Values and Ethics Advisor', fr: 'Conseillère en valeurs et éthique' };
  return { ...justice, contacts: [{ name, role, phone: '613-555-0142', email }] };
}

/** A profile file as a content owner would save it. */
function profileFile(profile: object): string {
  const file = join(mkdtempSync(join(tmpdir(), 'smg-profile-')), 'profile.json');
  writeFileSync(file, JSON.stringify(profile, null, 2));
  return file;
}

/** Three mistakes at once: every one must be listed, not just the first. */
const BROKEN = {
  ...profileWith('Robin Lavoie', 'robin.lavoie@justice.gc.ca'),
  contacts: [{ name: 'Robin Lavoie', role: { en: 'Advisor' }, email: 'robin(at)justice' }],
  colour: 'blue',
};

const QUESTION = 'can I post about my neighbour’s campaign?';

let azurite: Azurite;
let stub: StubConnector;
beforeAll(async () => {
  [azurite, stub] = await Promise.all([startAzurite(), startStubConnector()]);
}, 60_000);
afterAll(async () => {
  await Promise.all([azurite?.stop(), stub?.close()]);
});

interface Backend {
  readonly name: string;
  /** The storage settings of the bot, and of the content owner's `publish`. */
  env(dataDir: string): Record<string, string>;
}

const backends: Backend[] = [
  { name: 'the local file store', env: (dataDir) => ({ DATA_DIR: dataDir }) },
  {
    name: 'Azure Blob Storage (Azurite)',
    env: () => ({
      STORAGE: 'blob',
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      AZURE_STORAGE_CONTAINER: 'profile-reload',
    }),
  },
];

describe.each(backends)('the organization profile in $name', (backend) => {
  let host: BotHost;
  let log: CapturedLogger;
  let ownerEnv: Record<string, string>;
  beforeAll(async () => {
    const dataDir = newDataDir();
    ownerEnv = backend.env(dataDir);
    log = captureLogger();
    host = await startBotHost(dataDir, { SUPPORT_PROFILE: 'justice', ...ownerEnv }, log.logger);
  });
  afterAll(() => host?.close());

  /** The visible text of the card the bot posts for an activity (a message or a card click). */
  async function replyText(activity: object): Promise<string> {
    stub.clear();
    const res = await host.send(activity);
    expect(res.status).toBe(200);
    const [reply] = await stub.waitFor(1);
    const card = cardOfActivity(reply!.activity);
    expect(cardProblems(card)).toEqual([]);
    return cardTexts(card).join('\n');
  }
  const supportCard = (locale = 'en-CA') =>
    replyText(message('support', { serviceUrl: stub.serviceUrl, locale }));
  const notFoundCard = () =>
    replyText(
      cardAction('dym.none', { lang: 'fr', question: QUESTION }, { serviceUrl: stub.serviceUrl }),
    );

  it('shows the configured contact while storage holds no profile', async () => {
    expect(await host.services.profile.reload()).toEqual({ kind: 'unchanged' });
    expect(await supportCard()).toContain('Pamela Richmire');
  });

  it('shows a published profile’s new contact after a reload, without a restart', async () => {
    const file = profileFile(profileWith('Jordan Okafor', 'jordan.okafor@justice.gc.ca'));
    const published = await runProfileCommand(['publish', file], ownerEnv);
    expect(published.code).toBe(0);
    expect(published.output).toContain(`Published to ${PROFILE_KEY}`);
    expect(await supportCard()).toContain('Pamela Richmire'); // not before the bot reads it

    expect(await host.services.profile.reload()).toEqual({ kind: 'applied', from: 'storage' });
    const support = await supportCard();
    expect(support).toContain('Jordan Okafor');
    expect(support).toContain('[jordan.okafor@justice.gc.ca](mailto:jordan.okafor@justice.gc.ca)');
    expect(support).toContain('[613-555-0142](tel:+16135550142)');
    expect(support).not.toContain('Pamela Richmire');
    expect(await supportCard('fr-CA')).toContain('Conseillère en valeurs et éthique');
    const notFound = await notFoundCard();
    expect(notFound).toContain('Jordan Okafor');
    expect(notFound).not.toContain('Pamela Richmire');
  });

  it('refuses a broken profile with every problem logged, and keeps the last good contact', async () => {
    // `publish` checks first and stores nothing…
    const refusedByCheck = await runProfileCommand(['publish', profileFile(BROKEN)], ownerEnv);
    expect(refusedByCheck.code).toBe(1);
    expect(await host.services.profile.reload()).toEqual({ kind: 'unchanged' });
    // …so the broken one arrives the way a hand upload would, straight into storage.
    await host.services.storage.write(PROFILE_KEY, BROKEN);
    const outcome = await host.services.profile.reload();
    expect(outcome).toEqual({
      kind: 'refused',
      problems: [
        'profile has unknown field "colour"',
        'contacts[0].role.fr must be a non-empty string',
        'contacts[0].email must be an email address',
      ],
    });
    expect(refusedByCheck.output.split('\n- ').slice(1)).toEqual(
      outcome.kind === 'refused' ? outcome.problems : [],
    );
    const support = await supportCard();
    expect(support).toContain('Jordan Okafor');
    expect(support).not.toContain('Robin Lavoie');
    expect(await notFoundCard()).toContain('Jordan Okafor');

    const warnings = log.lines.filter((line) => line.includes('profile in storage refused'));
    expect(warnings).toHaveLength(1);
    const warning = JSON.parse(warnings[0]!) as { level: number; problems: string[] };
    expect(warning).toMatchObject({
      level: 40,
      problems: outcome.kind === 'refused' && outcome.problems,
    });
    // The same broken version is not logged again at every reload.
    expect((await host.services.profile.reload()).kind).toBe('refused');
    expect(log.lines.filter((line) => line.includes('profile in storage refused'))).toHaveLength(1);
    // Nothing in the logs says who asked what.
    const everything = log.text();
    for (const identity of [USER.id, USER.name, USER.aadObjectId, QUESTION])
      expect(everything).not.toContain(identity);
  });

  it('reads a new profile by itself, on its timer', async () => {
    await host.services.storage.write(
      PROFILE_KEY,
      profileWith('Sam Chen', 'sam.chen@justice.gc.ca'),
    );
    host.services.profile.start(20);
    try {
      const deadline = Date.now() + 5_000;
      while (host.services.profile.current()?.contacts[0]?.name !== 'Sam Chen') {
        expect(Date.now()).toBeLessThan(deadline);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    } finally {
      host.services.profile.stop();
    }
    const support = await supportCard();
    expect(support).toContain('Sam Chen');
    expect(support).not.toContain('Jordan Okafor');
  });

  it('goes back to the configured profile once the stored one is removed', async () => {
    expect(await runProfileCommand(['remove'], ownerEnv)).toMatchObject({ code: 0 });
    expect(await host.services.profile.reload()).toEqual({
      kind: 'applied',
      from: 'configuration',
    });
    const support = await supportCard();
    expect(support).toContain('Pamela Richmire');
    expect(support).not.toContain('Sam Chen');
  });
});
