// A schedule command that cannot be read, over the real Teams protocol: the reply is the schedule
// card saying what was wrong and listing every accepted form with examples, in the language of the
// command; nothing is stored. Well-formed commands in the same shapes still work.
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEDULE_HELP_STRINGS } from '../../../src/features/schedule/help-strings.js';
import { mentionMessage } from '../../helpers/activities.js';
import { cardActions, cardOfActivity, cardTexts } from '../../helpers/card-query.js';
import { CHANNEL, openChannel, type Channel } from './channel.js';

let channel: Channel;
afterEach(() => channel?.close());

const NBSP = '\u00a0';

describe('a schedule command that cannot be read', () => {
  it.each<[string, string, 'en' | 'fr', string]>([
    ['schedule weekly Friday 25:00', 'en-US', 'en', '"25:00" is not a time of day'],
    ['schedule weekly Monday 9:75', 'en-US', 'en', '"9:75" is not a time of day'],
    ['schedule weekly Funday 9:00', 'en-US', 'en', '"funday" is not a day of the week'],
    ['schedule weekly Monday', 'en-US', 'en', 'The time is missing'],
    ['schedule weekly 9:00', 'en-US', 'en', 'The day is missing'],
    ['schedule weekly Monday 9:00 please', 'en-US', 'en', 'I did not understand "please"'],
    // The command's words decide the language, whatever the Teams locale.
    ['schedule weekly Friday 25:00', 'fr-CA', 'en', '"25:00" is not a time of day'],
    [
      'planifier hebdomadaire vendredi 25 h',
      'fr-CA',
      'fr',
      `«${NBSP}25 h${NBSP}» n'est pas une heure valide`,
    ],
    [
      'planifier chaque semaine lundo 9 h',
      'en-US',
      'fr',
      `«${NBSP}lundo${NBSP}» n'est pas un jour`,
    ],
    ['horaire mardi', 'fr-CA', 'fr', "Il manque l'heure"],
    ['planifier lundi 9 h 30 svp', 'fr-CA', 'fr', `Je n'ai pas compris «${NBSP}svp${NBSP}»`],
  ])(
    '%s (%s) says what was wrong and lists the accepted forms',
    async (text, locale, lang, why) => {
      channel = await openChannel();
      const card = await channel.say(text, { locale });
      const shown = cardTexts(card).join('\n');
      expect(shown).toContain(why);
      const help = SCHEDULE_HELP_STRINGS[lang];
      expect(shown).toContain(help.title);
      for (const form of help.forms) expect(shown).toContain(`${form.example}\n — ${form.meaning}`);
      expect(shown).toContain(help.days);
      expect(shown).toContain(help.times);
      expect(cardActions(card)).toEqual([]);
      expect(await channel.stored()).toBeUndefined();
    },
  );

  it('keeps a schedule that was already set, and the forms it lists do set one', async () => {
    channel = await openChannel();
    for (const lang of ['en', 'fr'] as const) {
      const [weekly] = SCHEDULE_HELP_STRINGS[lang].forms;
      await channel.say(weekly!.example);
      const before = await channel.stored();
      expect(before).toMatchObject({ day: 1, hour: 9, minute: 0, lang });
      await channel.say(lang === 'en' ? 'schedule weekly Friday 25:00' : 'horaire vendredi 25 h');
      expect(await channel.stored()).toEqual(before);
    }
  });

  it('leaves questions that mention a schedule to the guidance', async () => {
    channel = await openChannel();
    channel.stub.clear();
    const message = mentionMessage('can I post about my schedule?', {
      serviceUrl: channel.stub.serviceUrl,
      conversationId: CHANNEL,
    });
    await channel.host.send(message);
    const [reply] = await channel.stub.waitFor(1);
    const shown = cardTexts(cardOfActivity(reply!.activity)).join(' ');
    expect(shown).not.toContain(SCHEDULE_HELP_STRINGS.en.title);
    expect(shown).not.toContain('Weekly scenario');
  });
});
