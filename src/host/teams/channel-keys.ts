// The channel's token-signing keys, read from the same OpenID metadata document botbuilder uses
// (ToBotFromChannelOpenIdMetadataUrl), so the token guard can check a signature before botbuilder
// sees the token. Node's crypto only: jose is a dev dependency, and botbuilder's own key cache
// (JwtTokenExtractor) is not exported.
import { createPublicKey, type KeyObject } from 'node:crypto';
import type { BotFrameworkSettings } from '../../config/bot-settings.js';

/** botframework-connector's AuthenticationConstants / GovernmentConstants (checked by a test). */
export const PUBLIC_CHANNEL_METADATA_URL =
  'https://login.botframework.com/v1/.well-known/openidconfiguration';
export const GOV_CHANNEL_METADATA_URL =
  'https://login.botframework.azure.us/v1/.well-known/openidconfiguration';
export const GOV_CHANNEL_SERVICE = 'https://botframework.azure.us';

/** The metadata URL botbuilder's ConfigurationBotFrameworkAuthentication resolves for these settings. */
export const channelMetadataUrl = (settings: BotFrameworkSettings): string =>
  settings.ToBotFromChannelOpenIdMetadataUrl ??
  settings.BotOpenIdMetadata ??
  (settings.ChannelService === GOV_CHANNEL_SERVICE
    ? GOV_CHANNEL_METADATA_URL
    : PUBLIC_CHANNEL_METADATA_URL);

/** The keys could not be fetched: our outage (503), not the caller's fault. */
export class KeysUnavailableError extends Error {
  override readonly name = 'KeysUnavailableError';
}

export interface ChannelKeys {
  /** The RSA key published under `kid`, or undefined; KeysUnavailableError when none can be had. */
  get(kid: string): Promise<KeyObject | undefined>;
}

export interface ChannelKeysOptions {
  readonly now?: () => number;
  /** Re-read the keys this often (botbuilder: 24 hours). */
  readonly refreshMs?: number;
  /**
   * An unknown kid triggers a re-read at most this often, however many tokens carry unknown kids
   * (botbuilder: once an hour). Key rotation is announced days ahead, so this is plenty.
   */
  readonly unknownKidCooldownMs?: number;
  /** After a failed read, wait this long before trying again (the outage answers 503 meanwhile). */
  readonly failureCooldownMs?: number;
  readonly timeoutMs?: number;
}

const MAX_DOCUMENT_CHARS = 512 * 1024;
const MAX_KEYS = 64;

async function getJson(url: string, timeoutMs: number): Promise<Record<string, unknown>> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  const text = await res.text();
  if (!res.ok) throw new KeysUnavailableError(`HTTP ${res.status} from the key endpoint`);
  if (text.length > MAX_DOCUMENT_CHARS) throw new KeysUnavailableError('key document too large');
  const json: unknown = JSON.parse(text);
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new KeysUnavailableError('key document is not a JSON object');
  return json as Record<string, unknown>;
}

/** The usable RSA keys of a JWKS, by kid. */
function rsaKeys(jwks: Record<string, unknown>): Map<string, KeyObject> {
  const keys = new Map<string, KeyObject>();
  const list = Array.isArray(jwks.keys) ? (jwks.keys as unknown[]).slice(0, MAX_KEYS) : [];
  for (const jwk of list) {
    const { kty, kid, n, e } = (jwk ?? {}) as Record<string, unknown>;
    if (kty !== 'RSA' || typeof kid !== 'string' || typeof n !== 'string' || typeof e !== 'string')
      continue;
    try {
      keys.set(kid, createPublicKey({ key: { kty, n, e }, format: 'jwk' }));
    } catch {
      // a malformed key is skipped, as botbuilder skips non-RSA ones
    }
  }
  return keys;
}

/**
 * One cache per metadata URL. Memory is bounded by the JWKS itself (MAX_KEYS): tokens never add
 * anything, and unknown kids cost at most one re-read per cooldown, shared by concurrent requests.
 */
export function createChannelKeys(
  metadataUrl: string,
  options: ChannelKeysOptions = {},
): ChannelKeys {
  const now = options.now ?? Date.now;
  const refreshMs = options.refreshMs ?? 24 * 60 * 60_000;
  const unknownKidCooldownMs = options.unknownKidCooldownMs ?? 5 * 60_000;
  const failureCooldownMs = options.failureCooldownMs ?? 10_000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  let keys: Map<string, KeyObject> | undefined;
  let fetchedAt = 0;
  let lastAttempt = Number.NEGATIVE_INFINITY;
  let lastError: Error | undefined;
  let inflight: Promise<void> | undefined;

  async function load(): Promise<void> {
    lastAttempt = now();
    try {
      const metadata = await getJson(metadataUrl, timeoutMs);
      const jwksUri = metadata.jwks_uri;
      if (typeof jwksUri !== 'string' || !URL.canParse(jwksUri))
        throw new KeysUnavailableError('OpenID metadata without a jwks_uri');
      const found = rsaKeys(await getJson(jwksUri, timeoutMs));
      if (found.size === 0) throw new KeysUnavailableError('no usable signing key published');
      keys = found;
      fetchedAt = now();
      lastError = undefined;
    } catch (error) {
      lastError =
        error instanceof KeysUnavailableError
          ? error
          : new KeysUnavailableError(error instanceof Error ? error.name : 'fetch failed');
      throw lastError;
    }
  }

  /**
   * Reads the keys when due: never read, stale, or (unknownKid) a kid they lack. Concurrent callers
   * share one read. After a failure, reads wait failureCooldownMs; re-reads for unknown kids wait
   * unknownKidCooldownMs after any read. A failed re-read keeps the previous keys.
   */
  async function ensure(unknownKid: boolean): Promise<void> {
    if (!inflight) {
      const t = now();
      const stale = keys === undefined || t - fetchedAt >= refreshMs;
      if (!stale && !unknownKid) return;
      const wait = stale
        ? lastError !== undefined && t - lastAttempt < failureCooldownMs
        : t - lastAttempt < unknownKidCooldownMs;
      if (wait) {
        if (keys === undefined) throw lastError ?? new KeysUnavailableError('keys not loaded');
        return;
      }
      inflight = load().finally(() => (inflight = undefined));
    }
    try {
      await inflight;
    } catch (error) {
      if (keys === undefined) throw error;
    }
  }

  return {
    async get(kid) {
      await ensure(false);
      const key = keys?.get(kid);
      if (key) return key;
      await ensure(true);
      return keys?.get(kid);
    },
  };
}
