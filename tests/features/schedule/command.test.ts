import { describe, expect, it } from 'vitest';
import {
  parseScheduleCommand,
  type ScheduleCommand,
} from '../../../src/features/schedule/command.js';

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

  it.each<[string, ScheduleCommand]>([
    ['schedule weekly Funday 25:00', { kind: 'invalid', reason: 'unknown-day', lang: 'en' }],
    ['schedule weekly Monday 25:00', { kind: 'invalid', reason: 'invalid-time', lang: 'en' }],
    ['schedule weekly Monday 9:75', { kind: 'invalid', reason: 'invalid-time', lang: 'en' }],
    ['schedule weekly Monday 13pm', { kind: 'invalid', reason: 'invalid-time', lang: 'en' }],
    ['schedule weekly Monday', { kind: 'invalid', reason: 'missing-time', lang: 'en' }],
    ['schedule weekly', { kind: 'invalid', reason: 'missing-day', lang: 'en' }],
    ['schedule 9:00', { kind: 'invalid', reason: 'unknown-day', lang: 'en' }],
    ['planifier chaque semaine lundo 9 h', { kind: 'invalid', reason: 'unknown-day', lang: 'fr' }],
    ['horaire lundi 24h', { kind: 'invalid', reason: 'invalid-time', lang: 'fr' }],
  ])('%s → invalid', (text, expected) => {
    expect(parseScheduleCommand(text)).toEqual(expected);
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
