import { describe, expect, it } from 'vitest';
import {
  MAX_FOUND_LENGTH,
  parseScheduleCommand,
  type ScheduleCommand,
} from '../../../src/features/schedule/command.js';
import { SCHEDULE_HELP_STRINGS } from '../../../src/features/schedule/help-strings.js';

const set = (day: number, hour: number, minute: number, lang: 'en' | 'fr'): ScheduleCommand =>
  ({ kind: 'set', day, hour, minute, lang }) as ScheduleCommand;

describe('parseScheduleCommand', () => {
  it.each<[string, ScheduleCommand]>([
    ['schedule weekly Monday 9:00', set(1, 9, 0, 'en')],
    ['schedule weekly mon 9am', set(1, 9, 0, 'en')],
    ['schedule weekly Friday 14:30', set(5, 14, 30, 'en')],
    ['schedule Monday 09:00', set(1, 9, 0, 'en')],
    ['Schedule every week on Tuesdays at 2:15 pm.', set(2, 14, 15, 'en')],
    ['schedule weekly sun 12am', set(0, 0, 0, 'en')],
    ['schedule weekly Thursday 12 p.m.', set(4, 12, 0, 'en')],
    ['schedule weekly wed 8', set(3, 8, 0, 'en')],
    ['planifier chaque semaine lundi 9 h', set(1, 9, 0, 'fr')],
    ['planifier hebdomadaire lundi 9:00', set(1, 9, 0, 'fr')],
    ['horaire lundi 9h30', set(1, 9, 30, 'fr')],
    ['Planifier toutes les semaines le vendredi à 14 h 30', set(5, 14, 30, 'fr')],
    ['horaire les mercredis 8h', set(3, 8, 0, 'fr')],
  ])('%s → set', (text, expected) => {
    expect(parseScheduleCommand(text)).toEqual(expected);
  });

  it.each<[string, ScheduleCommand]>([
    ['schedule', { kind: 'show', lang: 'en' }],
    ['schedule?', { kind: 'show', lang: 'en' }],
    ['horaire', { kind: 'show', lang: 'fr' }],
    ['planification', { kind: 'show', lang: 'fr' }],
    ['pause', { kind: 'pause', lang: 'en' }],
    ['suspendre', { kind: 'pause', lang: 'fr' }],
    ['schedule pause', { kind: 'pause', lang: 'en' }],
    ['horaire pause', { kind: 'pause', lang: 'fr' }],
    ['resume', { kind: 'resume', lang: 'en' }],
    ['reprendre', { kind: 'resume', lang: 'fr' }],
    ['schedule resume', { kind: 'resume', lang: 'en' }],
    ['skip next', { kind: 'skip', lang: 'en' }],
    ['schedule skip next', { kind: 'skip', lang: 'en' }],
    ['sauter la prochaine', { kind: 'skip', lang: 'fr' }],
    ['horaire sauter la prochaine', { kind: 'skip', lang: 'fr' }],
    ['stop', { kind: 'stop', lang: 'en' }],
    ['arrêter', { kind: 'stop', lang: 'fr' }],
    ['schedule stop', { kind: 'stop', lang: 'en' }],
    ['planifier arrêter', { kind: 'stop', lang: 'fr' }],
  ])('%s → %j', (text, expected) => {
    expect(parseScheduleCommand(text)).toEqual(expected);
  });

  it('gives a word shared by both languages the caller’s default language', () => {
    expect(parseScheduleCommand('Pause', 'fr')).toEqual({ kind: 'pause', lang: 'fr' });
  });

  const invalid = (reason: string, lang: 'en' | 'fr', found?: string) =>
    ({
      kind: 'invalid',
      reason,
      lang,
      ...(found === undefined ? {} : { found }),
    }) as ScheduleCommand;

  it.each<[string, ScheduleCommand]>([
    ['schedule weekly Funday 25:00', invalid('unknown-day', 'en', 'funday')],
    ['schedule weekly Friday 25:00', invalid('invalid-time', 'en', '25:00')],
    ['schedule weekly Monday 25:00', invalid('invalid-time', 'en', '25:00')],
    ['schedule weekly Monday 9:75', invalid('invalid-time', 'en', '9:75')],
    ['schedule weekly Monday 13pm', invalid('invalid-time', 'en', '13pm')],
    ['schedule weekly Monday', invalid('missing-time', 'en')],
    ['schedule weekly', invalid('missing-day', 'en')],
    // The time where the day should be: the day is what is missing.
    ['schedule 9:00', invalid('missing-day', 'en')],
    ['schedule weekly Monday 9:00 please', invalid('extra-words', 'en', 'please')],
    ['schedule Monday 9 am and Friday 10', invalid('extra-words', 'en', 'and friday 10')],
    ['planifier chaque semaine lundo 9 h', invalid('unknown-day', 'fr', 'lundo')],
    ['planifier hebdomadaire vendredi 25 h', invalid('invalid-time', 'fr', '25 h')],
    ['horaire lundi 24h', invalid('invalid-time', 'fr', '24h')],
    ['planifier lundi 9 h 30 svp', invalid('extra-words', 'fr', 'svp')],
    ['horaire mardi', invalid('missing-time', 'fr')],
  ])('%s → invalid', (text, expected) => {
    expect(parseScheduleCommand(text)).toEqual(expected);
  });

  it('quotes at most MAX_FOUND_LENGTH characters of what it could not read', () => {
    const command = parseScheduleCommand(`schedule weekly Monday 9:00 ${'blah '.repeat(500)}`);
    expect(command).toMatchObject({ kind: 'invalid', reason: 'extra-words' });
    const found = (command as { found: string }).found;
    expect(found).toHaveLength(MAX_FOUND_LENGTH);
    expect(found.endsWith('…')).toBe(true);
  });

  // The day and time each example means, as the help's own words say it.
  const MEANT = {
    en: [set(1, 9, 0, 'en'), set(5, 14, 30, 'en'), set(3, 14, 30, 'en')],
    fr: [set(1, 9, 0, 'fr'), set(5, 14, 30, 'fr'), set(3, 8, 30, 'fr')],
  };

  it.each(['en', 'fr'] as const)('accepts every form the %s help quotes', (lang) => {
    const [weekly, other, short, show, controls] = SCHEDULE_HELP_STRINGS[lang].forms;
    expect([weekly, other, short].map((f) => parseScheduleCommand(f!.example))).toEqual(
      MEANT[lang],
    );
    expect(parseScheduleCommand(show!.example)).toEqual({ kind: 'show', lang });
    const kinds = controls!.example.split(' · ').map((word) => parseScheduleCommand(word, lang));
    expect(kinds).toEqual(
      (['pause', 'resume', 'skip', 'stop'] as const).map((kind) => ({ kind, lang })),
    );
  });

  it.each([
    'can I post about my schedule?',
    'horaire de travail et réseaux sociaux',
    'schedule a meeting about my post',
    'should I stop posting about politics',
    'pause my account',
    '',
  ])('leaves a question alone: %j', (text) => {
    expect(parseScheduleCommand(text)).toBeUndefined();
  });
});
