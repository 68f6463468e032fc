import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig, summarizeConfig } from '../../src/config/config.js';

const problemsOf = (env: NodeJS.ProcessEnv): readonly string[] => {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('readConfig', () => {
  it('has defaults for local development', () => {
    const config = readConfig({});
    expect(config).toEqual({
      port: 3978,
      host: '127.0.0.1', // local mode: authentication is off, so only this machine
      nodeEnv: 'development',
      logLevel: 'info',
      botHost: 'botbuilder',
      dataDir: './.local/data',
      supportProfile: undefined,
      profileReloadMinutes: 5,
      localMode: true,
      appId: undefined,
      appType: 'MultiTenant',
      tenantId: undefined,
      botFramework: { MicrosoftAppType: 'MultiTenant' },
      storage: 'file',
      userKeySecret: undefined,
      scheduler: true,
      blob: {
        accountUrl: undefined,
        connectionString: undefined,
        container: 'social-media-guidance',
        managedIdentityClientId: undefined,
      },
      allowedTenants: [],
      extraServiceUrlHosts: [],
      retentionDays: 30,
      keepUnmatchedQuestions: false,
      allowedChannels: ['msteams'],
      bodyTimeoutMs: 20_000,
      turnTimeoutMs: 12_000,
      maxConnectionsPerAddress: 64,
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.botFramework)).toBe(true);
  });

  it('listens on every interface once an identity authenticates requests, unless HOST says', () => {
    const identity = {
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'x',
    };
    expect(readConfig(identity).host).toBe('0.0.0.0');
    expect(readConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('reads every plain setting', () => {
    const env = { PORT: '8080', HOST: '127.0.0.1', NODE_ENV: 'test', LOG_LEVEL: 'DEBUG' };
    const more = { DATA_DIR: '/data', SUPPORT_PROFILE: 'justice', PROFILE_RELOAD_MINUTES: '0' };
    expect(readConfig({ ...env, ...more })).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      nodeEnv: 'test',
      logLevel: 'debug',
      dataDir: '/data',
      supportProfile: 'justice',
      profileReloadMinutes: 0, // only at start and on SIGHUP
    });
  });

  it('treats empty values as unset', () => {
    expect(readConfig({ PORT: '', HOST: ' ', SUPPORT_PROFILE: '' })).toMatchObject({
      port: 3978,
      host: '127.0.0.1',
      supportProfile: undefined,
    });
  });

  it('leaves local mode when an identity is configured', () => {
    const secret = { USER_KEY_SECRET: 'x'.repeat(32) };
    const config = readConfig({
      NODE_ENV: 'production',
      BOT_ID: 'app',
      BOT_PASSWORD: 'pw',
      ...secret,
    });
    expect(config).toMatchObject({ localMode: false, appId: 'app', appType: 'MultiTenant' });
  });

  it('refuses production without an app id, saying why', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /NODE_ENV is "production" but MicrosoftAppId \(BOT_ID\) is not set/,
    );
    expect(problems[1]).toMatch(/USER_KEY_SECRET is required in production/);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be an integer/],
    [{ PORT: '70000' }, /PORT must be an integer/],
    [{ PORT: '-1' }, /PORT must be an integer/],
    [{ PORT: '80.5' }, /PORT must be an integer/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ BODY_TIMEOUT_MS: '5s' }, /BODY_TIMEOUT_MS must be a whole number/],
    [{ TURN_TIMEOUT_MS: '10' }, /TURN_TIMEOUT_MS must be a whole number from 100/],
    [{ MAX_CONNECTIONS_PER_ADDRESS: '-3' }, /MAX_CONNECTIONS_PER_ADDRESS must be/],
    [{ ALLOWED_CHANNELS: 'msteams,web_chat!' }, /ALLOWED_CHANNELS: "web_chat!"/],
    [{ PROFILE_RELOAD_MINUTES: '2.5' }, /PROFILE_RELOAD_MINUTES must be a whole number from 0/],
    [{ PROFILE_RELOAD_MINUTES: 'hourly' }, /PROFILE_RELOAD_MINUTES must be a whole number/],
    [
      { PROFILE_RELOAD_MINUTES: '1441' },
      /PROFILE_RELOAD_MINUTES must be .* to 1440 \(got "1441"\)/,
    ],
  ])('reports %j', (env, problem) => {
    expect(problemsOf(env)).toEqual([expect.stringMatching(problem)]);
  });

  it('lists every problem at once, in the error message too', () => {
    const env = {
      PORT: 'x',
      LOG_LEVEL: 'loud',
      PROFILE_RELOAD_MINUTES: '-1',
      MicrosoftAppType: 'SingleTenant',
      NODE_ENV: 'production',
    };
    let caught: unknown;
    try {
      readConfig(env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const { problems, message } = caught as ConfigError;
    expect(problems.length).toBeGreaterThanOrEqual(6);
    expect(problems).toContainEqual(expect.stringMatching(/^PROFILE_RELOAD_MINUTES must be/));
    for (const p of problems) expect(message).toContain(p);
  });

  it('reads only the env it is given', () => {
    process.env.PORT = '1234';
    try {
      expect(readConfig({}).port).toBe(3978);
    } finally {
      delete process.env.PORT;
    }
  });
});

describe('summarizeConfig', () => {
  it('hides secrets', () => {
    const config = readConfig({
      MicrosoftAppId: 'app',
      MicrosoftAppPassword: 'hunter2',
      CertificateThumbprint: 'ab',
      CertificatePrivateKey: 'PRIVATE',
    });
    const summary = summarizeConfig(config);
    expect(JSON.stringify(summary)).not.toMatch(/hunter2|PRIVATE/);
    expect(summary).toMatchObject({
      mode: 'authenticated',
      botFramework: {
        MicrosoftAppId: 'app',
        MicrosoftAppPassword: '[set]',
        CertificatePrivateKey: '[set]',
        CertificateThumbprint: 'ab',
      },
    });
  });

  it('says when there is no password and when authentication is off', () => {
    expect(summarizeConfig(readConfig({}))).toEqual({
      port: 3978,
      host: '127.0.0.1',
      nodeEnv: 'development',
      logLevel: 'info',
      botHost: 'botbuilder',
      dataDir: './.local/data',
      supportProfile: '[not set]',
      profileReloadMinutes: 5,
      storage: 'file',
      scheduler: true,
      userKeySecret: '[not set]',
      blob: undefined,
      allowedTenants: 'any',
      retentionDays: 30,
      keepUnmatchedQuestions: false,
      limits: { bodyTimeoutMs: 20_000, turnTimeoutMs: 12_000, maxConnectionsPerAddress: 64 },
      mode: 'local (authentication OFF)',
      botFramework: { MicrosoftAppType: 'MultiTenant', MicrosoftAppPassword: '[not set]' },
    });
  });
});
