// The Bot Framework identity settings: names, aliases, pass-through and botbuilder's rules.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config/config.js';
import { readBotFrameworkSettings } from '../../src/config/bot-settings.js';

const problemsOf = (env: NodeJS.ProcessEnv, production = false): string[] => {
  const problems: string[] = [];
  readBotFrameworkSettings(env, production, problems);
  return problems;
};

describe('names', () => {
  it("reads botbuilder's names", () => {
    const env = { MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: 'tid' };
    const config = readConfig({ ...env, MicrosoftAppType: 'SingleTenant' });
    expect(config).toMatchObject({ appId: 'app', appType: 'SingleTenant', tenantId: 'tid' });
    expect(config.botFramework).toEqual({ ...env, MicrosoftAppType: 'SingleTenant' });
  });

  it('reads the Agents Toolkit aliases (BOT_TYPE case-insensitively)', () => {
    const env = { BOT_ID: 'app', BOT_TENANT_ID: 'tid', BOT_TYPE: 'UserAssignedMsi' };
    expect(readConfig(env).botFramework).toEqual({
      MicrosoftAppId: 'app',
      MicrosoftAppTenantId: 'tid',
      MicrosoftAppType: 'UserAssignedMSI',
    });
  });

  it('accepts the same value under both names; an empty one counts as unset', () => {
    const env = {
      MicrosoftAppId: 'app',
      BOT_ID: 'app',
      BOT_PASSWORD: 'pw',
      MicrosoftAppPassword: '',
    };
    expect(readConfig(env).botFramework.MicrosoftAppPassword).toBe('pw');
  });

  it("passes botbuilder's other auth settings through as-is, and nothing else", () => {
    const passed = {
      ToChannelFromBotLoginUrl: 'https://login.test/botframework.com',
      ToChannelFromBotOAuthScope: 'https://api.test',
      ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:1/.well-known/openid-configuration',
      ToBotFromChannelTokenIssuer: 'https://issuer.test',
      CallerId: 'urn:botframework:azure',
      ValidateAuthority: 'false',
    };
    const env = { MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw', ...passed, Other: 'x' };
    const { botFramework } = readConfig(env);
    expect(botFramework).toMatchObject(passed);
    expect(botFramework).not.toHaveProperty('Other');
  });
});

describe('rules', () => {
  it('accepts a certificate instead of a password', () => {
    const env = { MicrosoftAppId: 'app', CertificateThumbprint: 'ab', CertificatePrivateKey: 'k' };
    expect(problemsOf(env)).toEqual([]);
  });

  it('accepts no identity at all outside production (local mode)', () => {
    expect(problemsOf({})).toEqual([]);
    expect(problemsOf({}, true)).toHaveLength(1);
  });

  const single = { MicrosoftAppType: 'SingleTenant', MicrosoftAppId: 'app' };
  const msi = { BOT_TYPE: 'UserAssignedMSI', BOT_ID: 'a', BOT_TENANT_ID: 't' };
  const withId = { MicrosoftAppId: 'a', MicrosoftAppPassword: 'p' };
  it.each([
    [{ ...single, MicrosoftAppPassword: 'pw' }, /SingleTenant requires MicrosoftAppTenantId/],
    [{ ...single, MicrosoftAppTenantId: 't' }, /SingleTenant requires MicrosoftAppPassword/],
    [{ MicrosoftAppType: 'SingleTenant' }, /SingleTenant requires MicrosoftAppId/],
    [
      { MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 't' },
      /MSI requires MicrosoftAppId/,
    ],
    [
      { MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppId: 'a' },
      /MSI requires MicrosoftAppTenantId/,
    ],
    [{ ...msi, BOT_PASSWORD: 'p' }, /UserAssignedMSI must not have MicrosoftAppPassword/],
    [{ MicrosoftAppId: 'app' }, /MultiTenant requires MicrosoftAppPassword/],
    [
      { MicrosoftAppPassword: 'pw' },
      /MicrosoftAppPassword \(BOT_PASSWORD\) is set but MicrosoftAppId/,
    ],
    [{ MicrosoftAppType: 'Personal' }, /MicrosoftAppType \(BOT_TYPE\) must be one of/],
    [
      { MicrosoftAppId: 'a', BOT_ID: 'b', BOT_PASSWORD: 'p' },
      /MicrosoftAppId and BOT_ID are both set/,
    ],
    [{ MicrosoftAppId: 'a', CertificateThumbprint: 'ab' }, /must be set together/],
    [{ ToBotFromChannelOpenIdMetadataUrl: 'not a url' }, /OpenIdMetadataUrl must be a URL/],
    [{ ValidateAuthority: 'maybe' }, /ValidateAuthority must be true or false/],
    [
      { ...withId, ToBotFromChannelTokenIssuer: 'https://i.test' },
      /ToChannelFromBotLoginUrl must be set/,
    ],
    [{ ...withId, CallerId: 'urn:x' }, /ToBotFromChannelOpenIdMetadataUrl must be set/],
  ])('reports %j', (env, problem) => {
    expect(problemsOf(env)).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });

  it('explains why a partial set of cloud settings is refused', () => {
    const problems = problemsOf({ ...withId, ToBotFromChannelTokenIssuer: 'https://i.test' });
    expect(problems).toContain(
      "ToChannelFromBotLoginUrl must be set: ToBotFromChannelTokenIssuer replace(s) all of botbuilder's cloud defaults",
    );
    expect(problems).toHaveLength(3);
  });
});
