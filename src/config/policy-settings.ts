// Who may talk to the bot, where it may send, and what it keeps.
import { envValue, listValue, onOff } from './env.js';

export interface PolicySettings {
  /** Entra tenant ids allowed to use the bot; empty = any tenant. */
  readonly allowedTenants: readonly string[];
  /** Extra serviceUrl host names the bot may send to, beyond Teams' Bot Connector hosts. */
  readonly extraServiceUrlHosts: readonly string[];
  /** Days quiz answers are kept. */
  readonly retentionDays: number;
  /** Keep the text of questions nothing matched (without any identity), for content owners. */
  readonly keepUnmatchedQuestions: boolean;
  /** Authenticated mode: the Bot Framework channels served (channelId); Teams only by default. */
  readonly allowedChannels: readonly string[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readPolicySettings(env: NodeJS.ProcessEnv, problems: string[]): PolicySettings {
  const allowedTenants = listValue(env, 'ALLOWED_TENANTS').map((t) => t.toLowerCase());
  for (const t of allowedTenants)
    if (!GUID.test(t)) problems.push(`ALLOWED_TENANTS: "${t}" is not a tenant id (GUID)`);
  const extraServiceUrlHosts = listValue(env, 'ALLOWED_SERVICE_URL_HOSTS').map((h) =>
    h.toLowerCase(),
  );
  const rawDays = envValue(env, 'RETENTION_DAYS');
  const retentionDays = rawDays === undefined ? 30 : Number(rawDays);
  if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 3650)
    problems.push(
      `RETENTION_DAYS must be a whole number of days from 1 to 3650 (got "${rawDays}")`,
    );
  const keepUnmatchedQuestions = onOff(env, 'KEEP_UNMATCHED_QUESTIONS', false, problems);
  const channels = listValue(env, 'ALLOWED_CHANNELS').map((c) => c.toLowerCase());
  for (const c of channels)
    if (!/^[a-z0-9-]{1,40}$/.test(c)) problems.push(`ALLOWED_CHANNELS: "${c}" is not a channel id`);
  const allowedChannels = channels.length > 0 ? channels : ['msteams'];
  return {
    allowedTenants,
    extraServiceUrlHosts,
    retentionDays,
    keepUnmatchedQuestions,
    allowedChannels,
  };
}
