// The schedule card over the real Teams protocol: typed commands answer with it, it shows the next
// post in the channel's time zone, and its Pause / Resume / Skip next / Stop buttons change what is
// stored (the invoke response is the updated card; the channel is told who changed it). Guests are
// refused politely; a stale card changes nothing; bad action data gets a 400-type answer.
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEDULE_VERBS } from '../../../src/contract/verbs.js';
import { nextRun } from '../../../src/features/schedule/schedule.js';
import { cardActions, cardOfInvoke, cardTexts } from '../../helpers/card-query.js';
import { cardProblems } from '../../cards/card-problems.js';
import { guest, openChannel, type Channel } from './channel.js';

let channel: Channel;
afterEach(() => channel?.close());

type Card = Record<string, unknown>;
const { schedulePause, scheduleResume, scheduleSkip, scheduleStop } = SCHEDULE_VERBS;
const texts = (card: Card) => cardTexts(card).join('\n');
const buttons = (card: Card) => cardActions(card).map((a) => a.title);

/** Clicks the card's button for `verb` as the manager; returns the updated card and the posts. */
async function press(card: Card, verb: string, extra: Record<string, unknown> = {}) {
  const action = cardActions(card, verb)[0];
  expect(action, `no ${verb} button`).toBeDefined();
  channel.stub.clear();
  const res = await channel.click(verb, action!.data, extra);
  expect(res.status).toBe(200);
  const updated = cardOfInvoke(res.json);
  expect(cardProblems(updated)).toEqual([]);
  const posted = channel.stub.captured.map((c) => c.activity.text);
  return { updated, posted };
}

/** "Monday, November 30 at 9:00 a.m." as people in `timeZone` read it. */
const formatted = (date: Date, locale: string, timeZone: string) =>
  new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(date);

/** The next Monday 9:00 in `timeZone`, now and a minute from now (a test may straddle a slot). */
const nextMondayNine = (timeZone: string, locale: string) =>
  [new Date(), new Date(Date.now() + 60_000)].map((at) =>
    formatted(nextRun({ day: 1, hour: 9, minute: 0, timeZone }, at), locale, timeZone),
  );

describe('the schedule card', () => {
  it('shows the next post in the channel’s time zone, by name (EN and FR)', async () => {
    channel = await openChannel();
    const card = await channel.say('schedule weekly Monday 9:00', {
      localTimezone: 'Asia/Kolkata',
    });
    const shown = texts(card);
    expect(shown).toContain('Kateri Manager scheduled the weekly scenario.');
    expect(shown).toContain('Every Monday at 9:00 a.m.');
    expect(nextMondayNine('Asia/Kolkata', 'en-CA').some((d) => shown.includes(d))).toBe(true);
    // The zone as stored: Intl's canonical name, which some ICU versions still spell Calcutta.
    expect(shown).toMatch(/India Standard Time \(Asia\/(Kolkata|Calcutta)\)/);
    expect(buttons(card)).toEqual(['Pause', 'Skip next', 'Stop']);

    const fr = texts(await channel.say('horaire', { locale: 'fr-CA' }));
    expect(fr).toContain('Chaque lundi à 9 h 00');
    expect(nextMondayNine('Asia/Kolkata', 'fr-CA').some((d) => fr.includes(d))).toBe(true);
    expect(fr).toMatch(/heure de l'Inde \(Asia\/(Kolkata|Calcutta)\)/);
  });

  it('says when Teams sent no time zone (UTC is used) and refuses a zone it does not know', async () => {
    channel = await openChannel();
    const unknown = texts(
      await channel.say('schedule weekly Monday 9:00', { localTimezone: 'Mars/Olympus' }),
    );
    expect(unknown).toContain(
      'I do not recognise the time zone Teams sent, so nothing was changed.',
    );
    expect(await channel.stored()).toBeUndefined();
    const utc = texts(
      await channel.say('schedule weekly Monday 9:00', { localTimezone: undefined }),
    );
    expect(utc).toContain('Teams did not send a time zone, so I used UTC.');
    expect(utc).toContain('Time zone: \nUTC\n');
    expect((await channel.stored())?.timeZone).toBe('UTC');
  });

  it('pauses, resumes, skips and stops with its buttons, changing what is stored', async () => {
    channel = await openChannel();
    const set = await channel.say('schedule weekly Friday 14:30');
    expect((await channel.stored())?.status).toBe('active');

    const paused = await press(set, schedulePause);
    expect((await channel.stored())?.status).toBe('paused');
    expect(texts(paused.updated)).toMatch(/Status: \n⏸️ Paused[\s\S]*None while it is paused/);
    expect(buttons(paused.updated)).toEqual(['Resume', 'Stop']);
    expect(paused.posted).toEqual(['Kateri Manager paused the weekly scenario.']);

    const resumed = await press(paused.updated, scheduleResume);
    expect((await channel.stored())?.status).toBe('active');
    expect(buttons(resumed.updated)).toEqual(['Pause', 'Skip next', 'Stop']);

    const skipped = await press(resumed.updated, scheduleSkip);
    expect((await channel.stored())?.skipNext).toBe(true);
    const friday = { day: 5, hour: 14, minute: 30, timeZone: 'America/Toronto' } as const;
    const skippedSlot = nextRun(friday, new Date());
    const shownSkip = texts(skipped.updated);
    expect(shownSkip).toContain(`Skipped: \n${formatted(skippedSlot, 'en-CA', friday.timeZone)}`);
    const after = formatted(nextRun(friday, skippedSlot), 'en-CA', friday.timeZone);
    expect(shownSkip).toContain(`Next post: \n${after}`);
    expect(buttons(skipped.updated)).toEqual(['Pause', 'Stop']);

    const stopped = await press(skipped.updated, scheduleStop);
    expect(await channel.stored()).toBeUndefined();
    expect(texts(stopped.updated)).toMatch(/No weekly scenario[\s\S]*To start it again/);
    expect(buttons(stopped.updated)).toEqual([]);
    expect(stopped.posted).toEqual(['Kateri Manager stopped the weekly scenario in this channel.']);
  });

  it('works in French: the card’s language comes back with the click', async () => {
    channel = await openChannel();
    const set = await channel.say('planifier chaque semaine lundi 9 h', { locale: 'fr-CA' });
    expect(buttons(set)).toEqual(['Suspendre', 'Sauter la prochaine', 'Arrêter']);
    // An English Teams client clicking a French card still gets French.
    const paused = await press(set, schedulePause, { locale: 'en-US' });
    expect(texts(paused.updated)).toMatch(/État\u00a0: \n⏸️ Suspendu/);
    expect(paused.posted).toEqual(['Kateri Manager a suspendu le scénario de la semaine.']);
    expect(buttons(paused.updated)).toEqual(['Reprendre', 'Arrêter']);
    const stopped = await press(paused.updated, scheduleStop);
    expect(texts(stopped.updated)).toContain('Pour le relancer');
    expect(await channel.stored()).toBeUndefined();
  });

  it('changes nothing from a card that is out of date', async () => {
    channel = await openChannel();
    const first = await channel.say('schedule weekly Monday 9:00');
    await channel.say('pause');
    await channel.say('resume');
    const before = await channel.stored();
    const stale = await press(first, scheduleStop);
    expect(await channel.stored()).toEqual(before);
    expect(texts(stale.updated)).toContain('This card was out of date, so nothing was changed.');
    expect(stale.posted).toEqual([]);
    // The card it answers with is current: its Stop works.
    await press(stale.updated, scheduleStop);
    expect(await channel.stored()).toBeUndefined();
  });

  it('refuses a guest politely, in the card’s language, and shows guests no buttons', async () => {
    channel = await openChannel();
    const card = await channel.say('schedule weekly Monday 9:00');
    const before = await channel.stored();
    for (const [verb, lang, refusal] of [
      [schedulePause, 'en', /^Guests cannot change the weekly scenario/],
      [scheduleStop, 'fr', /^Les invités ne peuvent pas modifier/],
    ] as const) {
      const data = { ...cardActions(card, verb)[0]!.data, lang };
      const res = await channel.click(verb, data, { from: guest });
      expect(res.json).toMatchObject({
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
      });
      expect((res.json as { value: string }).value).toMatch(refusal);
    }
    expect(await channel.stored()).toEqual(before);
    const seen = await channel.say('schedule', { from: guest });
    expect(buttons(seen)).toEqual([]);
    expect(texts(seen)).toContain('Every Monday at 9:00 a.m.');
    const typed = await channel.say('stop', { from: guest });
    expect(texts(typed)).toContain('Guests cannot change the weekly scenario.');
    expect(await channel.stored()).toEqual(before);
  });

  it.each<[string, unknown]>([
    ['no data', undefined],
    ['no version', { lang: 'en' }],
    ['a version that is not an instant', { lang: 'en', changedAt: 'yesterday' }],
    ['a version that is a number', { changedAt: 1_764_072_000_000 }],
    ['a version that is an object', { changedAt: { $date: 1 } }],
    ['data that is a string', 'pause'],
    ['data that is an array', [1, 2]],
  ])('answers %s with a 400-type body, never 5xx, and changes nothing', async (_name, data) => {
    channel = await openChannel();
    await channel.say('schedule weekly Monday 9:00');
    const before = await channel.stored();
    for (const verb of Object.values(SCHEDULE_VERBS)) {
      const res = await channel.click(verb, data);
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
    }
    expect(await channel.stored()).toEqual(before);
  });
});
