// The support card as a Teams user gets it: the real bot behind the real host, over HTTP, its reply
// captured by a stub Bot Connector. Its e-mail addresses, phone numbers and courses are links, in
// English and French, with and without the organization's profile; a bad profile stops the start.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportProfileError } from '../../../src/organization/profile.js';
import { message } from '../../helpers/activities.js';
import { cardOfActivity, cardTexts } from '../../helpers/card-query.js';
import { newDataDir, startBotHost, type BotHost } from '../../helpers/in-process.js';
import { startStubConnector, type StubConnector } from '../../helpers/stub-connector.js';
import { cardProblems } from '../../cards/card-problems.js';

let stub: StubConnector;
let plain: BotHost;
let justice: BotHost;
beforeAll(async () => {
  stub = await startStubConnector();
  plain = await startBotHost();
  justice = await startBotHost(newDataDir(), { SUPPORT_PROFILE: 'justice' });
});
afterAll(async () => {
  await plain.close();
  await justice.close();
  await stub.close();
});

/** Sends a message as a person in a 1:1 chat and returns the links on the card replied. */
async function linksInReply(host: BotHost, text: string, locale: string) {
  stub.clear();
  const res = await host.send(message(text, { serviceUrl: stub.serviceUrl, locale }));
  expect(res.status).toBeLessThan(300);
  const [reply] = await stub.waitFor(1);
  const card = cardOfActivity(reply!.activity);
  expect(cardProblems(card)).toEqual([]);
  const markdown = cardTexts(card).join('\n');
  return [...markdown.matchAll(/\[([^\]]*)\]\(([^)\s]*)\)/g)].map(([, shown, url]) => ({
    shown,
    url,
  }));
}

const COURSES = ['DDN250', 'TRN125', 'DDN2-A29', 'TRN506'];
const cases = [
  ['en', 'support', 'en-US', 'eng'],
  ['fr', 'soutien', 'fr-CA', 'fra'],
] as const;

describe.each(cases)('"%s" support card over HTTP', (_lang, command, locale, page) => {
  it('links the guidance’s e-mail address and each course page, in the reader’s language', async () => {
    const links = await linksInReply(plain, command, locale);
    expect(links).toContainEqual({
      shown: 'Integrity-integrite@tbs-sct.gc.ca',
      url: 'mailto:Integrity-integrite@tbs-sct.gc.ca',
    });
    for (const code of COURSES) {
      const course = links.find((l) => l.shown?.endsWith(`(${code})`));
      expect(course?.url).toBe(
        `https://www.csps-efpc.gc.ca/catalogue/courses-${page}.aspx?code=${code}`,
      );
    }
    expect(links.some((l) => l.url?.startsWith('tel:'))).toBe(false);
  });

  it('with the Justice profile, its contact’s number dials and address writes', async () => {
    const links = await linksInReply(justice, command, locale);
    expect(links).toContainEqual({ shown: '613-946-3816', url: 'tel:+16139463816' });
    expect(links).toContainEqual({
      shown: 'pamela.richmire@justice.gc.ca',
      url: 'mailto:pamela.richmire@justice.gc.ca',
    });
    expect(links.filter((l) => l.url?.startsWith('https://'))).toHaveLength(COURSES.length);
  });
});

describe('a profile that cannot make its links', () => {
  it('stops the bot at start-up, listing every problem', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'profile-')), 'org.json');
    writeFileSync(
      file,
      JSON.stringify({
        organization: { en: 'Org', fr: 'Org' },
        contacts: [{ name: 'A', role: { en: 'R', fr: 'R' }, phone: '946-3816', email: 'a@b' }],
      }),
    );
    const started = startBotHost(newDataDir(), { SUPPORT_PROFILE: file });
    await expect(started).rejects.toBeInstanceOf(SupportProfileError);
    await expect(started).rejects.toMatchObject({
      problems: [
        'contacts[0].phone must be a full number: area code and number ("613-555-0100"), or "+" and the country code',
        'contacts[0].email must be an email address',
      ],
    });
  });
});
