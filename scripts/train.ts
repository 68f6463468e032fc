// `npm run train`: trains the matcher's model for each language from the catalogue and
// src/matching/training/data/, and writes src/matching/trained/model-<lang>.json. The model is
// committed: the bot never trains at start-up. tests/matching/model.test.ts fails when the model is
// older than what it was trained from (the hash in `trainedFrom`).
import { writeFileSync } from 'node:fs';
import { LANGS } from '../src/guidance/types.js';
import { trainingCatalogue } from '../src/matching/training/catalogue.js';
import { catalogueTexts, writtenTexts } from '../src/matching/training/examples.js';
import { trainingHash } from '../src/matching/training/hash.js';
import { modelFile } from '../src/matching/trained.js';
import { fromBase64 } from '../src/matching/packed.js';
import { trainModel } from '../src/matching/training/train-model.js';

const { entries } = trainingCatalogue();
const ids = entries.map((e) => e.id);
const hash = trainingHash();
for (const lang of LANGS) {
  const t0 = performance.now();
  const texts = [...catalogueTexts(entries, lang), ...writtenTexts(lang, new Set(ids))];
  const file = trainModel(lang, texts, ids, hash);
  writeFileSync(modelFile(lang), JSON.stringify(file) + '\n');
  const s = ((performance.now() - t0) / 1000).toFixed(1);
  const weights = fromBase64(file.weights).length;
  console.log(`${lang}: ${texts.length} texts, ${weights} weights, ${s} s`);
}
