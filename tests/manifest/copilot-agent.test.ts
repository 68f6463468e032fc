// The bot as a custom engine agent in Microsoft 365 Copilot (manifest 1.21 and later): `copilot` in
// the bot's scopes and copilotAgents.customEngineAgents naming it. The bundled 1.30 schema checks the
// shape (tests/manifest/manifest.test.ts validates the whole package); these check what the schema
// only describes in words (its `id` description: a bot of this app, with the personal scope, and the
// app's short name and description defined), the disclaimer in both languages, and that the schema
// really does refuse a wrong agent, so "validates offline" means something.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAppPackage,
  readEnv,
  schemaErrors,
  type BuiltPackage,
} from '../../scripts/package.js';

const BOT_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const TEAMS_APP_ID = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';
const DISCLAIMER = 'copilotAgents.customEngineAgents[0].disclaimer.text';

interface Agent {
  readonly id: string;
  readonly type: string;
  readonly disclaimer?: { readonly text: string };
}
type Manifest = BuiltPackage['manifest'];

let out: string;
let manifest: Manifest;
let fr: Readonly<Record<string, string>>;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'smg-copilot-'));
  const vars = {
    ...readEnv('dev'),
    BOT_ID,
    TEAMS_APP_ID,
    BOT_DOMAIN: 'smg-test.azurewebsites.net',
  };
  const built = await buildAppPackage({ env: 'dev', vars, outDir: out });
  manifest = built.manifest;
  fr = built.localizations['fr-ca.json']!;
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const agents = (m: Manifest) =>
  (m.copilotAgents as { customEngineAgents: readonly Agent[] }).customEngineAgents;
const withAgents = (list: readonly object[]): Manifest => ({
  ...manifest,
  copilotAgents: { customEngineAgents: list },
});

describe('the custom engine agent', () => {
  it('is the app’s one bot, in the personal and copilot scopes', () => {
    expect(agents(manifest)).toHaveLength(1);
    const [agent] = agents(manifest);
    expect(agent).toMatchObject({ id: BOT_ID, type: 'bot' });
    const bots = manifest.bots as readonly { botId: string; scopes: string[] }[];
    const bot = bots.find((b) => b.botId === agent!.id);
    expect(bot?.scopes).toEqual(expect.arrayContaining(['personal', 'copilot']));
  });

  it('has prompt starters: the 1:1 command list, in the copilot scope too', () => {
    const bot = (
      manifest.bots as readonly { commandLists?: readonly { scopes?: string[] }[] }[]
    )[0]!;
    const lists = (bot.commandLists ?? []).filter((list) => list.scopes?.includes('copilot'));
    // Microsoft's Store review asks a custom engine agent's command list scopes to match the bot's.
    expect(lists.map((list) => list.scopes)).toEqual([['personal', 'copilot']]);
  });

  it('has the short name and short description Copilot lists it by, in both languages', () => {
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(fr['name.short']!.length).toBeLessThanOrEqual(30);
    const short = manifest.description as { short: string };
    expect(short.short.length).toBeGreaterThan(0);
    expect(short.short.length).toBeLessThanOrEqual(80);
    expect(fr['description.short']!.length).toBeLessThanOrEqual(80);
  });

  it('shows a disclaimer before the first question, translated into French', () => {
    const en = agents(manifest)[0]!.disclaimer!.text;
    expect(en).toMatch(/not legal advice/);
    expect(en.length).toBeLessThanOrEqual(500);
    expect(fr[DISCLAIMER]).toMatch(/ne constituent pas un avis juridique/);
    expect(fr[DISCLAIMER]!.length).toBeLessThanOrEqual(500);
  });

  it('passes the bundled 1.30 schema, which refuses a wrong one', async () => {
    expect(await schemaErrors(manifest, '1.30', 'manifest')).toEqual([]);
    const refused = async (list: readonly object[]) =>
      (await schemaErrors(withAgents(list), '1.30', 'manifest')).join('\n');
    expect(await refused([{ id: BOT_ID, type: 'plugin' }])).toMatch(/customEngineAgents/);
    expect(await refused([{ id: 'not-a-guid', type: 'bot' }])).toMatch(/customEngineAgents/);
    expect(
      await refused([
        { id: BOT_ID, type: 'bot' },
        { id: TEAMS_APP_ID, type: 'bot' },
      ]),
    ).toMatch(/customEngineAgents/);
    const long = { id: BOT_ID, type: 'bot', disclaimer: { text: 'x'.repeat(501) } };
    expect(await refused([long])).toMatch(/disclaimer/);
  });
});
