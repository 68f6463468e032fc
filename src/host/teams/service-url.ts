// Where the bot may send. Replies and proactive messages go to an activity's `serviceUrl` with the
// bot's credentials attached, so a forged serviceUrl would make the bot send its token (and the
// conversation) to anyone: only Teams' Bot Connector endpoints, and hosts the deployment adds, are
// allowed. Pure: no botbuilder, no I/O; the proactive sender checks stored references with it too.

/**
 * Teams' Bot Connector hosts, per cloud, as Microsoft's Teams SDK lists them ("Service URL
 * Validation", microsoft.github.io/teams-sdk): one exact host name each, https on the default port.
 * Other sovereign clouds (France "Bleu", EagleX, SCloud…) go in ALLOWED_SERVICE_URL_HOSTS.
 */
export const TEAMS_SERVICE_URL_HOSTS: readonly string[] = [
  'smba.trafficmanager.net', // public cloud, every region (/amer/, /emea/, /apac/, /teams/…)
  'smba.onyx.prod.teams.trafficmanager.net', // public cloud
  'smba.infra.gcc.teams.microsoft.com', // US Government Community Cloud (GCC)
  'smba.infra.gov.teams.microsoft.us', // GCC High
  'smba.infra.dod.teams.microsoft.us', // US Department of Defense
  'frontend.botapi.msg.infra.teams.microsoftonline.cn', // China, operated by 21Vianet
];

export interface ServiceUrlPolicy {
  /** Local mode (no bot identity): loopback connectors (the Agents Playground, tests) are allowed. */
  readonly localMode: boolean;
  /** config.extraServiceUrlHosts: lower-case host names (or host:port), https only. */
  readonly extraHosts: readonly string[];
}

const MAX_URL_LENGTH = 2048;

/** 127.0.0.0/8 (the URL parser has already normalised 0x7f.1, 2130706433…), localhost, [::1]. */
const isLoopback = (hostname: string) =>
  hostname === 'localhost' ||
  hostname === '[::1]' ||
  /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);

/**
 * True when the bot may send to `url`: https to a Teams Bot Connector host (default port) or to one
 * of `extraHosts`; in local mode only, also http or https to a loopback address. Anything else —
 * not a string, unparseable, credentials in the URL, another scheme or host, a trailing-dot host —
 * is refused.
 */
export function isAllowedServiceUrl(url: unknown, policy: ServiceUrlPolicy): boolean {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username !== '' || parsed.password !== '') return false;
  const { protocol, hostname, host, port } = parsed; // the URL parser lower-cases host names
  if (protocol !== 'https:' && protocol !== 'http:') return false;
  if (isLoopback(hostname)) return policy.localMode;
  if (protocol !== 'https:') return false;
  if (port === '' && TEAMS_SERVICE_URL_HOSTS.includes(hostname)) return true;
  return policy.extraHosts.some((extra) => extra === host || (port === '' && extra === hostname));
}
