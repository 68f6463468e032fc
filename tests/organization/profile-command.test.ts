// The content owner's command: `check` runs the bot's own check on a profile file (every problem,
// exit 1), `publish` stores only a profile that passes it, under the key the bot reads, and `remove`
// deletes it. Storage here is the file store the bot would use with the same DATA_DIR.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProfileCommand, USAGE } from '../../src/organization/profile-command.js';
import { supportProfilePath } from '../../src/organization/profile.js';
import { PROFILE_KEY } from '../../src/organization/profile-source.js';
import { FileStorage } from '../../src/storage/file.js';
import { newDataDir } from '../helpers/in-process.js';

type Json = Record<string, unknown> & { reminder: { entries: Record<string, unknown>[] } };
const justiceText = readFileSync(supportProfilePath('justice'), 'utf8');
const justiceJson = () => JSON.parse(justiceText) as Json;

function file(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'smg-profile-')), 'profile.json');
  writeFileSync(path, content);
  return path;
}

describe('npx tsx src/cli/profile.ts', () => {
  it('checks a good profile and says what it holds', async () => {
    const result = await runProfileCommand(['check', file(justiceText)], {});
    expect(result).toEqual({
      code: 0,
      output: 'The profile is ready: 1 contact(s), 3 reminder entries.',
    });
  });

  it('says which reminder entries questions cannot find until the model is retrained', async () => {
    const json = justiceJson();
    json.reminder.entries[0]!.id = 'justice-new-policy';
    for (const e of json.reminder.entries)
      e.related = (e.related as string[]).map((id) =>
        id === 'justice-obligations' ? 'justice-new-policy' : id,
      );
    const { code, output } = await runProfileCommand(['check', file(JSON.stringify(json))], {});
    expect(code).toBe(0);
    expect(output).toMatch(/npm run train.*: justice-new-policy\.$/m);
  });

  it('lists every problem of a bad profile, and of a file that is not JSON', async () => {
    const bad = { organization: { en: 'X' }, contacts: [{ name: 'A', role: {} }], extra: 1 };
    const { code, output } = await runProfileCommand(['check', file(JSON.stringify(bad))], {});
    expect(code).toBe(1);
    expect(output.split('\n')).toEqual([
      'The profile has 4 problem(s); fix them all, then check again:',
      '- profile has unknown field "extra"',
      '- organization.fr must be a non-empty string',
      '- contacts[0].role.en must be a non-empty string',
      '- contacts[0].role.fr must be a non-empty string',
    ]);
    const notJson = await runProfileCommand(['check', file('{ "contacts": [ }')], {});
    expect(notJson.code).toBe(1);
    expect(notJson.output).toMatch(/1 problem\(s\).*\n- not valid JSON/);
  });

  it('publishes to the store the bot reads, and removes from it', async () => {
    const dataDir = newDataDir();
    const storage = new FileStorage(join(dataDir, 'store'));
    const env = { DATA_DIR: dataDir, PROFILE_RELOAD_MINUTES: '2' };
    const published = await runProfileCommand(['publish', file(justiceText)], env);
    expect(published.code).toBe(0);
    expect(published.output).toContain(`Published to ${PROFILE_KEY} (file storage)`);
    expect(published.output).toContain('within 2 minute(s)');
    expect((await storage.read(PROFILE_KEY))?.value).toEqual(justiceJson());

    const removed = await runProfileCommand(['remove'], env);
    expect(removed.code).toBe(0);
    expect(await storage.read(PROFILE_KEY)).toBeUndefined();
  });

  it('publishes nothing that fails the check', async () => {
    const dataDir = newDataDir();
    const bad = file(JSON.stringify({ ...justiceJson(), contacts: [] }));
    const { code, output } = await runProfileCommand(['publish', bad], { DATA_DIR: dataDir });
    expect(code).toBe(1);
    expect(output).toContain('contacts must be a non-empty array');
    expect(await new FileStorage(join(dataDir, 'store')).list('')).toEqual([]);
  });

  it.each([[[]], [['check']], [['publish']], [['remove', 'x']], [['upload', 'x']]])(
    'answers %j with the usage',
    async (argv) => {
      expect(await runProfileCommand(argv, {})).toEqual({ code: 2, output: USAGE });
    },
  );
});
