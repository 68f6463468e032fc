// "language fr" / "langue en" and "ask …", the manifest's personal commands, over HTTP.
import { describe, expect, it } from 'vitest';
import { message } from '../../helpers/activities.js';
import { person, botWithStub } from '../../helpers/in-process.js';
import { cardOfActivity, cardTexts } from '../../helpers/card-query.js';

const bot = botWithStub();

async function say(text: string, who = person(41)) {
  bot.stub.clear();
  await bot.host.send(
    message(text, { serviceUrl: bot.stub.serviceUrl, from: who, locale: 'en-US' }),
  );
  const [reply] = await bot.stub.waitFor(1);
  const a = reply!.activity;
  return typeof a.text === 'string' ? a.text : cardTexts(cardOfActivity(a)).join('\n');
}

describe('personal commands', () => {
  it('"ask" is followed by the question itself', async () => {
    expect(await say('ask can I share this petition?')).toMatch(/petition in protest/);
  });

  it('"ask", "demander", "language" or "langue" alone (a prompt starter) say what to do next', async () => {
    expect(await say('ask')).toMatch(/For example, you can ask/);
    expect(await say('demander')).toMatch(/Par exemple, vous pouvez demander|Posez votre question/);
    expect(await say('language')).toBe(
      'Say "language en" for answers in English, or "langue fr" for answers in French.',
    );
    expect(await say('langue')).toMatch(/^Dites « langue fr »/);
  });

  it('"langue fr" makes French the default for that person only, until changed back', async () => {
    expect(await say('langue fr')).toMatch(/Je vous répondrai en français/);
    expect(await say('petition')).toMatch(/Pourquoi c'est important/);
    expect(await say('petition', person(42))).toMatch(/Why this is important/);
    expect(await say('language en')).toMatch(/I will answer you in English/);
    expect(await say('petition')).toMatch(/Why this is important/);
  });
});
