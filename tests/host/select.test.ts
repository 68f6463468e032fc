// BOT_HOST chooses the SDK (src/host/select.ts): each host's SDK is loaded only when chosen, so a bot
// on the Agents SDK runs without botbuilder's code (what a department's security assessment asks
// after botbuilder's end of support), and the botbuilder host without the Agents SDK's.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config/config.js';
import { sdkAdapterFactory } from '../../src/host/select.js';
import { AgentsHostAdapter } from '../../src/host/agents/adapter.js';
import { HostAdapter } from '../../src/host/teams/botbuilder/adapter.js';
import { silentLogger } from '../../src/util/logger.js';
import { named, staticPackages } from '../helpers/static-imports.js';

const BOTBUILDER = ['botbuilder', 'botframework-'];
const AGENTS_SDK = ['@microsoft/agents-'];

describe('choosing the host', () => {
  it('starts neither SDK before the configuration has chosen one', () => {
    expect(named(staticPackages('src/index.ts'), ...BOTBUILDER, ...AGENTS_SDK)).toEqual([]);
  });

  it('loads the Agents SDK, and nothing of botbuilder, for BOT_HOST=agents', () => {
    const packages = staticPackages('src/host/agents/adapter.ts');
    expect(named(packages, ...AGENTS_SDK)).toContain('@microsoft/agents-hosting');
    expect(named(packages, ...BOTBUILDER)).toEqual([]);
  });

  it('loads botbuilder from its own modules, not its index (the whole SDK), and not the Agents SDK', () => {
    const packages = staticPackages('src/host/teams/botbuilder/adapter.ts');
    expect(packages.has('botbuilder/lib/cloudAdapter.js')).toBe(true);
    expect(packages.get('botbuilder')).toBeUndefined();
    expect(named(packages, ...AGENTS_SDK)).toEqual([]);
  });

  it.each([
    ['botbuilder', HostAdapter],
    ['agents', AgentsHostAdapter],
  ] as const)('builds the %s adapter for BOT_HOST=%s', async (host, type) => {
    const config = readConfig({ NODE_ENV: 'test', BOT_HOST: host });
    expect(config.botHost).toBe(host);
    const create = await sdkAdapterFactory(config.botHost);
    expect(create(config, silentLogger())).toBeInstanceOf(type);
  });

  it('refuses another value, naming the choices', () => {
    expect(() => readConfig({ BOT_HOST: 'teams-ai' })).toThrow(
      'BOT_HOST must be one of botbuilder, agents (got "teams-ai")',
    );
  });
});
