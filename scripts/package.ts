// Builds the Teams app package: `npm run package -- --env dev` writes manifest/build/appPackage.dev.zip
// (manifest.json, the localization files, color.png, outline.png) and manifest/build/manifest.dev.json,
// the resolved manifest, for inspection — the same files the Agents Toolkit's teamsApp/zipAppPackage
// writes (m365agents*.yml).
//
// Like the Toolkit, every ${{NAME}} in manifest/manifest.json and in its localization files is replaced
// with NAME's value from env/.env.<env>, overridden by env/.env.<env>.user when that file exists
// (TEAMSFX_ENV defaults to <env>). Unlike the Toolkit, a placeholder that is unset or empty is an error:
// every one is listed at once. The resolved manifest and localization files are then validated offline
// against the official JSON schemas bundled in @microsoft/app-manifest (for the manifest's own
// manifestVersion), the icons are checked (sizes, outline colours), and every localizable string of the
// manifest must be translated in every localization file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { PNG } from 'pngjs';
import { zip } from './zip.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export class PackageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The app package was not built:\n- ${problems.join('\n- ')}`);
    this.name = 'PackageError';
  }
}

/** The parts of the manifest this script reads. */
export interface ManifestView {
  readonly $schema?: string;
  readonly manifestVersion: string;
  readonly name: { readonly short: string; readonly full?: string };
  readonly developer: Readonly<Record<string, string>>;
  readonly validDomains?: readonly string[];
  readonly copilotAgents?: {
    readonly customEngineAgents?: readonly { readonly disclaimer?: { readonly text: string } }[];
  };
  readonly icons: { readonly color: string; readonly outline: string };
  readonly localizationInfo?: {
    readonly defaultLanguageTag: string;
    readonly defaultLanguageFile?: string;
    readonly additionalLanguages?: readonly {
      readonly languageTag: string;
      readonly file: string;
    }[];
  };
  readonly bots?: readonly {
    readonly commandLists?: readonly {
      readonly commands: readonly { readonly title: string; readonly description?: string }[];
    }[];
  }[];
  readonly composeExtensions?: readonly {
    readonly commands: readonly {
      readonly title: string;
      readonly description?: string;
      readonly parameters?: readonly { readonly title: string; readonly description?: string }[];
    }[];
  }[];
}

export type Localization = Readonly<Record<string, string>>;

// --- env files and placeholders ---

/** dotenv syntax, as the Toolkit reads it: KEY=value, # comments, optional quotes. */
export function parseEnvFile(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, key, rest] = match as unknown as [string, string, string];
    const quoted = /^(["'`])(.*)\1\s*(?:#.*)?$/.exec(rest);
    if (quoted) {
      const body = quoted[2]!;
      vars[key] = quoted[1] === '"' ? body.replace(/\\n/g, '\n').replace(/\\r/g, '\r') : body;
    } else {
      vars[key] = rest.replace(/\s+#.*$/, '').trim();
    }
  }
  return vars;
}

const envFile = (root: string, env: string) => join(root, 'env', `.env.${env}`);

/** env/.env.<env>, then env/.env.<env>.user over it. */
export function readEnv(env: string, root = ROOT): Record<string, string> {
  if (!/^[A-Za-z0-9_-]+$/.test(env))
    throw new PackageError([`"${env}" is not an environment name`]);
  const file = envFile(root, env);
  if (!existsSync(file)) throw new PackageError([`env/.env.${env} does not exist`]);
  const vars = parseEnvFile(readFileSync(file, 'utf8'));
  if (existsSync(`${file}.user`))
    Object.assign(vars, parseEnvFile(readFileSync(`${file}.user`, 'utf8')));
  vars.TEAMSFX_ENV ||= env;
  return vars;
}

/** The Toolkit's placeholder syntax, ${{NAME}} (spaces allowed inside the braces). */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The names of the placeholders in `text`, each once, in order of appearance. */
export function placeholderNames(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/**
 * Replaces every placeholder of a JSON text with its value, escaped for a JSON string. `missing` lists
 * the placeholders that are unset or empty (left in place).
 */
export function resolvePlaceholders(
  jsonText: string,
  vars: Readonly<Record<string, string | undefined>>,
): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const text = jsonText.replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars[name]?.trim();
    if (!value) {
      missing.add(name);
      return whole;
    }
    return JSON.stringify(value).slice(1, -1);
  });
  return { text, missing: [...missing] };
}

// --- checks ---

const require = createRequire(import.meta.url);

/** The version of @microsoft/app-manifest whose bundled schemas are used. */
export const APP_MANIFEST_VERSION = (
  JSON.parse(readFileSync(require.resolve('@microsoft/app-manifest/package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** A schema file bundled in @microsoft/app-manifest (build/json-schemas/teams/v<version>/). */
export function bundledSchemaPath(manifestVersion: string, kind: 'manifest' | 'localization') {
  const file =
    kind === 'manifest' ? 'MicrosoftTeams.schema.json' : 'MicrosoftTeams.Localization.schema.json';
  return join(
    dirname(require.resolve('@microsoft/app-manifest')),
    'json-schemas',
    'teams',
    `v${manifestVersion}`,
    file,
  );
}

type Validate = typeof AppManifestUtils.validateAgainstSchema;

/**
 * `pattern` with each `]` outside a character class escaped. Ajv compiles patterns as Unicode regular
 * expressions, where a lone `]` is a syntax error; without the `u` flag it matches itself, which is what
 * the schema's authors meant (the v1.30 localization schema has two: `activities.activityTypes[…\b]`).
 * What the pattern matches does not change.
 */
export function escapeLoneBrackets(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i++;
    } else if (c === '[' && !inClass) {
      inClass = true;
      out += c;
    } else if (c === ']') {
      out += inClass ? c : '\\]';
      inClass = false;
    } else out += c;
  }
  return out;
}

/** The schema with its `pattern`s and `patternProperties` keys made valid Unicode regular expressions. */
function unicodePatterns(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(unicodePatterns);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node as Record<string, unknown>).map(([key, value]) => {
      if (key === 'pattern' && typeof value === 'string') return [key, escapeLoneBrackets(value)];
      if (key === 'patternProperties' && value !== null && typeof value === 'object')
        return [
          key,
          Object.fromEntries(
            Object.entries(value).map(([p, v]) => [escapeLoneBrackets(p), unicodePatterns(v)]),
          ),
        ];
      return [key, unicodePatterns(value)];
    }),
  );
}

/** Schema errors ("<path> <message>") of `doc` against a bundled schema; [] when valid. Offline. */
export async function schemaErrors(
  doc: unknown,
  manifestVersion: string,
  kind: 'manifest' | 'localization',
): Promise<string[]> {
  const path = bundledSchemaPath(manifestVersion, kind);
  if (!existsSync(path))
    return [
      `manifestVersion ${manifestVersion}: @microsoft/app-manifest ${APP_MANIFEST_VERSION} has no bundled ${kind} schema for it`,
    ];
  const schema = unicodePatterns(JSON.parse(readFileSync(path, 'utf8'))) as Parameters<Validate>[1];
  return AppManifestUtils.validateAgainstSchema(doc as Parameters<Validate>[0], schema);
}

/** Problems with the icons: sizes (192×192 colour, 32×32 outline) and the outline's colours. */
export function iconProblems(dir: string, icons: ManifestView['icons']): string[] {
  const problems: string[] = [];
  const read = (file: string, what: string): PNG | undefined => {
    const path = join(dir, file);
    if (!existsSync(path)) return void problems.push(`${what} icon ${file} does not exist`);
    try {
      return PNG.sync.read(readFileSync(path));
    } catch (error) {
      problems.push(`${what} icon ${file} is not a PNG (${(error as Error).message})`);
    }
  };
  const color = read(icons.color, 'colour');
  if (color && (color.width !== 192 || color.height !== 192))
    problems.push(`colour icon ${icons.color} is ${color.width}×${color.height}, not 192×192`);
  const outline = read(icons.outline, 'outline');
  if (outline && (outline.width !== 32 || outline.height !== 32))
    problems.push(`outline icon ${icons.outline} is ${outline.width}×${outline.height}, not 32×32`);
  if (outline) {
    let other = 0;
    let ink = 0;
    for (let at = 0; at < outline.data.length; at += 4) {
      const [r, g, b, a] = outline.data.subarray(at, at + 4);
      if (a === 0) continue;
      if (r === 255 && g === 255 && b === 255) ink++;
      else other++;
    }
    if (other > 0)
      problems.push(
        `outline icon ${icons.outline}: ${other} pixel(s) neither white nor fully transparent`,
      );
    if (ink === 0) problems.push(`outline icon ${icons.outline} is empty`);
  }
  return problems;
}

/** Every localizable string of the manifest (bot commands, message extension), by localization key. */
export function localizableKeys(manifest: ManifestView): string[] {
  const keys = ['name.short', 'name.full', 'description.short', 'description.full'];
  manifest.bots?.[0]?.commandLists?.forEach((list, i) =>
    list.commands.forEach((command, j) => {
      const key = `bots[0].commandLists[${i}].commands[${j}]`;
      keys.push(`${key}.title`);
      if (command.description !== undefined) keys.push(`${key}.description`);
    }),
  );
  manifest.composeExtensions?.[0]?.commands.forEach((command, i) => {
    const key = `composeExtensions[0].commands[${i}]`;
    keys.push(`${key}.title`);
    if (command.description !== undefined) keys.push(`${key}.description`);
    command.parameters?.forEach((parameter, j) => {
      keys.push(`${key}.parameters[${j}].title`);
      if (parameter.description !== undefined) keys.push(`${key}.parameters[${j}].description`);
    });
  });
  manifest.copilotAgents?.customEngineAgents?.forEach((agent, i) => {
    if (agent.disclaimer !== undefined)
      keys.push(`copilotAgents.customEngineAgents[${i}].disclaimer.text`);
  });
  return keys;
}

/** A package file name must stay inside manifest/ (the Toolkit refuses others too). */
const insideDir = (file: string) =>
  !isAbsolute(file) && !normalize(file).startsWith('..') && !file.includes('\\');

// --- the package ---

export interface PackageOptions {
  /** The Toolkit environment: env/.env.<env>[.user], appPackage.<env>.zip. */
  readonly env: string;
  /** Placeholder values; default: read from env/.env.<env> and env/.env.<env>.user. */
  readonly vars?: Readonly<Record<string, string | undefined>>;
  /** The folder of manifest.json and its files; default manifest/. */
  readonly manifestDir?: string;
  /** Where the zip and the resolved manifest go; default manifest/build/. */
  readonly outDir?: string;
}

export interface BuiltPackage {
  readonly zipPath: string;
  readonly resolvedManifestPath: string;
  readonly manifest: ManifestView & Record<string, unknown>;
  /** Resolved localization files, by file name. */
  readonly localizations: Readonly<Record<string, Localization>>;
  readonly entries: readonly string[];
}

export async function buildAppPackage(options: PackageOptions): Promise<BuiltPackage> {
  const { env } = options;
  const manifestDir = options.manifestDir ?? join(ROOT, 'manifest');
  const outDir = options.outDir ?? join(manifestDir, 'build');
  const vars = options.vars ?? readEnv(env);
  const problems: string[] = [];
  const missing = new Set<string>();

  const load = (file: string) => {
    const { text, missing: unset } = resolvePlaceholders(
      readFileSync(join(manifestDir, file), 'utf8'),
      vars,
    );
    unset.forEach((name) => missing.add(name));
    return JSON.parse(text) as unknown;
  };
  const manifest = load('manifest.json') as BuiltPackage['manifest'];
  const languageFiles = [
    ...(manifest.localizationInfo?.defaultLanguageFile
      ? [manifest.localizationInfo.defaultLanguageFile]
      : []),
    ...(manifest.localizationInfo?.additionalLanguages ?? []).map((language) => language.file),
  ].filter((file, i, all) => all.indexOf(file) === i);
  const localizations: Record<string, Localization> = {};
  for (const file of languageFiles) {
    if (!insideDir(file) || !existsSync(join(manifestDir, file)))
      problems.push(`localization file ${file} is not a file in the manifest folder`);
    else localizations[file] = load(file) as Localization;
  }

  const source = options.vars ? 'the given values' : `env/.env.${env} or env/.env.${env}.user`;
  for (const name of missing) {
    const hint = ['BOT_ID', 'TEAMS_APP_ID', 'BOT_DOMAIN'].includes(name)
      ? ` (written by \`atk provision --env ${env}\`; or set it by hand)`
      : '';
    problems.push(`\${{${name}}} is not set (or empty) in ${source}${hint}`);
  }
  if (problems.length > 0) throw new PackageError(problems);

  const version = manifest.manifestVersion;
  if (manifest.$schema && !manifest.$schema.includes(`/v${version}/`))
    problems.push(`$schema ${manifest.$schema} is not the schema of manifestVersion ${version}`);
  for (const error of await schemaErrors(manifest, version, 'manifest'))
    problems.push(`manifest.json: ${error}`);
  const wanted = localizableKeys(manifest);
  for (const [file, localization] of Object.entries(localizations)) {
    for (const error of await schemaErrors(localization, version, 'localization'))
      problems.push(`${file}: ${error}`);
    const untranslated = wanted.filter((key) => !(key in localization));
    if (untranslated.length > 0)
      problems.push(`${file} does not translate ${untranslated.join(', ')}`);
  }
  for (const [key, url] of Object.entries(manifest.developer))
    if (key.endsWith('Url') && !/^https:\/\/[^/\s]+/.test(url))
      problems.push(`developer.${key} must be an https URL (got "${url}")`);
  for (const domain of manifest.validDomains ?? [])
    if (!/^(\*\.)?[A-Za-z0-9.-]+(:\d+)?$/.test(domain))
      problems.push(`validDomains: "${domain}" must be a host name, without scheme or path`);
  for (const file of [manifest.icons.color, manifest.icons.outline])
    if (!insideDir(file)) problems.push(`icon ${file} is not a file in the manifest folder`);
  if (problems.length === 0) problems.push(...iconProblems(manifestDir, manifest.icons));
  if (problems.length > 0) throw new PackageError(problems);

  const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
  const entries = [
    { name: 'manifest.json', data: json(manifest) },
    ...Object.entries(localizations).map(([file, localization]) => ({
      name: file,
      data: json(localization),
    })),
    ...[manifest.icons.color, manifest.icons.outline].map((file) => ({
      name: file,
      data: readFileSync(join(manifestDir, file)),
    })),
  ];
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `appPackage.${env}.zip`);
  const resolvedManifestPath = join(outDir, `manifest.${env}.json`);
  writeFileSync(zipPath, zip(entries));
  writeFileSync(resolvedManifestPath, json(manifest));
  return {
    zipPath,
    resolvedManifestPath,
    manifest,
    localizations,
    entries: entries.map((e) => e.name),
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { env: { type: 'string', short: 'e' } } });
  if (!values.env) {
    console.error('Usage: npm run package -- --env <local|dev|…>   (reads env/.env.<env>)');
    return 2;
  }
  try {
    const built = await buildAppPackage({ env: values.env });
    console.log(
      `Wrote ${built.zipPath} (${built.entries.join(', ')}) and ${built.resolvedManifestPath}; ` +
        `validated against the manifest ${built.manifest.manifestVersion} schemas of @microsoft/app-manifest ${APP_MANIFEST_VERSION}.`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    console.error(error.message);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
