// The claims of a Bot Connector channel token, checked as botbuilder's ChannelValidation checks them
// (issuer, audience, lifetime with five minutes of clock skew, and the serviceUrl the token is bound
// to). The signature was verified first, by the shared token guard (../teams/token-guard.ts), against
// the channel's published keys: the Agents SDK's own middleware fetches keys only from the public
// cloud's fixed addresses, which no deployment-specific metadata URL (or test) can stand in for.
import { jsonObject } from '../teams/token-guard.js';

/** Why a token's claims were refused: fixed strings, safe to log. */
export type ClaimsRefusal =
  | 'unreadable claims'
  | 'wrong issuer'
  | 'wrong audience'
  | 'expired'
  | 'not yet valid'
  | 'serviceUrl does not match the token';

/** Thrown by the Agents host's authenticate: 401, or 503 when the keys could not be fetched. */
export class ChannelTokenError extends Error {
  override readonly name = 'ChannelTokenError';
  constructor(
    readonly reason: string,
    readonly statusCode: 401 | 503 = 401,
  ) {
    super(`channel token refused: ${reason}`);
  }
}

/** botbuilder's AuthenticationConstants.DefaultClockSkewInSeconds (5 minutes). */
export const CLOCK_SKEW_S = 300;

export interface ExpectedClaims {
  /** ToBotFromChannelTokenIssuer, by default https://api.botframework.com. */
  readonly issuer: string;
  /** The bot's app id. */
  readonly audience: string;
  readonly serviceUrl: string | undefined;
  readonly nowS: number;
}

/** The payload of a compact JWS `Bearer a.b.c` header (not verified here), or undefined. */
export function claimsOf(header: string): Record<string, unknown> | undefined {
  const payload = header.split('.')[1];
  return payload ? jsonObject(payload) : undefined;
}

const audiences = (aud: unknown): unknown[] => (Array.isArray(aud) ? aud : [aud]);

export function claimsRefusal(
  claims: Record<string, unknown> | undefined,
  expected: ExpectedClaims,
): ClaimsRefusal | undefined {
  if (!claims) return 'unreadable claims';
  if (claims.iss !== expected.issuer) return 'wrong issuer';
  if (!audiences(claims.aud).includes(expected.audience)) return 'wrong audience';
  const { exp, nbf } = claims;
  if (typeof exp !== 'number' || exp + CLOCK_SKEW_S <= expected.nowS) return 'expired';
  if (typeof nbf === 'number' && nbf - CLOCK_SKEW_S > expected.nowS) return 'not yet valid';
  const bound = claims.serviceurl ?? claims.serviceUrl;
  if (typeof bound !== 'string' || bound !== expected.serviceUrl)
    return 'serviceUrl does not match the token';
  return undefined;
}
