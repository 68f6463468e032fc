// The outbound serviceUrl allow-list (src/host/teams/service-url.ts), also used for stored references.
import { describe, expect, it } from 'vitest';
import { isAllowedServiceUrl, TEAMS_SERVICE_URL_HOSTS } from '../../../src/host/teams/index.js';

const deployed = { localMode: false, extraHosts: [] };
const local = { localMode: true, extraHosts: [] };

describe('isAllowedServiceUrl', () => {
  it.each([
    'https://smba.trafficmanager.net/amer/',
    'https://smba.trafficmanager.net/teams/',
    'https://SMBA.TrafficManager.net/emea/',
    'https://smba.trafficmanager.net:443/apac/',
    'https://smba.onyx.prod.teams.trafficmanager.net',
    'https://smba.infra.gcc.teams.microsoft.com/teams',
    'https://smba.infra.gov.teams.microsoft.us/gcch/',
    'https://smba.infra.dod.teams.microsoft.us/',
    'https://frontend.botapi.msg.infra.teams.microsoftonline.cn/',
  ])('allows the Teams Bot Connector %s', (url) => {
    expect(isAllowedServiceUrl(url, deployed)).toBe(true);
    expect(isAllowedServiceUrl(url, local)).toBe(true);
  });

  it.each([
    ['http (not https)', 'http://smba.trafficmanager.net/amer/'],
    ['another port', 'https://smba.trafficmanager.net:8443/amer/'],
    ['a look-alike subdomain', 'https://attacker.trafficmanager.net/'],
    ['a suffix', 'https://smba.trafficmanager.net.evil.test/'],
    ['a prefix', 'https://evilsmba.trafficmanager.net/'],
    ['a trailing dot', 'https://smba.trafficmanager.net./'],
    ['credentials', 'https://user:pw@smba.trafficmanager.net/'],
    ['another scheme', 'ftp://smba.trafficmanager.net/'],
    ['a botframework.com host (not Teams)', 'https://webchat.botframework.com/'],
    ['a metadata address', 'http://169.254.169.254/latest/'],
    ['not a URL', 'smba.trafficmanager.net/amer'],
    ['empty', ''],
    ['a number', 42],
    ['undefined', undefined],
    ['an object', { href: 'https://smba.trafficmanager.net/' }],
    ['an overlong URL', `https://smba.trafficmanager.net/${'a'.repeat(3000)}`],
  ])('refuses %s', (_name, url) => {
    expect(isAllowedServiceUrl(url, deployed)).toBe(false);
    expect(isAllowedServiceUrl(url, local)).toBe(false);
  });

  it.each([
    'http://127.0.0.1:3979/',
    'http://127.8.9.10/',
    'https://127.0.0.1/',
    'http://localhost:3979/',
    'http://[::1]:3979/',
    'http://2130706433/', // 127.0.0.1 as a number
    'http://0x7f.1/',
  ])('allows the loopback %s in local mode only', (url) => {
    expect(isAllowedServiceUrl(url, local)).toBe(true);
    expect(isAllowedServiceUrl(url, deployed)).toBe(false);
    expect(
      isAllowedServiceUrl(url, { localMode: false, extraHosts: ['127.0.0.1', 'localhost'] }),
    ).toBe(false);
  });

  it('refuses other private addresses even in local mode', () => {
    for (const url of ['http://10.0.0.1/', 'http://192.168.1.1/', 'http://[::ffff:7f00:1]/'])
      expect(isAllowedServiceUrl(url, local)).toBe(false);
  });

  it('allows the extra hosts the deployment names, over https only', () => {
    const policy = {
      localMode: false,
      extraHosts: ['smba.teams.sovcloud-core.fr', 'bot.example.gc.ca:8443'],
    };
    expect(isAllowedServiceUrl('https://smba.teams.sovcloud-core.fr/', policy)).toBe(true);
    expect(isAllowedServiceUrl('https://SMBA.teams.sovcloud-core.fr/x', policy)).toBe(true);
    expect(isAllowedServiceUrl('http://smba.teams.sovcloud-core.fr/', policy)).toBe(false);
    expect(isAllowedServiceUrl('https://smba.teams.sovcloud-core.fr:444/', policy)).toBe(false);
    expect(isAllowedServiceUrl('https://bot.example.gc.ca:8443/', policy)).toBe(true);
    expect(isAllowedServiceUrl('https://bot.example.gc.ca/', policy)).toBe(false);
  });

  it('lists exact host names', () => {
    for (const host of TEAMS_SERVICE_URL_HOSTS) expect(host).toMatch(/^[a-z0-9.-]+$/);
  });
});
