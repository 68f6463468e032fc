// The Bot Framework settings, read from the environment under botbuilder's standard names and the
// Microsoft 365 Agents Toolkit aliases, and checked against botbuilder's rules. Pure: no botbuilder
// import (src/config/config.ts uses this), no I/O.

export const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
export type AppType = (typeof APP_TYPES)[number];

/** The bot identity and auth settings under botbuilder's standard names. */
export type BotFrameworkSettings = Readonly<Record<string, string>>;

const words = (list: string): readonly string[] => list.trim().split(/\s+/);
const URL_KEYS = words(`ToBotFromChannelOpenIdMetadataUrl ToBotFromEmulatorOpenIdMetadataUrl
  ToChannelFromBotLoginUrl OAuthUrl OAuthApiEndpoint BotOpenIdMetadata`);
/** Setting any of these makes botbuilder drop all its public-cloud defaults… */
const PARAMETERIZED = [
  ...URL_KEYS,
  ...words('ToChannelFromBotOAuthScope ToBotFromChannelTokenIssuer CallerId'),
];
/** …and then it needs these (a second name is botbuilder's fallback name). */
const PARAMETERIZED_NEEDS = [
  ...words('ToChannelFromBotLoginUrl ToChannelFromBotOAuthScope ToBotFromChannelTokenIssuer').map(
    (k) => [k],
  ),
  ['ToBotFromChannelOpenIdMetadataUrl', 'BotOpenIdMetadata'],
];
/** Other botbuilder settings, passed to ConfigurationBotFrameworkAuthentication as-is when present. */
export const PASS_THROUGH_KEYS = [
  ...PARAMETERIZED,
  ...words('ValidateAuthority ChannelService CertificateThumbprint CertificatePrivateKey'),
];
const SECRET_KEYS = words('MicrosoftAppPassword CertificatePrivateKey');
/** botbuilder name → Agents Toolkit name. */
const ALIASES = {
  MicrosoftAppId: 'BOT_ID',
  MicrosoftAppPassword: 'BOT_PASSWORD',
  MicrosoftAppTenantId: 'BOT_TENANT_ID',
};

/** An environment value, trimmed; empty counts as unset. */
export const envValue = (env: NodeJS.ProcessEnv, key: string) => env[key]?.trim() || undefined;

/** A setting under its botbuilder name or its Agents Toolkit alias; reports conflicting values. */
function aliased(env: NodeJS.ProcessEnv, name: string, alias: string, problems: string[]) {
  const [a, b] = [envValue(env, name), envValue(env, alias)];
  if (a !== undefined && b !== undefined && a !== b)
    problems.push(`${name} and ${alias} are both set, to different values: set only one`);
  return a ?? b;
}

function readAppType(raw: string | undefined, problems: string[]): AppType {
  const found = APP_TYPES.find((t) => t.toLowerCase() === (raw ?? 'MultiTenant').toLowerCase());
  if (!found)
    problems.push(
      `MicrosoftAppType (BOT_TYPE) must be one of ${APP_TYPES.join(', ')} (got "${raw}")`,
    );
  return found ?? 'MultiTenant';
}

function checkIdentity(
  s: Record<string, string>,
  type: AppType,
  production: boolean,
  problems: string[],
) {
  const { MicrosoftAppId: id, MicrosoftAppPassword: password, MicrosoftAppTenantId: tenant } = s;
  const [thumbprint, privateKey] = [s.CertificateThumbprint, s.CertificatePrivateKey];
  if ((thumbprint === undefined) !== (privateKey === undefined))
    problems.push('CertificateThumbprint and CertificatePrivateKey must be set together');
  const secret = password ?? privateKey;
  const need = (ok: unknown, what: string) =>
    void (ok || problems.push(`${type} requires ${what}`));
  if (type !== 'MultiTenant') need(id, 'MicrosoftAppId (or BOT_ID)');
  if (type !== 'MultiTenant') need(tenant, 'MicrosoftAppTenantId (or BOT_TENANT_ID)');
  if (type === 'SingleTenant')
    need(secret, 'MicrosoftAppPassword (or BOT_PASSWORD) or a certificate');
  if (type === 'UserAssignedMSI' && password)
    problems.push('UserAssignedMSI must not have MicrosoftAppPassword (BOT_PASSWORD) set');
  if (type === 'MultiTenant' && id && !secret)
    need(false, 'MicrosoftAppPassword (or BOT_PASSWORD) when MicrosoftAppId is set');
  if (!id && password)
    problems.push('MicrosoftAppPassword (BOT_PASSWORD) is set but MicrosoftAppId (BOT_ID) is not');
  if (!id && production)
    problems.push(
      'NODE_ENV is "production" but MicrosoftAppId (BOT_ID) is not set: botbuilder would then accept ' +
        'unauthenticated requests from anyone. Set the bot identity (local mode is for development only).',
    );
}

function checkPassThrough(s: Record<string, string>, problems: string[]) {
  const custom = PARAMETERIZED.filter((key) => s[key] !== undefined);
  for (const keys of s.MicrosoftAppId && custom.length > 0 ? PARAMETERIZED_NEEDS : []) {
    if (keys.every((key) => s[key] === undefined))
      problems.push(
        `${keys[0]} must be set: ${custom.join(', ')} replace(s) all of botbuilder's cloud defaults`,
      );
  }
  for (const key of URL_KEYS.filter((k) => s[k] !== undefined && !URL.canParse(s[k])))
    problems.push(`${key} must be a URL (got "${s[key]}")`);
  if (s.ValidateAuthority !== undefined && !/^(true|false)$/i.test(s.ValidateAuthority))
    problems.push(`ValidateAuthority must be true or false (got "${s.ValidateAuthority}")`);
}

/** The settings and app type; every problem is pushed onto `problems`. */
export function readBotFrameworkSettings(
  env: NodeJS.ProcessEnv,
  production: boolean,
  problems: string[],
) {
  const appType = readAppType(aliased(env, 'MicrosoftAppType', 'BOT_TYPE', problems), problems);
  const settings: Record<string, string> = {};
  for (const [name, alias] of Object.entries(ALIASES)) {
    const v = aliased(env, name, alias, problems);
    if (v !== undefined) settings[name] = v;
  }
  settings.MicrosoftAppType = appType;
  for (const key of PASS_THROUGH_KEYS) {
    const v = envValue(env, key);
    if (v !== undefined) settings[key] = v;
  }
  checkIdentity(settings, appType, production, problems);
  checkPassThrough(settings, problems);
  const frozen: BotFrameworkSettings = Object.freeze(settings);
  return { appType, settings: frozen };
}

/** The settings with secrets replaced by "[set]" (and the password shown as "[not set]" if absent). */
export function redactBotFrameworkSettings(settings: BotFrameworkSettings): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const [key, v] of Object.entries(settings))
    shown[key] = SECRET_KEYS.includes(key) ? '[set]' : v;
  shown.MicrosoftAppPassword ??= '[not set]';
  return shown;
}
