// A department's reminder is that department's content: with its profile its users see it, with the
// sender and title lines it was sent with; with no profile, or another department's, nothing of it
// appears anywhere (answers, related entries, topics, search, scenarios).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryFeedback } from '../../src/features/qa/feedback.js';
import { createQa } from '../../src/features/qa/qa.js';
import { QA_VERBS } from '../../src/contract/verbs.js';
import { topicsCard } from '../../src/features/qa/cards/topics.js';
import { withAddition } from '../../src/guidance/extend.js';
import { loadCatalogue } from '../../src/guidance/load.js';
import { createMatcher } from '../../src/matching/matcher.js';
import { searchEntries } from '../../src/matching/search.js';
import { loadScenarios } from '../../src/scenarios/load.js';
import {
  loadSupportProfile,
  supportProfilePath,
  SupportProfileError,
  type SupportProfile,
} from '../../src/organization/profile.js';
import { visibleText } from '../cards/card-walk.js';
import { justiceText } from '../guidance/seed.js';

const guidance = loadCatalogue();
const justice = loadSupportProfile('justice');

/** The Justice profile file as JSON, to derive other profiles from. */
interface ProfileJson {
  organization: unknown;
  contacts: unknown[];
  reminder?: { section: unknown; heading: unknown; entries: Record<string, unknown>[] };
}
const justiceJson = () =>
  JSON.parse(readFileSync(supportProfilePath('justice'), 'utf8')) as ProfileJson &
    Required<Pick<ProfileJson, 'reminder'>>;

/** A profile of another department: Justice's contact replaced, no reminder. */
function otherDepartment(withReminder = false): SupportProfile {
  const json = justiceJson();
  json.organization = { en: 'Library and Archives Canada', fr: 'Bibliothèque et Archives Canada' };
  json.contacts = [{ name: 'Alex Tremblay', role: { en: 'Ethics advisor', fr: 'Conseiller' } }];
  if (withReminder) {
    json.reminder.section = {
      id: 'lac',
      en: { title: 'LAC reminder' },
      fr: { title: 'Rappel de BAC' },
    };
    json.reminder.heading = { en: ['A note from LAC'], fr: ['Une note de BAC'] };
    json.reminder.entries = json.reminder.entries.slice(0, 1).map((e) => ({
      ...e,
      id: 'lac-obligations',
      section: 'lac',
      related: ['topic-duty-of-loyalty'],
    }));
  } else delete (json as ProfileJson).reminder;
  const file = join(mkdtempSync(join(tmpdir(), 'profile-')), 'lac.json');
  writeFileSync(file, JSON.stringify(json));
  return loadSupportProfile(file);
}

function botFor(profile?: SupportProfile) {
  const catalogue = withAddition(guidance, profile?.reminder);
  const matcher = createMatcher(catalogue);
  const bot = createQa({
    catalogue,
    matcher,
    feedback: memoryFeedback(),
    supportProfile: profile,
  });
  const ask = async (text: string, locale = 'en-CA') =>
    (await bot.onMessage({ text, locale, conversation: 'personal' }))
      .map((r) => (r.card ? visibleText(r.card) : (r.text ?? '')))
      .join('\n');
  return { catalogue, matcher, ask, bot };
}

const JUSTICE_QUESTIONS = [
  'I work at Justice Canada, what am I expected to do when using social media?',
  'who is the designated political activities representative at Justice?',
  'Only an authorized departmental spokesperson may respond on behalf of the Department?',
  'quelles sont mes obligations au ministère de la Justice sur les médias sociaux',
];

/** What only the Justice profile shows (the question itself may well say "Justice"). */
const mentionsJustice = (text: string) =>
  /Pamela Richmire|Bruno Thériault|justice\.gc\.ca|Department of Justice reminder|Rappel du ministère de la Justice/i.test(
    text,
  );

describe.each([
  ['no profile', undefined],
  ['another department’s profile', otherDepartment()],
])('with %s', (_, profile) => {
  const { catalogue, matcher, ask } = botFor(profile);

  it('has no Justice entry, section or link in the catalogue it serves', () => {
    expect(catalogue.entries.filter((e) => e.id.startsWith('justice-'))).toEqual([]);
    expect(catalogue.sections.map((s) => s.id)).not.toContain('justice');
    for (const e of catalogue.entries)
      for (const id of e.related) expect(catalogue.byId.has(id), `${e.id} → ${id}`).toBe(true);
  });

  it.each(JUSTICE_QUESTIONS)('never shows Justice’s reminder or contact for "%s"', async (q) => {
    expect(mentionsJustice(await ask(q))).toBe(false);
    const { hits } = searchEntries(matcher, q, 'en-CA', 25);
    expect(hits.filter((h) => h.entry.id.startsWith('justice-'))).toEqual([]);
  });

  it('lists no Justice reminder among the topics, in either language', () => {
    for (const lang of ['en', 'fr'] as const)
      expect(mentionsJustice(visibleText(topicsCard(catalogue, lang)))).toBe(false);
  });

  it('has no scenario leaning on a department’s reminder', () => {
    const scenarios = loadScenarios(guidance);
    for (const s of scenarios) expect(s.entries.filter((id) => !guidance.byId.has(id))).toEqual([]);
  });
});

describe('with the Justice profile', () => {
  const { catalogue, bot, ask } = botFor(justice);

  it('serves the reminder, each entry opening with its sender and title lines', () => {
    const reminder = catalogue.entries.filter((e) => e.section === 'justice');
    expect(reminder.map((e) => e.id)).toEqual([
      'justice-obligations',
      'justice-remember-that',
      'justice-contact',
    ]);
    for (const e of reminder) {
      expect(e.en.text).toMatch(
        /^Message sent on behalf of Bruno Thériault\n\nDirector General, Workplace Branch\n\nReminder: Employee Use of Social Media\n\n/,
      );
      expect(e.fr.text).toMatch(
        /^Message de la part de Bruno Thériault\n\n.*\n\nRappel : Utilisation des médias sociaux par les employés\n\n/,
      );
      expect([e.en.source, e.fr.source]).toEqual(['official', 'official']);
    }
  });

  it('quotes the reminder word for word, in both official languages', () => {
    const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
    // The seed keeps the reminder's links as [text](#) and its sender lines in bold.
    const seed = flat(
      justiceText()
        .replace(/\[([^\]]+)\]\(#\)/g, '$1')
        .replace(/\*\*/g, ''),
    );
    for (const e of catalogue.entries.filter((x) => x.section === 'justice'))
      for (const lang of ['en', 'fr'] as const)
        for (const paragraph of e[lang].text.split(/\n+/))
          expect(seed, `${e.id} (${lang})`).toContain(flat(paragraph.replace(/^- /, '')));
  });

  it('answers a Justice employee’s question with the reminder and its contact', async () => {
    const shown = await ask(
      'who is the designated political activities representative at Justice?',
    );
    expect(shown).toMatch(/Pamela Richmire/);
    expect(shown).toMatch(/Message sent on behalf of Bruno Thériault/);
  });

  it('lists the reminder among the topics', async () => {
    const result = await bot.onAction({
      verb: QA_VERBS.showTopics,
      data: { lang: 'en', sectionId: 'justice' },
      locale: 'en-CA',
      conversation: 'personal',
    });
    expect(JSON.stringify(result)).toMatch(/Department of Justice/);
  });
});

describe('a department’s own reminder', () => {
  it('is served to that department, and Justice’s is not', () => {
    const lac = otherDepartment(true);
    const { catalogue } = botFor(lac);
    expect(catalogue.byId.get('lac-obligations')?.en.text).toMatch(/^A note from LAC\n\n/);
    expect(catalogue.entries.filter((e) => e.id.startsWith('justice-'))).toEqual([]);
  });

  it('is refused, with every problem listed, when it is malformed', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'profile-')), 'bad.json');
    const json = justiceJson();
    json.reminder.heading = { en: [] };
    json.reminder.entries[0]!.kind = 'rumour';
    writeFileSync(file, JSON.stringify(json));
    try {
      loadSupportProfile(file);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SupportProfileError);
      const problems = (error as SupportProfileError).problems.join('\n');
      expect(problems).toMatch(/reminder\.heading\.en/);
      expect(problems).toMatch(/reminder\.heading\.fr/);
      expect(problems).toMatch(/reminder\.entries\.0\.kind/);
    }
  });

  it('is never linked from the guidance’s own entries', () => {
    const guidanceIds = new Set(guidance.entries.map((e) => e.id));
    for (const e of guidance.entries)
      expect(
        e.related.filter((id) => !guidanceIds.has(id)),
        e.id,
      ).toEqual([]);
  });
});
