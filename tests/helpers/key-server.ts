// A local OpenID issuer: serves metadata and a JWKS (RS256 key with a kid and the "msteams"
// endorsement), and mints Bot Framework-style channel tokens, valid or deliberately broken.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { BOT_HOST_ENV } from './bot-host.js';

export interface MintOptions {
  readonly aud: string;
  readonly serviceUrl: string;
  /** Seconds from now; negative for an expired token. Default 3600. */
  readonly expiresIn?: number;
  readonly iss?: string;
  readonly kid?: string;
  /** Sign with a key the server does not publish. */
  readonly foreignKey?: boolean;
  /** A `tid` claim (tenant), as some channel tokens carry. */
  readonly tid?: string;
}

export interface KeyServer {
  readonly issuer: string;
  readonly metadataUrl: string;
  readonly kid: string;
  /** Requests served so far: how often a verifier fetched the metadata and the keys. */
  readonly requests: { readonly metadata: number; readonly keys: number };
  mint(options: MintOptions): Promise<string>;
  /** An unsigned token (alg "none") carrying the published kid. */
  unsigned(options: MintOptions): string;
  close(): Promise<void>;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function startKeyServer(): Promise<KeyServer> {
  const kid = 'test-key-1';
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const foreign = await generateKeyPair('RS256');
  const jwk = {
    ...(await exportJWK(publicKey)),
    kid,
    use: 'sig',
    alg: 'RS256',
    endorsements: ['msteams'],
  };
  let base = '';
  const requests = { metadata: 0, keys: 0 };
  const server: Server = createServer((req, res) => {
    if (req.url === '/.well-known/openid-configuration') requests.metadata += 1;
    if (req.url === '/keys') requests.keys += 1;
    const body =
      req.url === '/.well-known/openid-configuration'
        ? { issuer: base, jwks_uri: `${base}/keys` }
        : req.url === '/keys'
          ? { keys: [jwk] }
          : undefined;
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    res.end(body ? JSON.stringify(body) : undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const claims = (o: MintOptions) => {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + (o.expiresIn ?? 3600);
    return {
      iss: o.iss ?? base,
      aud: o.aud,
      serviceurl: o.serviceUrl,
      nbf: Math.min(now, exp) - 600,
      exp,
      ...(o.tid ? { tid: o.tid } : {}),
    };
  };
  return {
    issuer: base,
    metadataUrl: `${base}/.well-known/openid-configuration`,
    kid,
    requests,
    mint: (o) => {
      const key: CryptoKey = o.foreignKey ? foreign.privateKey : privateKey;
      return new SignJWT(claims(o))
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: o.kid ?? kid })
        .sign(key);
    },
    unsigned: (o) => `${b64({ alg: 'none', typ: 'JWT', kid: o.kid ?? kid })}.${b64(claims(o))}.`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * The environment of a bot in production mode whose channel tokens come from `keys`: an app id, a
 * (fake) password, the hashing secret, and botbuilder's endpoints pointed at the local key server.
 */
export const productionEnv = (keys: KeyServer, appId: string): Record<string, string> => ({
  NODE_ENV: 'production',
  MicrosoftAppId: appId,
  MicrosoftAppPassword: 'not-a-real-secret',
  USER_KEY_SECRET: 'test-secret-test-secret-test-secret',
  ToBotFromChannelOpenIdMetadataUrl: keys.metadataUrl,
  ToBotFromChannelTokenIssuer: keys.issuer,
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ...BOT_HOST_ENV,
});
