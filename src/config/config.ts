// Process configuration, read once from the environment. Pure: no I/O, no defaults hidden elsewhere.
// Every problem is reported at once (ConfigError.problems) so a deployment can be fixed in one go.
// The Bot Framework identity settings and their rules live in src/host/teams/bot-settings.ts.
import { readLimitsSettings, type LimitsSettings } from './limits-settings.js';
import { readPolicySettings, type PolicySettings } from './policy-settings.js';
import { readStorageSettings, type StorageSettings } from './storage-settings.js';
import { wholeNumber } from './env.js';
import {
  envValue,
  readBotFrameworkSettings,
  redactBotFrameworkSettings,
  type AppType,
  type BotFrameworkSettings,
} from './bot-settings.js';

export {
  APP_TYPES,
  PASS_THROUGH_KEYS,
  type AppType,
  type BotFrameworkSettings,
} from './bot-settings.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** The Bot Framework SDK the host runs on (README, "Choosing the host"): botbuilder by default. */
export const BOT_HOSTS = ['botbuilder', 'agents'] as const;
export type BotHost = (typeof BOT_HOSTS)[number];

function readBotHost(raw: string | undefined, problems: string[]): BotHost {
  const host = raw?.toLowerCase() ?? 'botbuilder';
  if ((BOT_HOSTS as readonly string[]).includes(host)) return host as BotHost;
  problems.push(`BOT_HOST must be one of ${BOT_HOSTS.join(', ')} (got "${raw}")`);
  return 'botbuilder';
}

export interface Config extends StorageSettings, PolicySettings, LimitsSettings {
  readonly port: number;
  readonly host: string;
  readonly nodeEnv: string;
  readonly logLevel: string;
  /** BOT_HOST: which SDK runs the turns (src/host/select.ts). */
  readonly botHost: BotHost;
  readonly dataDir: string;
  /** A profile file path or a built-in profile name ("justice"); undefined when not configured. */
  readonly supportProfile: string | undefined;
  /**
   * How often the profile a content owner stored (organization/profile-source.ts) is read again, in
   * minutes; 0: only at start and on SIGHUP.
   */
  readonly profileReloadMinutes: number;
  /** No app id (and not production): inbound requests are not authenticated. */
  readonly localMode: boolean;
  readonly appId: string | undefined;
  readonly appType: AppType;
  readonly tenantId: string | undefined;
  /** For ConfigurationBotFrameworkAuthentication: MicrosoftAppId, MicrosoftAppPassword, … */
  readonly botFramework: BotFrameworkSettings;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n- ${problems.join('\n- ')}`);
    this.name = 'ConfigError';
  }
}

function readPort(raw: string | undefined, problems: string[]): number {
  if (raw === undefined) return 3978;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535)
    problems.push(`PORT must be an integer from 0 to 65535 (got "${raw}")`);
  return Number(raw);
}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const problems: string[] = [];
  const nodeEnv = envValue(env, 'NODE_ENV') ?? 'development';
  const logLevel = envValue(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info';
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${env.LOG_LEVEL}")`);
  const port = readPort(envValue(env, 'PORT'), problems);
  const botHost = readBotHost(envValue(env, 'BOT_HOST'), problems);
  const { appType, settings } = readBotFrameworkSettings(env, nodeEnv === 'production', problems);
  const stored = readStorageSettings(env, nodeEnv === 'production', problems);
  const policy = readPolicySettings(env, problems);
  const limits = readLimitsSettings(env, problems);
  const profileReloadMinutes = wholeNumber(env, 'PROFILE_RELOAD_MINUTES', 5, [0, 1440], problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    port,
    // Local mode answers without authentication: only this machine may reach it unless HOST says.
    host:
      envValue(env, 'HOST') ?? (settings.MicrosoftAppId === undefined ? '127.0.0.1' : '0.0.0.0'),
    nodeEnv,
    logLevel,
    botHost,
    dataDir: envValue(env, 'DATA_DIR') ?? './.local/data',
    supportProfile: envValue(env, 'SUPPORT_PROFILE'),
    profileReloadMinutes,
    localMode: settings.MicrosoftAppId === undefined,
    appId: settings.MicrosoftAppId,
    appType,
    tenantId: settings.MicrosoftAppTenantId,
    botFramework: settings,
    ...stored,
    ...policy,
    ...limits,
  });
}

/** A secret-free view of the configuration (secrets → "[set]"/"[not set]"), for one startup log line. */
export function summarizeConfig(config: Config): Record<string, unknown> {
  const { port, host, nodeEnv, logLevel, dataDir, supportProfile, localMode, storage, scheduler } =
    config;
  return {
    port,
    host,
    nodeEnv,
    logLevel,
    botHost: config.botHost,
    dataDir,
    supportProfile: supportProfile ?? '[not set]',
    profileReloadMinutes: config.profileReloadMinutes,
    storage,
    scheduler,
    userKeySecret: config.userKeySecret ? '[set]' : '[not set]',
    blob:
      config.storage === 'blob'
        ? { ...config.blob, connectionString: config.blob.connectionString ? '[set]' : '[not set]' }
        : undefined,
    allowedTenants: config.allowedTenants.length ? config.allowedTenants : 'any',
    retentionDays: config.retentionDays,
    keepUnmatchedQuestions: config.keepUnmatchedQuestions,
    limits: {
      bodyTimeoutMs: config.bodyTimeoutMs,
      turnTimeoutMs: config.turnTimeoutMs,
      maxConnectionsPerAddress: config.maxConnectionsPerAddress,
    },
    mode: localMode ? 'local (authentication OFF)' : 'authenticated',
    botFramework: redactBotFrameworkSettings(config.botFramework),
  };
}

export { STORAGE_KINDS, type StorageKind } from './storage-settings.js';
