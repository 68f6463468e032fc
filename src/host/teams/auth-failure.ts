// How to answer a request that botbuilder could not authenticate.

/**
 * 503 when the OpenID metadata or signing keys could not be fetched (botbuilder raises an
 * AuthenticationError with statusCode 500, or node-fetch a FetchError): that is our outage, and the
 * channel should retry. Anything else (no token, bad signature, alg "none", expired, wrong audience,
 * issuer or serviceUrl…) is 401. Never 500, never the error text in the response.
 */
export function authFailureStatus(error: unknown): 401 | 503 {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: unknown;
    statusCode?: unknown;
  };
  if (e.name === 'FetchError') return 503;
  if (typeof e.statusCode === 'number' && e.statusCode >= 500) return 503;
  return 401;
}

/** Safe to log: botbuilder's auth messages name claims, never token contents. */
export const authFailureFields = (error: unknown) =>
  error instanceof Error ? { name: error.name, message: error.message } : { name: typeof error };
