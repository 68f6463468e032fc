// The schedule card in every state, in both languages: valid for Teams, the next post in the
// schedule's own time zone, buttons only for those who may use them, and user text never markdown.
import { describe, expect, it } from 'vitest';
import { SCHEDULE_VERBS } from '../../../../src/contract/verbs.js';
import { LANGS } from '../../../../src/guidance/types.js';
import { INVALID_REASONS } from '../../../../src/features/schedule/command.js';
import {
  scheduleCard,
  type ScheduleCardInput,
} from '../../../../src/features/schedule/cards/schedule-card.js';
import { SCHEDULE_HELP_STRINGS } from '../../../../src/features/schedule/help-strings.js';
import { cardProblems } from '../../../cards/card-problems.js';
import { nodes } from '../../../cards/card-walk.js';
import { cardActions, cardTexts } from '../../../helpers/card-query.js';
import { makeSchedule } from '../fixtures.js';

// Thursday 2026-11-26, 10:00 in Toronto: the Monday 9:00 schedule next posts on November 30.
const now = new Date('2026-11-26T15:00:00Z');
const text = (input: Omit<ScheduleCardInput, 'now'>, lang: 'en' | 'fr' = 'en') =>
  cardTexts(scheduleCard({ now, ...input }, lang)).join('\n');
const verbsOf = (input: Omit<ScheduleCardInput, 'now'>) =>
  cardActions(scheduleCard({ now, ...input }, 'en')).map((a) => a.verb);

const STATES: Record<string, Omit<ScheduleCardInput, 'now'>> = {
  active: { schedule: makeSchedule(), canManage: true, notice: 'Alex Manager scheduled it.' },
  skipping: { schedule: makeSchedule({ skipNext: true }), canManage: true },
  paused: { schedule: makeSchedule({ status: 'paused' }), canManage: true },
  blocked: {
    schedule: makeSchedule({ status: 'inactive', inactiveReason: 'blocked' }),
    canManage: true,
    last: { kind: 'lost', scheduledFor: new Date('2026-11-23T14:00:00Z') },
  },
  guest: { schedule: makeSchedule(), canManage: false },
  none: { canManage: true },
  stopped: { canManage: true, stopped: true, notice: 'Alex Manager stopped it.' },
  utc: { schedule: makeSchedule({ timeZone: 'UTC' }), canManage: true, utcAssumed: true },
  ...Object.fromEntries(
    INVALID_REASONS.map((reason) => [reason, { canManage: true, problem: { reason, found: 'x' } }]),
  ),
};

describe('schedule card', () => {
  it.each(LANGS.flatMap((lang) => Object.keys(STATES).map((state) => [state, lang] as const)))(
    'is a valid Teams card: %s (%s)',
    (state, lang) => {
      expect(cardProblems(scheduleCard({ now, ...STATES[state]! }, lang))).toEqual([]);
    },
  );

  it('shows the next post and the zone by name, in the schedule’s time zone', () => {
    const en = text(STATES.active!);
    expect(en).toContain('Every Monday at 9:00 a.m.');
    expect(en).toContain('Monday, November 30 at 9:00 a.m.');
    expect(en).toContain('Eastern Time (America/Toronto)');
    const fr = text(STATES.active!, 'fr');
    expect(fr).toContain('Chaque lundi à 9 h 00');
    expect(fr).toContain('lundi 30 novembre à 9 h 00');
    expect(fr).toContain("heure de l'Est (America/Toronto)");
    // 9:00 in Kolkata is 3:30 UTC: the card says 9:00, where the channel is.
    const kolkata = text({ schedule: makeSchedule({ timeZone: 'Asia/Kolkata' }), canManage: true });
    expect(kolkata).toContain('Monday, November 30 at 9:00 a.m.');
    expect(kolkata).toContain('India Standard Time (Asia/Kolkata)');
    expect(text(STATES.utc!)).toMatch(/Time zone: \nUTC\n/);
    expect(text(STATES.utc!)).toContain('Teams did not send a time zone, so I used UTC.');
  });

  it('names the skipped post and the one after it', () => {
    const shown = text(STATES.skipping!);
    expect(shown).toContain('Skipped: \nMonday, November 30 at 9:00 a.m.');
    expect(shown).toContain('Next post: \nMonday, December 7 at 9:00 a.m.');
  });

  it('says there is no next post while paused or blocked, and why it is blocked', () => {
    expect(text(STATES.paused!)).toContain('Next post: \nNone while it is paused');
    const blocked = text(STATES.blocked!, 'fr');
    expect(blocked).toContain('⚠️ Arrêté');
    expect(blocked).toMatch(/Dites «\u00a0reprendre\u00a0»/);
    expect(blocked).toMatch(/n'a pas pu être publié/);
  });

  it('offers Pause or Resume, Skip next and Stop only to those who may manage it', () => {
    const { schedulePause, scheduleResume, scheduleSkip, scheduleStop } = SCHEDULE_VERBS;
    expect(verbsOf(STATES.active!)).toEqual([schedulePause, scheduleSkip, scheduleStop]);
    expect(verbsOf(STATES.skipping!)).toEqual([schedulePause, scheduleStop]);
    expect(verbsOf(STATES.paused!)).toEqual([scheduleResume, scheduleStop]);
    expect(verbsOf(STATES.blocked!)).toEqual([scheduleResume, scheduleStop]);
    for (const state of ['guest', 'none', 'stopped', 'missing-day'])
      expect(verbsOf(STATES[state]!), state).toEqual([]);
    expect(text(STATES.active!)).toContain('guests cannot');
    expect(text(STATES.guest!)).not.toContain('guests cannot');
  });

  it('sends back the language and the version of the schedule it shows', () => {
    const card = scheduleCard({ now, ...STATES.paused! }, 'fr');
    for (const action of cardActions(card))
      expect(action.data).toEqual({ lang: 'fr', changedAt: '2026-11-25T12:00:00.000Z' });
    const titles = cardActions(card).map((a) => a.title);
    expect(titles).toEqual(['Reprendre', 'Arrêter']);
  });

  it('says how to start again once stopped', () => {
    expect(text(STATES.stopped!)).toMatch(/To start it again.*"schedule weekly Monday 9:00"/);
    expect(text(STATES.none!, 'fr')).toMatch(
      /Pour en planifier un.*«\u00a0planifier chaque semaine/,
    );
  });

  it.each(LANGS)('explains a command it could not read, with every accepted form (%s)', (lang) => {
    const shown = text(
      { canManage: true, problem: { reason: 'invalid-time', found: '25:00' } },
      lang,
    );
    expect(shown).toContain(
      lang === 'en' ? '"25:00" is not a time of day' : '«\u00a025:00\u00a0» n',
    );
    for (const form of SCHEDULE_HELP_STRINGS[lang].forms) {
      expect(shown).toContain(form.example);
      expect(shown).toContain(form.meaning);
    }
  });

  it('shows a display name only in a TextRun, so it is never read as markdown', () => {
    const name = '**Bold** [link](https://example.com) ${x}';
    const card = scheduleCard(
      {
        now,
        schedule: makeSchedule({ changedBy: name }),
        canManage: true,
        notice: `${name} paused`,
      },
      'en',
    );
    expect(cardProblems(card)).toEqual([]);
    const holders = nodes(card).filter(
      (n) => typeof n.text === 'string' && n.text.includes('**Bold**'),
    );
    expect(holders.length).toBe(2);
    for (const node of holders) expect(node.type).toBe('TextRun');
  });
});
