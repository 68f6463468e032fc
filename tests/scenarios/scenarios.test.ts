import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/guidance/load.js';
import { LANGS, VERDICTS } from '../../src/guidance/types.js';
import { ScenarioError } from '../../src/scenarios/errors.js';
import { DEFAULT_SCENARIOS_FILE, loadScenarios } from '../../src/scenarios/load.js';
import { SCENARIO_ID } from '../../src/scenarios/schema.js';
import { countSentences, quotations } from '../../src/scenarios/text.js';
import type { Scenario } from '../../src/scenarios/types.js';
import { guidanceText } from '../guidance/seed.js';

const catalogue = loadCatalogue();
const scenarios = loadScenarios(catalogue);
const entry = (id: string) => catalogue.byId.get(id)!;
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

const VERDICT_CHOICES = [
  { id: 'appropriate', en: 'Appropriate', fr: 'Approprié' },
  { id: 'risky', en: 'Potentially risky', fr: 'Potentiellement risqué' },
  { id: 'inappropriate', en: 'Inappropriate', fr: 'Inapproprié' },
];

describe('the scenario bank', () => {
  it('has enough scenarios, each with a unique, well-formed id', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(24);
    const ids = scenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(SCENARIO_ID);
  });

  it('is complete in both languages, and says it was written for the bot', () => {
    for (const s of scenarios) {
      // Written for the bot in both languages: only the quotes inside are the guidance's.
      expect([s.en.source, s.fr.source], s.id).toEqual(['bot-written', 'bot-written']);
      for (const field of [
        'title',
        'situation',
        'question',
        'explanation',
        'discussion',
      ] as const) {
        for (const lang of LANGS)
          expect(s[lang][field].trim(), `${s.id} ${lang}.${field}`).not.toBe('');
        expect(s.fr[field], `${s.id} ${field} is translated`).not.toBe(s.en[field]);
      }
      for (const c of s.choices) {
        expect(c.en.trim(), `${s.id} ${c.id}`).not.toBe('');
        expect(c.fr.trim(), `${s.id} ${c.id}`).not.toBe('');
      }
    }
  });

  it('tells each situation in two or three sentences, with a 2–4 sentence explanation', () => {
    for (const s of scenarios)
      for (const lang of LANGS) {
        expect(countSentences(s[lang].situation), `${s.id} ${lang}`).toBeGreaterThanOrEqual(2);
        expect(countSentences(s[lang].situation), `${s.id} ${lang}`).toBeLessThanOrEqual(3);
        expect(countSentences(s[lang].explanation), `${s.id} ${lang}`).toBeGreaterThanOrEqual(2);
        expect(countSentences(s[lang].explanation), `${s.id} ${lang}`).toBeLessThanOrEqual(4);
      }
  });

  it('quotes the guidance verbatim in every English explanation', () => {
    const guidance = flat(guidanceText());
    for (const s of scenarios) {
      const quotes = quotations(s.en.explanation, 'en');
      expect(quotes.length, s.id).toBeGreaterThan(0);
      for (const q of quotes) expect(guidance, `${s.id}: “${q}”`).toContain(flat(q));
    }
  });

  it("quotes the catalogue's French translation in every French explanation", () => {
    const french = flat(
      catalogue.entries.map((e) => [e.fr.title, e.fr.text, e.fr.why ?? ''].join(' ')).join(' '),
    );
    for (const s of scenarios) {
      const quotes = quotations(s.fr.explanation, 'fr');
      expect(quotes.length, s.id).toBeGreaterThan(0);
      for (const q of quotes) expect(french, `${s.id}: « ${q} »`).toContain(flat(q));
    }
  });

  it('names its reflection questions by their text, in both languages', () => {
    for (const s of scenarios) {
      expect(s.questions.length, s.id).toBeLessThanOrEqual(3);
      for (const q of s.questions) {
        expect(entry(q).kind, `${s.id} ${q}`).toBe('reflection-question');
        for (const lang of LANGS)
          expect(s[lang].explanation, `${s.id} ${q} ${lang}`).toContain(entry(q)[lang].title);
      }
    }
  });

  // The ten reflection questions ask about one's own posts ("how will your post be perceived"): a
  // manager handed a screenshot, or someone harassed, is not asked them.
  it('cites reflection questions only where the protagonist decides on their own activity', () => {
    const kinds = new Map(scenarios.map((s) => [s.id, s.situationKind]));
    for (const s of scenarios) {
      if (s.situationKind === 'own-activity')
        expect(s.questions.length, s.id).toBeGreaterThanOrEqual(1);
      else expect(s.questions, s.id).toEqual([]);
    }
    expect(kinds.get('sc-manager-sees-an-employees-post')).toBe('manager-response');
    expect(kinds.get('sc-harassed-after-a-video')).toBe('affected');
    expect(new Set(kinds.values())).toEqual(
      new Set(['own-activity', 'manager-response', 'affected']),
    );
  });

  it('agrees with the catalogue on every example it illustrates', () => {
    for (const s of scenarios) {
      const main = entry(s.entries[0]!);
      expect(main, s.id).toBeDefined();
      if (main.kind === 'example')
        expect(s.verdict, `${s.id} illustrates ${main.id}`).toBe(main.verdict);
      if (s.verdict === undefined) continue;
      expect(main.kind, s.id).toBe('example');
      expect(main.verdict, s.id).toBe(s.verdict);
      expect(s.correct, s.id).toBe(s.verdict);
      expect(s.choices, s.id).toEqual(VERDICT_CHOICES);
    }
  });

  it('gives "what should they do" scenarios 2–4 choices of their own, one of them correct', () => {
    const open = scenarios.filter((s) => s.verdict === undefined);
    expect(open.length).toBeGreaterThanOrEqual(8);
    for (const s of open) {
      expect(s.choices.length, s.id).toBeGreaterThanOrEqual(2);
      expect(s.choices.length, s.id).toBeLessThanOrEqual(4);
      expect(
        s.choices.map((c) => c.id),
        s.id,
      ).toContain(s.correct);
      expect(
        s.choices.some((c) => (VERDICTS as readonly string[]).includes(c.id)),
        s.id,
      ).toBe(false);
    }
  });

  it('covers most examples of every verdict and the topics teams ask about', () => {
    const main = (s: Scenario) => s.entries[0]!;
    const covered = new Set(scenarios.map(main));
    const examples = catalogue.entries.filter((e) => e.kind === 'example');
    expect(examples.filter((e) => covered.has(e.id)).length).toBeGreaterThanOrEqual(20);
    for (const verdict of VERDICTS)
      expect(scenarios.filter((s) => s.verdict === verdict).length, verdict).toBeGreaterThanOrEqual(
        5,
      );
    for (const id of [
      'topic-political-activities',
      'topic-candidacy',
      'topic-harassment',
      'topic-anonymous-accounts',
      'topic-disclaimers',
      'topic-privacy-settings',
      'q-personal-enterprise',
      'q-influencer',
      'q-trusted-source',
      'q-hashtags',
      'topic-official-accounts',
      'topic-online-history',
      'topic-managers-inappropriate-post',
      'topic-executives',
    ])
      expect(covered, id).toContain(id);
  });
});

describe('loading rejects an inconsistent bank, listing every problem', () => {
  const original = JSON.parse(readFileSync(DEFAULT_SCENARIOS_FILE, 'utf8')) as Scenario[];
  const copy = () => structuredClone(original) as unknown as Record<string, unknown>[];
  const broken = (data: unknown) => {
    const file = join(mkdtempSync(join(tmpdir(), 'scenarios-')), 'scenarios.json');
    writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
    return file;
  };
  const problemsOf = (file: string): string[] => {
    try {
      loadScenarios(catalogue, file);
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioError);
      return [...(error as ScenarioError).problems];
    }
    throw new Error('the broken bank was accepted');
  };
  const byId = (list: Record<string, unknown>[], id: string) => list.find((s) => s.id === id)!;

  it('accepts an unchanged copy', () => {
    expect(loadScenarios(catalogue, broken(original))).toHaveLength(original.length);
  });

  it('reports every kind of problem in one error', () => {
    const list = copy();
    const verdictScenario = list.find((s) => s.verdict === 'risky')!;
    const openScenario = list.find((s) => s.verdict === undefined)!;
    const other = list.find((s) => s.verdict === undefined && s !== openScenario)!;

    list.push({ ...list[0]! }); // duplicate id
    verdictScenario.verdict = 'appropriate'; // disagrees with the catalogue (and with `correct`)
    openScenario.entries = ['topic-no-such-thing'];
    openScenario.questions = ['q-no-such-question', 'ex-networking'];
    openScenario.correct = 'no-such-choice';
    const choices = other.choices as { id: string }[];
    other.choices = [...choices, { ...choices[0]! }, { ...choices[0]! }, { ...choices[0]! }];
    const fr = other.fr as Record<string, unknown>;
    delete fr.title;
    (other.en as Record<string, unknown>).situation = 'Only one sentence here.';

    const problems = problemsOf(broken(list)).join('\n');
    const id = (s: Record<string, unknown>) => s.id as string;
    expect(problems).toMatch(new RegExp(`duplicate id ${id(list[0]!)}`));
    expect(problems).toMatch(
      new RegExp(`${id(verdictScenario)}: verdict appropriate matches none of its entries`),
    );
    expect(problems).toMatch(
      new RegExp(`${id(verdictScenario)}: correct answer risky differs from its verdict`),
    );
    expect(problems).toMatch(
      new RegExp(`${id(openScenario)}: unknown catalogue entry topic-no-such-thing`),
    );
    expect(problems).toMatch(
      new RegExp(`${id(openScenario)}: unknown reflection question q-no-such-question`),
    );
    expect(problems).toMatch(new RegExp(`${id(openScenario)}: ex-networking is not a reflection`));
    expect(problems).toMatch(
      new RegExp(`${id(openScenario)}: correct answer no-such-choice is not one of its choices`),
    );
    expect(problems).toMatch(new RegExp(`${id(other)} choices: a scenario has 2 to 4 choices`));
    expect(problems).toMatch(new RegExp(`${id(other)}: choice id \\S+ appears more than once`));
    expect(problems).toMatch(new RegExp(`${id(other)} fr.title: Required`));
    expect(problems).toMatch(new RegExp(`${id(other)} en.situation: a situation has 2 to 4`));
  });

  it('rejects a scenario whose verdict is not among its entries, or that classifies without one', () => {
    const list = copy();
    const appropriate = byId(list, 'sc-team-award');
    appropriate.entries = ['ex-criticizing-colleague'];
    const risky = byId(list, 'sc-signing-a-petition');
    delete risky.verdict;
    const problems = problemsOf(broken(list)).join('\n');
    expect(problems).toMatch(
      /sc-team-award: verdict appropriate matches none of its entries \(ex-criticizing-colleague is inappropriate\)/,
    );
    expect(problems).toMatch(
      /sc-signing-a-petition: offers the three verdicts as choices but names no verdict/,
    );
  });

  it('rejects an explanation that quotes nothing or does not name its questions', () => {
    const list = copy();
    const s = byId(list, 'sc-trending-hashtag');
    (s.en as Record<string, unknown>).explanation = 'Search first. Then post.';
    (s.fr as Record<string, unknown>).explanation = "Cherchez d'abord. Publiez ensuite.";
    const problems = problemsOf(broken(list)).join('\n');
    expect(problems).toMatch(
      /sc-trending-hashtag en.explanation: an explanation quotes the guidance/,
    );
    expect(problems).toMatch(
      /sc-trending-hashtag fr.explanation: an explanation quotes the guidance/,
    );
    expect(problems).toMatch(/sc-trending-hashtag: the en explanation does not name q-hashtags/);
    expect(problems).toMatch(/sc-trending-hashtag: the fr explanation does not name q-hashtags/);
  });

  it('rejects a malformed id, a file that is not JSON and a file that is not a list', () => {
    const list = copy();
    list[0]!.id = 'Scenario One';
    expect(problemsOf(broken(list)).join('\n')).toMatch(/scenario ids are "sc-"/);
    expect(problemsOf(broken('[{"id": '))[0]).toMatch(/^scenarios\.json: /);
    expect(problemsOf(broken({ scenarios: [] }))).toEqual([
      'scenarios.json: expected an array of scenarios',
    ]);
  });
});
