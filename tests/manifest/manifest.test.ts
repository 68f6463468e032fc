// The Teams app package: manifest/manifest.json and fr-ca.json resolved with a test environment, validated
// offline against the official schemas bundled in @microsoft/app-manifest, the icons, the zip written by
// scripts/package.ts (read back here with node:zlib only), and the Agents Toolkit project files.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bundledSchemaPath,
  buildAppPackage,
  escapeLoneBrackets,
  iconProblems,
  localizableKeys,
  PackageError,
  parseEnvFile,
  placeholderNames,
  readEnv,
  resolvePlaceholders,
  ROOT,
  schemaErrors,
  type BuiltPackage,
} from '../../scripts/package.js';
import { zip } from '../../scripts/zip.js';

const MANIFEST_DIR = join(ROOT, 'manifest');
const BOT_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const TEAMS_APP_ID = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';
const testVars = (env: string) => ({
  ...readEnv(env),
  BOT_ID,
  TEAMS_APP_ID,
  BOT_DOMAIN: 'smg-test.azurewebsites.net',
});

/** The entries of a ZIP archive (central directory, deflate or store), CRC-checked. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const compressed = archive.readUInt32LE(at + 20);
    const size = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const skip = archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    expect(archive.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const raw = archive.subarray(start, start + compressed);
    expect([0, 8]).toContain(method);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    expect(data.length).toBe(size);
    expect(crc32(data) >>> 0).toBe(crc);
    entries.set(name, data);
    at += 46 + nameLength + skip;
  }
  return entries;
}

type Commands = readonly { title: string; description?: string }[];

describe('app package (dev environment values, test ids)', () => {
  let out: string;
  let built: BuiltPackage;
  let fr: Readonly<Record<string, string>>;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'smg-package-'));
    built = await buildAppPackage({ env: 'dev', vars: testVars('dev'), outDir: out });
    fr = built.localizations['fr-ca.json']!;
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is on manifest schema 1.30, bundled in @microsoft/app-manifest', () => {
    expect(built.manifest.manifestVersion).toBe('1.30');
    expect(built.manifest.$schema).toBe(
      'https://developer.microsoft.com/en-us/json-schemas/teams/v1.30/MicrosoftTeams.schema.json',
    );
    expect(existsSync(bundledSchemaPath('1.30', 'manifest'))).toBe(true);
    expect(existsSync(bundledSchemaPath('1.30', 'localization'))).toBe(true);
    expect(fr.$schema).toBe(
      'https://developer.microsoft.com/en-us/json-schemas/teams/v1.30/MicrosoftTeams.Localization.schema.json',
    );
  });

  it('has every placeholder filled', () => {
    expect(JSON.stringify(built.manifest)).not.toContain('${{');
    expect(JSON.stringify(fr)).not.toContain('${{');
    expect(built.manifest.id).toBe(TEAMS_APP_ID);
    expect(built.manifest.validDomains).toEqual(['smg-test.azurewebsites.net']);
  });

  it('validates against the bundled official schemas, offline', async () => {
    expect(await schemaErrors(built.manifest, '1.30', 'manifest')).toEqual([]);
    expect(await schemaErrors(fr, '1.30', 'localization')).toEqual([]);
  });

  it('is in English with a French localization file', () => {
    expect(built.manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'en-us',
      additionalLanguages: [{ languageTag: 'fr-ca', file: 'fr-ca.json' }],
    });
    // Every localizable string is translated (not left in English).
    for (const key of localizableKeys(built.manifest)) expect(fr, key).toHaveProperty([key]);
    expect(fr['name.short']).toBe('Conseils médias sociaux');
  });

  it('has short names within 30 characters in both languages', () => {
    expect(built.manifest.name.short).toBe('Social Media Guidance');
    for (const short of [built.manifest.name.short, fr['name.short']!]) {
      expect(short.length).toBeGreaterThan(0);
      expect(short.length).toBeLessThanOrEqual(30);
    }
  });

  it('has https developer, privacy and terms URLs', () => {
    const { developer } = built.manifest;
    expect(Object.keys(developer).sort()).toEqual([
      'name',
      'privacyUrl',
      'termsOfUseUrl',
      'websiteUrl',
    ]);
    for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl'])
      expect(new URL(developer[key]!).protocol).toBe('https:');
  });

  it('declares the bot in personal, team and group chat (and Copilot), with a command list per scope', () => {
    const bot = (built.manifest.bots as readonly Record<string, unknown>[])[0]!;
    expect(bot.botId).toBe(BOT_ID);
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat', 'copilot']);
    expect(bot.supportsFiles).toBe(false);
    const lists = bot.commandLists as readonly { scopes: string[]; commands: Commands }[];
    const byScope = Object.fromEntries(
      lists.map((list, i) => [
        list.scopes.join(),
        list.commands.map((c, j) => ({
          en: c.title,
          fr: fr[`bots[0].commandLists[${i}].commands[${j}].title`],
        })),
      ]),
    );
    const pairs = (...titles: string[]) =>
      titles.map((t) => ({ en: t.split('/')[0], fr: t.split('/')[1] }));
    expect(byScope).toEqual({
      // Copilot's prompt starters: the 1:1 chat's commands (copilot-agent.test.ts).
      'personal,copilot': pairs(
        'ask/demander',
        'topics/sujets',
        'scenario/scénario',
        'support/soutien',
        'help/aide',
        'language/langue',
      ),
      team: pairs(
        'quiz/questionnaire',
        'scenario/scénario',
        'schedule/horaire',
        'support/soutien',
        'help/aide',
      ),
      groupChat: pairs('quiz/questionnaire', 'scenario/scénario', 'support/soutien', 'help/aide'),
    });
    for (const list of lists) {
      expect(list.commands.length).toBeLessThanOrEqual(10);
      for (const command of list.commands) expect(command.description).toBeTruthy();
    }
  });

  it('declares the "Search the guidance" message extension, in both languages', () => {
    const extensions = built.manifest.composeExtensions as readonly Record<string, unknown>[];
    expect(extensions).toHaveLength(1);
    expect(extensions[0]).toMatchObject({
      botId: BOT_ID,
      commands: [
        {
          id: 'searchGuidance',
          type: 'query',
          title: 'Search the guidance',
          initialRun: false,
          context: ['compose', 'commandBox'],
          parameters: [{ name: 'query', title: 'Question or keywords' }],
        },
      ],
    });
    expect(fr['composeExtensions[0].commands[0].title']).toBe('Chercher les lignes directrices');
    expect(fr['composeExtensions[0].commands[0].description']).toBeTruthy();
    expect(fr['composeExtensions[0].commands[0].parameters[0].title']).toBe(
      'Question ou mots-clés',
    );
    expect(fr['composeExtensions[0].commands[0].parameters[0].description']).toBeTruthy();
  });

  it('writes appPackage.<env>.zip with the manifest, the French file and both icons', () => {
    expect(built.zipPath).toBe(join(out, 'appPackage.dev.zip'));
    const entries = unzip(readFileSync(built.zipPath));
    expect([...entries.keys()]).toEqual([
      'manifest.json',
      'fr-ca.json',
      'color.png',
      'outline.png',
    ]);
    expect(JSON.parse(entries.get('manifest.json')!.toString('utf8'))).toEqual(built.manifest);
    expect(JSON.parse(entries.get('fr-ca.json')!.toString('utf8'))).toEqual(fr);
    for (const icon of ['color.png', 'outline.png'])
      expect(entries.get(icon)!.equals(readFileSync(join(MANIFEST_DIR, icon)))).toBe(true);
    expect(JSON.parse(readFileSync(built.resolvedManifestPath, 'utf8'))).toEqual(built.manifest);
  });
});

describe('icons', () => {
  const png = (file: string) => PNG.sync.read(readFileSync(join(MANIFEST_DIR, file)));

  it('color.png is 192×192 and opaque', () => {
    const color = png('color.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    for (let at = 3; at < color.data.length; at += 4) expect(color.data[at]).toBe(255);
  });

  it('outline.png is 32×32, white on a fully transparent background', () => {
    const outline = png('outline.png');
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let white = 0;
    let transparent = 0;
    for (let at = 0; at < outline.data.length; at += 4) {
      const [r, g, b, a] = outline.data.subarray(at, at + 4);
      if (a === 0) transparent++;
      else {
        expect([r, g, b]).toEqual([255, 255, 255]);
        white++;
      }
    }
    expect(white).toBeGreaterThan(50);
    expect(transparent).toBeGreaterThan(500);
    // The corners (background) are fully transparent.
    for (const at of [0, 31, 32 * 31, 32 * 32 - 1]) expect(outline.data[at * 4 + 3]).toBe(0);
  });

  it('pass the package check', () => {
    expect(iconProblems(MANIFEST_DIR, { color: 'color.png', outline: 'outline.png' })).toEqual([]);
  });
});

describe('scripts/package.ts', () => {
  it('fails listing every unset placeholder (e.g. local before provisioning)', async () => {
    const vars = { ...readEnv('local'), BOT_ID: '', TEAMS_APP_ID: '', BOT_DOMAIN: undefined };
    const error = await buildAppPackage({
      env: 'local',
      vars,
      outDir: join(tmpdir(), 'never'),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackageError);
    const problems = (error as PackageError).problems.join('\n');
    for (const name of ['BOT_ID', 'TEAMS_APP_ID', 'BOT_DOMAIN'])
      expect(problems).toContain(`\${{${name}}}`);
    expect(problems).toContain('atk provision --env local');
    expect(existsSync(join(tmpdir(), 'never'))).toBe(false);
  });

  it('fails on schema errors and on non-https URLs', async () => {
    const vars = {
      ...testVars('dev'),
      BOT_ID: 'not-a-guid',
      DEVELOPER_PRIVACY_URL: 'http://example.org',
    };
    const error = (await buildAppPackage({
      env: 'dev',
      vars,
      outDir: join(tmpdir(), 'never'),
    }).catch((e: unknown) => e)) as PackageError;
    expect(error.problems.some((p) => p.includes('/bots/0/botId'))).toBe(true);
    expect(
      error.problems.some((p) => p.includes('developer.privacyUrl must be an https URL')),
    ).toBe(true);
  });

  it('resolves placeholders as JSON string content, like the Toolkit', () => {
    expect(placeholderNames('"${{A}}-${{ B }}-${{A}}"')).toEqual(['A', 'B']);
    expect(resolvePlaceholders('{"x": "${{A}} ${{ B }}"}', { A: 'a"b', B: 'c' })).toEqual({
      text: '{"x": "a\\"b c"}',
      missing: [],
    });
    expect(resolvePlaceholders('"${{A}}${{B}}"', { A: '  ' }).missing).toEqual(['A', 'B']);
  });

  it('reads env files like dotenv', () => {
    expect(
      parseEnvFile('# c\nA=1\nB = two words # note\nC="x # y"\nexport D=\'q\'\nE=\n\nF=a=b\n'),
    ).toEqual({ A: '1', B: 'two words', C: 'x # y', D: 'q', E: '', F: 'a=b' });
  });

  it('makes schema patterns valid Unicode regular expressions without changing them', () => {
    const pattern = '^activities.activityTypes\\[\\b([0-9]|1[01][0-9])\\b]\\.description$';
    expect(() => new RegExp(pattern, 'u')).toThrow();
    const fixed = new RegExp(escapeLoneBrackets(pattern), 'u');
    expect(fixed.test('activities.activityTypes[7].description')).toBe(true);
    expect(fixed.test('activities.activityTypes[7.description')).toBe(false);
    expect(escapeLoneBrackets('^[a-z\\]]+$')).toBe('^[a-z\\]]+$');
  });

  it('writes the same zip for the same entries', () => {
    const entries = [
      { name: 'a.json', data: Buffer.from('{"a": 1}\n'.repeat(50)) },
      { name: 'b.bin', data: Buffer.from([1, 2, 3]) },
    ];
    const archive = zip(entries);
    expect(archive.equals(zip(entries))).toBe(true);
    expect(unzip(archive)).toEqual(new Map(entries.map((e) => [e.name, e.data])));
    expect(() => zip([entries[1]!, entries[1]!])).toThrow(/duplicate/);
  });
});

describe('Agents Toolkit project files', () => {
  const envDir = join(ROOT, 'env');
  const envFiles = readdirSync(envDir).filter((f) => /^\.env\.[A-Za-z0-9_-]+$/.test(f));
  const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');

  it('has local, dev and playground environments, with no secrets in them', () => {
    expect(envFiles).toEqual(expect.arrayContaining(['.env.dev', '.env.local', '.env.playground']));
    for (const file of envFiles) {
      const vars = parseEnvFile(readFileSync(join(envDir, file), 'utf8'));
      for (const [key, value] of Object.entries(vars))
        if (/PASSWORD|SECRET|KEY|CONNECTION_STRING/i.test(key))
          expect(value, `${file} ${key}`).toBe('');
      expect(vars.TEAMSFX_ENV).toBe(file.slice('.env.'.length));
    }
  });

  it('git-ignores the *.user files, where the Toolkit writes secrets', () => {
    const ignored = text('.gitignore')
      .split(/\r?\n/)
      .map((line) => line.trim());
    expect(ignored.some((line) => ['env/.env.*.user', 'env/*.user', '*.user'].includes(line))).toBe(
      true,
    );
  });

  it('defines every placeholder of the manifest in env/.env.local and env/.env.dev', () => {
    const names = ['manifest.json', 'fr-ca.json'].flatMap((f) =>
      placeholderNames(readFileSync(join(MANIFEST_DIR, f), 'utf8')),
    );
    expect(names.sort()).toEqual([
      'BOT_DOMAIN',
      'BOT_ID',
      'DEVELOPER_NAME',
      'DEVELOPER_PRIVACY_URL',
      'DEVELOPER_TERMS_URL',
      'DEVELOPER_WEBSITE_URL',
      'TEAMS_APP_ID',
    ]);
    for (const env of ['local', 'dev']) {
      const vars = readEnv(env);
      for (const name of names) expect(vars, `${name} in env/.env.${env}`).toHaveProperty([name]);
      // The developer block has working defaults; the ids and the domain come from provisioning.
      expect(resolvePlaceholders(text('manifest/manifest.json'), vars).missing.sort()).toEqual([
        'BOT_DOMAIN',
        'BOT_ID',
        'TEAMS_APP_ID',
      ]);
    }
  });

  it('resolves with the local environment too', async () => {
    const out = mkdtempSync(join(tmpdir(), 'smg-package-'));
    try {
      const built = await buildAppPackage({ env: 'local', vars: testVars('local'), outDir: out });
      expect(existsSync(join(out, 'appPackage.local.zip'))).toBe(true);
      expect(built.manifest.name.short.length).toBeLessThanOrEqual(30);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('points the Toolkit at ./env and ./manifest/manifest.json', () => {
    for (const file of ['m365agents.yml', 'm365agents.local.yml', 'm365agents.playground.yml']) {
      const yml = text(file);
      expect(yml, file).toMatch(
        /^# yaml-language-server: \$schema=https:\/\/aka\.ms\/m365-agents-toolkits\/v1\.11\/yaml\.schema\.json$/m,
      );
      expect(yml, file).toMatch(/^version: v1\.11$/m);
      expect(yml, file).toMatch(/^environmentFolderPath: \.\/env$/m);
    }
    for (const file of ['m365agents.yml', 'm365agents.local.yml']) {
      const yml = text(file);
      expect(yml).toMatch(/manifestPath: \.\/manifest\/manifest\.json/);
      expect(yml).toMatch(
        /outputZipPath: \.\/manifest\/build\/appPackage\.\$\{\{TEAMSFX_ENV\}\}\.zip/,
      );
    }
  });

  it('gives the Bicep parameters only values from env/.env.dev, the secret from the .user file', () => {
    const names = placeholderNames(text('infra/azure.parameters.json'));
    const declared = parseEnvFile(text('env/.env.dev'));
    for (const name of names)
      if (name.startsWith('SECRET_')) expect(declared).not.toHaveProperty([name]);
      else expect(declared, name).toHaveProperty([name]);
    expect(names).toContain('SECRET_USER_KEY_SECRET');
    const bicep = text('infra/azure.bicep');
    expect(bicep).toMatch(
      /@secure\(\)\s*\n@minLength\(32\)[^\n]*\n[^\n]*\nparam userKeySecret string/,
    );
    // Production runs Node 24 LTS (supported until 2028-04-30); .ci/run tests on it.
    expect(bicep).toContain("linuxFxVersion: 'NODE|24-lts'");
    expect(text('infra/botRegistration/azurebot.bicep')).toContain("msaAppType: 'UserAssignedMSI'");
  });
});
