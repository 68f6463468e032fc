// A cheap check of the Authorization header before botbuilder's authenticateRequest sees it.
//
// Why: since 4.22.3, botframework-connector's EmulatorValidation.isTokenFromEmulator()
// (lib/auth/emulatorValidation.js, lines 79–91; src/auth/emulatorValidation.ts, lines 78–96) reads
// the *unverified* token's `tid` claim and, when no issuer in the list contains it, pushes four
// issuer URLs built from it (sts.windows.net/<tid>/, login.microsoftonline.com/<tid>/v2.0, and the
// two .us ones) onto ToBotFromBotOrEmulatorTokenValidationParameters.issuer — a module-level array
// shared by the whole process. ParameterizedBotFrameworkAuthentication.authenticateRequest reaches
// it for every bearer token that is not a skill token (JwtTokenValidation_authenticateToken,
// lib/auth/parameterizedBotFrameworkAuthentication.js line 217), before any signature check. So
// every forged token with a new tid grows the process for good (four strings, ~550 bytes for a
// GUID, ~4 KB for a 1 KB tid), and each later request scans the whole list (`find(… includes(tid))`)
// and copies it for emulator and skill tokens: memory and CPU both grow with the attack.
//
// The fix, the smallest that holds in every configuration: botbuilder only ever sees a token whose
// RS256 signature verifies against the channel's published keys (the same OpenID metadata
// botbuilder uses, see channel-keys.ts). A forger cannot produce one, so the tids that reach the
// list are those of tokens the Bot Connector itself signed. When ALLOWED_TENANTS is set, a token
// whose tid is not allowed is refused first, without any crypto. Parsing is bounded (8 KB) and
// allocates nothing that outlives the request; the key cache is bounded by the JWKS.
//
// A tid check alone would not do: with no allow-list (any tenant) any tid is "allowed". Freezing
// botbuilder's array would make the push throw, which turns every token carrying a new tid —
// including genuine ones, should the channel ever add a tid — into a failure.
//
// What this refuses that botbuilder would have accepted: Bot Framework Emulator and skill tokens
// (signed by Entra ID, not by the channel). The bot is a Teams bot, not a skill host; use local mode
// (no MicrosoftAppId) with the Emulator or the Agents Playground.
import { verify, type KeyObject } from 'node:crypto';
import type { ChannelKeys } from './channel-keys.js';
import { KeysUnavailableError } from './channel-keys.js';

/** Teams' channel tokens are around 1 KB; anything past this is not one. */
export const MAX_TOKEN_CHARS = 8 * 1024;
const MAX_KID_CHARS = 256;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BEARER = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;

/** Why a token was refused: fixed strings only, so they are safe to log and to count. */
export type TokenRefusal =
  | 'no bearer token'
  | 'token too large'
  | 'not a signed JWT'
  | 'unreadable token header'
  | 'algorithm not RS256'
  | 'no key id'
  | 'unreadable token payload'
  | 'malformed tenant id'
  | 'token tenant not allowed'
  | 'unknown signing key'
  | 'bad signature'
  | 'signing keys unavailable';

export interface ParsedToken {
  readonly signingInput: string;
  readonly signature: Buffer;
  readonly kid: string;
  /** The `tid` claim, lower-cased, when present. */
  readonly tid: string | undefined;
}

export type ParseResult =
  | { readonly ok: true; readonly token: ParsedToken }
  | { readonly ok: false; readonly reason: TokenRefusal };

const refuse = (reason: TokenRefusal) => ({ ok: false, reason }) as const;

/** A base64url JWT part decoded as a JSON object, or undefined (the Agents host reads claims with it). */
export function jsonObject(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * "Bearer" (exactly, as botbuilder requires), then a compact JWS: three base64url parts, a JSON
 * header with alg RS256 and a kid, a JSON object payload, a non-empty signature. A `tid`, when
 * present, must be a GUID.
 */
export function parseBearer(header: unknown): ParseResult {
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return refuse('no bearer token');
  if (header.length > MAX_TOKEN_CHARS + 7) return refuse('token too large');
  const match = BEARER.exec(header);
  if (!match) return refuse('not a signed JWT');
  const [, head = '', body = '', signature = ''] = match;
  const protectedHeader = jsonObject(head);
  if (!protectedHeader) return refuse('unreadable token header');
  if (protectedHeader.alg !== 'RS256') return refuse('algorithm not RS256');
  const { kid } = protectedHeader;
  if (typeof kid !== 'string' || kid === '' || kid.length > MAX_KID_CHARS)
    return refuse('no key id');
  const payload = jsonObject(body);
  if (!payload) return refuse('unreadable token payload');
  const { tid } = payload;
  if (tid !== undefined && (typeof tid !== 'string' || !GUID.test(tid)))
    return refuse('malformed tenant id');
  return {
    ok: true,
    token: {
      signingInput: `${head}.${body}`,
      signature: Buffer.from(signature, 'base64url'),
      kid,
      tid: tid?.toLowerCase(),
    },
  };
}

export type TokenCheck =
  | { readonly ok: true; readonly tid: string | undefined }
  | { readonly ok: false; readonly status: 401 | 503; readonly reason: TokenRefusal };

export interface TokenGuard {
  check(authorization: unknown): Promise<TokenCheck>;
}

function rs256(token: ParsedToken, key: KeyObject): boolean {
  if (key.asymmetricKeyType !== 'rsa') return false;
  try {
    return verify('RSA-SHA256', Buffer.from(token.signingInput), key, token.signature);
  } catch {
    return false; // e.g. a signature of the wrong length
  }
}

export function createTokenGuard(options: {
  readonly keys: ChannelKeys;
  /** config.allowedTenants: lower-case; empty = any. */
  readonly allowedTenants: readonly string[];
}): TokenGuard {
  const { keys, allowedTenants } = options;
  const no = (status: 401 | 503, reason: TokenRefusal): TokenCheck => ({
    ok: false,
    status,
    reason,
  });
  return {
    async check(authorization) {
      const parsed = parseBearer(authorization);
      if (!parsed.ok) return no(401, parsed.reason);
      const { token } = parsed;
      if (
        allowedTenants.length > 0 &&
        token.tid !== undefined &&
        !allowedTenants.includes(token.tid)
      )
        return no(401, 'token tenant not allowed');
      let key: KeyObject | undefined;
      try {
        key = await keys.get(token.kid);
      } catch (error) {
        if (error instanceof KeysUnavailableError) return no(503, 'signing keys unavailable');
        throw error;
      }
      if (!key) return no(401, 'unknown signing key');
      return rs256(token, key) ? { ok: true, tid: token.tid } : no(401, 'bad signature');
    },
  };
}
