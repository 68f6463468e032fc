// "Search the guidance" (search-based message extension) over the Teams protocol: the real bot
// behind the real host, composeExtension/query invokes over HTTP, the list answered in the body.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../helpers/activities.js';
import { botWithStub, startTestHost, type TestHost } from '../../helpers/in-process.js';
import { cardTexts } from '../../helpers/card-query.js';
import { post } from '../../helpers/http.js';
import { cardProblems } from '../../cards/card-problems.js';

interface Attachment {
  contentType: string;
  content: Record<string, unknown>;
  preview: { contentType: string; content: { title: string; text: string } };
}
interface ComposeBody {
  composeExtension: {
    type: string;
    attachmentLayout?: string;
    attachments?: Attachment[];
    text?: string;
  };
}

const bot = botWithStub();

const queryValue = (query: string | undefined, extra: Record<string, unknown> = {}) => ({
  commandId: 'searchGuidance',
  parameters:
    query === undefined
      ? [{ name: 'initialRun', value: 'true' }]
      : [{ name: 'query', value: query }],
  queryOptions: { skip: 0, count: 25 },
  ...extra,
});

async function query(value: unknown, locale = 'en-US') {
  const res = await bot.host.send(
    invoke('composeExtension/query', value, { serviceUrl: bot.stub.serviceUrl, locale }),
  );
  return res;
}

async function search(text: string | undefined, locale = 'en-US', extra = {}) {
  const res = await query(queryValue(text, extra), locale);
  expect(res.status).toBe(200);
  return (res.json as ComposeBody).composeExtension;
}

describe('compose extension: Search the guidance', () => {
  it('lists the petitions entry first, with a thumbnail preview and a valid answer card', async () => {
    bot.stub.clear();
    const result = await search('petition');
    expect(result.type).toBe('result');
    expect(result.attachmentLayout).toBe('list');
    const [first] = result.attachments!;
    expect(first!.preview).toEqual({
      contentType: 'application/vnd.microsoft.card.thumbnail',
      content: {
        title:
          'Creating, signing or sharing a petition in protest of the Government of Canada, policy area, or minister',
        text: '⚠️ Potentially risky',
      },
    });
    expect(first!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardProblems(first!.content)).toEqual([]);
    const shown = cardTexts(first!.content).join('\n');
    expect(shown).toMatch(/petition in protest of the Government of Canada/);
    expect(shown).toMatch(/Why this is important/);
    // Searching posts nothing: the card is inserted by the user, not sent by the bot.
    expect(bot.stub.captured).toEqual([]);
  });

  it('lists several entries for a broad word, each with a preview and a valid card', async () => {
    const { attachments } = await search('criticize');
    expect(attachments!.length).toBeGreaterThan(3);
    for (const a of attachments!) {
      expect(a.preview.content.title).not.toBe('');
      expect(a.preview.content.text).not.toBe('');
      expect(cardProblems(a.content)).toEqual([]);
    }
  });

  it('answers in French for a French Teams locale', async () => {
    const { attachments } = await search('pétition', 'fr-CA');
    expect(attachments![0]!.preview.content).toEqual({
      title:
        'Créer, signer ou partager une pétition pour protester contre le gouvernement du Canada, un secteur de politique ou un ministre',
      text: '⚠️ Potentiellement risqué',
    });
    const shown = cardTexts(attachments![0]!.content).join('\n');
    expect(shown).toMatch(/Pourquoi c'est important/);

    const candidacy = await search('candidat', 'fr-CA');
    const titles = candidacy.attachments!.map((a) => a.preview.content.title);
    expect(titles[0]).toBe("Être candidat ou chercher à l'être");
    expect(titles.length).toBeGreaterThanOrEqual(3);
    expect(candidacy.attachments![0]!.preview.content.text).toBe('Activités politiques');
  });

  it('fixes typos, as in chat', async () => {
    const { attachments } = await search('petitoin');
    expect(attachments![0]!.preview.content.title).toBe(
      'Creating, signing or sharing a petition in protest of the Government of Canada, policy area, or minister',
    );
  });

  it('asks the user to type on the initial run, in their language', async () => {
    expect(await search(undefined)).toEqual({
      type: 'message',
      text: expect.stringMatching(/^Type a word/) as unknown,
    });
    expect((await search(undefined, 'fr-CA')).text).toMatch(/^Tapez un mot/);
    expect((await search('   ')).type).toBe('message');
  });

  it('says plainly when nothing matches', async () => {
    expect(await search('the printer on floor 3 is jammed')).toEqual({
      type: 'message',
      text: "I couldn't find that in the guidance.",
    });
  });

  it('pages with queryOptions', async () => {
    const all = (await search('political')).attachments!.map((a) => a.preview.content.title);
    const page = await search('political', 'en-US', { queryOptions: { skip: 1, count: 2 } });
    expect(page.attachments!.map((a) => a.preview.content.title)).toEqual(all.slice(1, 3));
    const past = await search('political', 'en-US', { queryOptions: { skip: 24, count: 25 } });
    expect(past).toEqual({ type: 'result', attachmentLayout: 'list', attachments: [] });
  });

  it('copes with a very long query', async () => {
    const result = await search(`petition ${'social media '.repeat(2000)}`);
    expect(['result', 'message']).toContain(result.type);
  });

  it('answers another command with an empty list', async () => {
    const result = await search('petition', 'en-US', { commandId: 'somethingElse' });
    expect(result).toEqual({ type: 'result', attachmentLayout: 'list', attachments: [] });
  });

  it.each([
    ['no value', undefined],
    ['a null value', null],
    ['a string value', 'petition'],
    ['an array value', [1, 2]],
    ['no command id', { parameters: [{ name: 'query', value: 'petition' }] }],
    ['a numeric command id', { commandId: 7 }],
    ['parameters that are not a list', queryValue('x', { parameters: 'petition' })],
    ['a parameter that is not an object', queryValue('x', { parameters: [null, 'query'] })],
    [
      'a query that is not a string',
      queryValue('x', { parameters: [{ name: 'query', value: 42 }] }),
    ],
    ['odd paging', queryValue('petition', { queryOptions: { skip: -1, count: 'all' } })],
    ['paging that is not an object', queryValue('petition', { queryOptions: 'x' })],
  ])('does not fail on a malformed query: %s', async (_label, value) => {
    const res = await query(value);
    expect(res.status).toBeLessThan(500);
    if (res.status === 200) expect((res.json as ComposeBody).composeExtension.type).toBeDefined();
  });

  it('reads the right parameter among several', async () => {
    const result = await search(undefined, 'en-US', {
      parameters: [
        { name: 'other', value: 'weather' },
        { name: 'query', value: 'pets' },
      ],
    });
    expect(result.attachments![0]!.preview.content.title).toMatch(/your pet/);
  });
});

describe('compose extension with a bot that has no search', () => {
  let test: TestHost;
  beforeAll(async () => {
    test = await startTestHost();
  });
  afterAll(() => test.close());

  it('lists nothing, without failing', async () => {
    const res = await post(
      test.messagesUrl,
      invoke('composeExtension/query', queryValue('petition'), {
        serviceUrl: test.stub.serviceUrl,
      }),
    );
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [] },
    });
  });
});
