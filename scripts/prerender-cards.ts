// `npm run build`'s step after bundling: expands the cards a fresh process would otherwise expand
// first — each entry's answer card and the welcome and topics cards, in both languages — into
// dist/prerendered-cards/, where src/cards/render.ts finds them by template and data
// (src/cards/prerendered.ts explains why and why a stale card cannot be served).
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expandTemplate, prerenderedInput, type TemplateName } from '../src/cards/render.js';
import { writePrerendered } from '../src/cards/prerendered.js';
import { answerView } from '../src/features/qa/cards/answer.js';
import { topicsView } from '../src/features/qa/cards/topics.js';
import { welcomeView } from '../src/features/qa/cards/welcome.js';
import { loadCatalogue } from '../src/guidance/load.js';
import { LANGS } from '../src/guidance/types.js';

/** Every card the build pre-renders, as (template, view model). */
export function cardsToPrerender(): [TemplateName, object][] {
  const catalogue = loadCatalogue();
  const lookup = (id: string) => catalogue.byId.get(id);
  return LANGS.flatMap((lang): [TemplateName, object][] => [
    ['welcome', welcomeView(lang)],
    ['topics', topicsView(catalogue, lang)],
    ...catalogue.entries.map((entry): [TemplateName, object] => [
      'answer',
      answerView(entry, lookup, lang),
    ]),
  ]);
}

/** Writes every card into `dir` (emptied first); returns how many. */
export function prerenderCards(dir: string): number {
  rmSync(dir, { recursive: true, force: true });
  const cards = cardsToPrerender();
  for (const [name, view] of cards) {
    const { root, key } = prerenderedInput(name, view);
    writePrerendered(dir, key, expandTemplate(name, root));
  }
  return cards.length;
}

/** Where dist/src/cards/prerendered.js looks (its PRERENDERED_DIR; from src/ it is elsewhere). */
const DIST_DIR = fileURLToPath(new URL('../dist/prerendered-cards/', import.meta.url));

/** The compiled renderer must look where the cards are written, or they would never be read. */
async function checkCompiledLooksHere(): Promise<void> {
  const compiled = new URL('../dist/src/cards/prerendered.js', import.meta.url).href;
  const { PRERENDERED_DIR } = (await import(compiled)) as { PRERENDERED_DIR: string };
  if (PRERENDERED_DIR !== DIST_DIR)
    throw new Error(`dist/src reads pre-rendered cards from ${PRERENDERED_DIR}, not ${DIST_DIR}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await checkCompiledLooksHere();
  console.log(`Pre-rendered ${prerenderCards(DIST_DIR)} cards into ${DIST_DIR}`);
}
