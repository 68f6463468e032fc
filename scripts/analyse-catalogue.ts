// Part of `npm run build`, after tsc: analyses the catalogue's texts with the compiled matcher
// (dist/src) and writes dist/src/matching/analysed-<lang>.json, which the built bot reads instead
// of analysing them again when it builds a language's index (src/matching/analysed.ts).
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'src');
const compiled = <T>(path: string) => import(pathToFileURL(resolve(DIST, path)).href) as Promise<T>;

type Lang = 'en' | 'fr';
const { loadCatalogue } =
  await compiled<typeof import('../src/guidance/load.js')>('guidance/load.js');
const { indexTexts } = await compiled<typeof import('../src/matching/catalogue-index.js')>(
  'matching/catalogue-index.js',
);
const { analyseAll, analysedFile } =
  await compiled<typeof import('../src/matching/analysed.js')>('matching/analysed.js');

const { entries } = loadCatalogue();
for (const lang of ['en', 'fr'] as const satisfies readonly Lang[]) {
  const analysed = analyseAll(indexTexts(entries, lang), lang);
  writeFileSync(analysedFile(lang), JSON.stringify(analysed));
  console.log(
    `analysed ${Object.keys(analysed).length} ${lang} texts → ${fileURLToPath(analysedFile(lang))}`,
  );
}
