// The real entry point (src/index.ts, as a process): a profile already in storage applies from the
// first turn, and SIGHUP makes the running bot read a changed one at once (no restart); a broken
// one is refused on SIGHUP with its problems in the log, and the process keeps serving the last good.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILE_KEY } from '../../src/organization/profile-source.js';
import { FileStorage } from '../../src/storage/file.js';
import { message } from '../helpers/activities.js';
import { botProcessesWithStub, startBotProcess, type BotProcess } from '../helpers/as-process.js';
import { cardOfActivity, cardTexts } from '../helpers/card-query.js';
import { post } from '../helpers/http.js';
import { newDataDir } from '../helpers/in-process.js';

const role = { en: 'Values and Ethics Advisor', fr: 'Conseillère en valeurs et éthique' };
const profile = (name: string) => ({
  organization: { en: 'Department of Justice Canada', fr: 'Ministère de la Justice Canada' },
  contacts: [{ name, role, phone: '613-555-0142' }],
});

const world = botProcessesWithStub();

const logged = (process: BotProcess, msg: string) =>
  process.lines.filter((line) => (JSON.parse(line) as { msg?: string }).msg === msg);

async function until(condition: () => boolean, timeoutMs = 10_000) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function supportCard(process: BotProcess): Promise<string> {
  world.stub.clear();
  const res = await post(
    `${process.url}/api/messages`,
    message('support', { serviceUrl: world.stub.serviceUrl }),
  );
  expect(res.status).toBe(200);
  const [reply] = await world.stub.waitFor(1);
  return cardTexts(cardOfActivity(reply!.activity)).join('\n');
}

describe('the bot process and its organization profile', () => {
  it(
    'applies the stored profile at start, then a changed one on SIGHUP',
    { timeout: 90_000 },
    async () => {
      const dataDir = newDataDir();
      const store = new FileStorage(join(dataDir, 'store'));
      await store.write(PROFILE_KEY, profile('Jordan Okafor'));
      const bot = (world.bot = await startBotProcess({
        DATA_DIR: dataDir,
        SUPPORT_PROFILE: 'justice',
      }));
      expect(logged(bot, 'organization profile applied from storage')).toHaveLength(1);
      expect(await supportCard(bot)).toContain('Jordan Okafor');

      await store.write(PROFILE_KEY, profile('Sam Chen'));
      bot.child.kill('SIGHUP');
      await until(() => logged(bot, 'organization profile applied from storage').length === 2);
      const support = await supportCard(bot);
      expect(support).toContain('Sam Chen');
      expect(support).not.toContain('Jordan Okafor');

      await store.write(PROFILE_KEY, { ...profile('Robin Lavoie'), contacts: [] });
      bot.child.kill('SIGHUP');
      const refused =
        'organization profile in storage refused: the last good profile stays in force';
      await until(() => logged(bot, refused).length === 1);
      expect(JSON.parse(logged(bot, refused)[0]!)).toMatchObject({
        level: 40,
        problems: ['contacts must be a non-empty array'],
      });
      expect(await supportCard(bot)).toContain('Sam Chen');
      expect(bot.child.exitCode).toBeNull(); // SIGHUP reloads: it does not stop the bot
    },
  );
});
