// Cards pre-rendered at build time (src/cards/prerendered.ts, scripts/prerender-cards.ts) are the
// cards the templating engine expands from the same template and data, and nothing else is served.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTemplate, prerenderedInput, render } from '../../src/cards/render.js';
import {
  PRERENDERED_DIR,
  prerenderedKey,
  readPrerendered,
  writePrerendered,
} from '../../src/cards/prerendered.js';
import { answerView } from '../../src/features/qa/cards/answer.js';
import { loadCatalogue } from '../../src/guidance/load.js';
import { cardsToPrerender, prerenderCards } from '../../scripts/prerender-cards.js';

const dir = mkdtempSync(join(tmpdir(), 'prerendered-'));
const nowhere = join(dir, 'none');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pre-rendered cards', () => {
  const count = prerenderCards(join(dir, 'cards'));
  const cards = cardsToPrerender();

  it('cover every entry’s answer card in both languages, plus welcome and topics', () => {
    const entries = loadCatalogue().entries.length;
    expect(count).toBe(cards.length);
    expect(count).toBe(2 * (entries + 2));
  });

  it('are each found and equal to the card expanded live', () => {
    for (const [name, view] of cards) {
      expect(readPrerendered(join(dir, 'cards'), prerenderedInput(name, view).key)).toBeDefined();
      expect(render(name, view, join(dir, 'cards'))).toEqual(render(name, view, nowhere));
    }
  });

  it('are what render returns when one exists for the template and data', () => {
    const catalogue = loadCatalogue();
    const view = answerView(catalogue.entries[0]!, (id) => catalogue.byId.get(id), 'en');
    const marked = join(dir, 'marked');
    writePrerendered(marked, prerenderedInput('answer', view).key, {
      type: 'AdaptiveCard',
      marker: 1,
    });
    expect(render('answer', view, marked)).toEqual({ type: 'AdaptiveCard', marker: 1 });
  });

  it('are not used for other data or another template text', () => {
    const catalogue = loadCatalogue();
    const lookup = (id: string) => catalogue.byId.get(id);
    const entry = catalogue.entries[0]!;
    const after = answerView(entry, lookup, 'en', { feedback: 'thanks' });
    const key = prerenderedInput('answer', after).key;
    expect(readPrerendered(join(dir, 'cards'), key)).toBeUndefined();
    expect(render('answer', after, join(dir, 'cards'))).toEqual(render('answer', after, nowhere));
    const text = JSON.stringify(loadTemplate('answer'));
    const view = answerView(entry, lookup, 'en');
    expect(prerenderedKey(text, view)).not.toBe(prerenderedKey(`${text} `, view));
  });

  it('are looked for under dist/ only, never from the sources tests run', () => {
    expect(PRERENDERED_DIR).not.toContain(`${join('dist', 'prerendered-cards')}`);
  });
});
