import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogueError } from '../../src/guidance/errors.js';
import { DEFAULT_CONTENT_DIR, loadCatalogue } from '../../src/guidance/load.js';
import type { Entry } from '../../src/guidance/types.js';
import { guidanceText, justiceText, seedExamples, seedReflectionQuestions } from './seed.js';

const catalogue = loadCatalogue();
const byKind = (kind: Entry['kind']) => catalogue.entries.filter((e) => e.kind === kind);

describe('the catalogue covers the whole guidance', () => {
  it('has every reflection question with its "Why this is important?" text, verbatim', () => {
    const seed = seedReflectionQuestions();
    expect(seed).toHaveLength(10);
    const questions = byKind('reflection-question');
    expect(questions).toHaveLength(10);
    for (const { question, why } of seed) {
      const entry = questions.find((q) => q.en.title === question);
      expect(entry, question).toBeDefined();
      const paragraphs = why.split('\n').filter((l) => l.trim());
      for (const p of paragraphs) expect(entry!.en.why, question).toContain(p.trim());
    }
  });

  it('has every example of appropriate (8), risky (7) and inappropriate (11) use with its verdict', () => {
    const seed = seedExamples();
    expect([seed.appropriate.length, seed.risky.length, seed.inappropriate.length]).toEqual([
      8, 7, 11,
    ]);
    for (const verdict of ['appropriate', 'risky', 'inappropriate'] as const) {
      const examples = byKind('example').filter((e) => e.verdict === verdict);
      expect(examples).toHaveLength(seed[verdict].length);
      for (const bullet of seed[verdict]) {
        expect(
          examples.some((e) => e.en.text.includes(bullet)),
          bullet,
        ).toBe(true);
      }
    }
  });

  it('links every example to the reflection questions that apply', () => {
    for (const e of byKind('example')) expect(e.questions?.length, e.id).toBeGreaterThan(0);
  });

  it('quotes the guidance verbatim in English', () => {
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    const guidance = flat(guidanceText() + justiceText().replace(/\[([^\]]+)\]\(#\)/g, '$1'));
    for (const e of catalogue.entries) {
      for (const paragraph of e.en.text.split(/\n+/)) {
        expect(guidance, `${e.id}: ${paragraph}`).toContain(
          flat(paragraph.replace(/^- /, '')).trim(),
        );
      }
      // French is the tool's translation, or official where the Government's own text was found.
      expect(['bot-translation', 'official'], e.id).toContain(e.fr.source);
      expect(e.en.source, e.id).toBe('seed');
    }
  });

  it('titles each example with its bullet, keeping every word that carries a condition', () => {
    const seedLines = new Set(
      guidanceText()
        .split('\n')
        .map((l) => l.trim().replace(/^- /, '')),
    );
    for (const e of catalogue.entries) {
      const title = e.en.title.toLowerCase();
      if (e.kind === 'example') {
        expect(e.titleFrom, e.id).toBe('guidance-bullet');
        expect(e.conditions?.length, e.id).toBeGreaterThan(0);
        const bullet = e.en.text.toLowerCase();
        for (const words of e.conditions ?? []) {
          expect(title, `${e.id} title keeps "${words}"`).toContain(words.toLowerCase());
          expect(bullet, `${e.id} bullet says "${words}"`).toContain(words.toLowerCase());
        }
      } else expect(e.conditions, e.id).toBeUndefined();
      if (e.titleFrom === 'guidance-question') expect(e.en.title).toBe(e.en.text.split('\n')[0]);
      if (e.titleFrom === 'guidance-heading') expect(seedLines, e.id).toContain(e.en.title);
    }
  });

  it('names the conditions of the four examples whose short titles once dropped them', () => {
    const title = (id: string) => catalogue.byId.get(id)!.en.title;
    expect(title('ex-false-information')).toMatch(
      /deliberately .*Government of Canada.* you know to be false or misleading/i,
    );
    expect(title('ex-criticizing-colleague')).toMatch(
      /in a manner that results in workplace tension/,
    );
    expect(title('ex-sensitive-information')).toMatch(/held by the Government of Canada/);
    expect(title('ex-critical-community')).toMatch(/^Creating or participating/);
  });

  it('gives every entry enough ways of asking in both languages', () => {
    for (const e of catalogue.entries) {
      expect(e.en.phrasings.length, e.id).toBeGreaterThanOrEqual(20);
      expect(e.fr.phrasings.length, e.id).toBeGreaterThanOrEqual(15);
    }
  });

  it('covers the guidance sections the product promises', () => {
    const ids = new Set(catalogue.entries.map((e) => e.id));
    for (const id of [
      'topic-candidacy',
      'topic-political-activities',
      'topic-harassment',
      'topic-official-accounts',
      'topic-duty-of-loyalty',
      'topic-disclosing-wrongdoing',
      'topic-conflict-of-interest',
      'topic-online-history',
      'topic-support',
      'topic-training',
      'term-social-media',
      'term-impartiality',
      'term-partisanship',
      'topic-managers-inappropriate-post',
      'topic-executives',
      'topic-proportionate-response',
    ])
      expect(ids, id).toContain(id);
  });
});

describe('loading rejects inconsistent data, listing every problem', () => {
  const broken = (mutate: (entries: Entry[]) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'catalogue-'));
    cpSync(DEFAULT_CONTENT_DIR, dir, { recursive: true });
    const file = join(dir, 'examples-risky.json');
    const entries = JSON.parse(readFileSync(file, 'utf8')) as Entry[];
    mutate(entries);
    writeFileSync(file, JSON.stringify(entries));
    return () => loadCatalogue(dir);
  };

  it('rejects an entry without French', () => {
    const load = broken((es) => delete (es[0] as { fr?: unknown }).fr);
    expect(load).toThrow(CatalogueError);
    expect(load).toThrow(/fr/);
  });

  it('rejects a duplicated id and a dangling related id, both at once', () => {
    const load = broken((es) => {
      es.push({ ...es[0]! });
      (es[1] as unknown as { related: string[] }).related = ['no-such-entry'];
    });
    try {
      load();
      expect.unreachable();
    } catch (error) {
      const problems = (error as CatalogueError).problems.join('\n');
      expect(problems).toMatch(/duplicate id/);
      expect(problems).toMatch(/no-such-entry does not exist/);
    }
  });

  it('rejects an example without a verdict', () => {
    expect(broken((es) => delete (es[0] as { verdict?: string }).verdict)).toThrow(/verdict/);
  });
});
