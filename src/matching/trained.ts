// The committed models (`npm run train` writes them), loaded once per language on first use.
import { readFileSync } from 'node:fs';
import type { Lang } from '../guidance/types.js';
import { loadModel, type Model, type ModelFile } from './model.js';

export const modelFile = (lang: Lang): URL =>
  new URL(`./trained/model-${lang}.json`, import.meta.url);

export const readModelFile = (lang: Lang): ModelFile =>
  JSON.parse(readFileSync(modelFile(lang), 'utf8')) as ModelFile;

const loaded: Partial<Record<Lang, Model>> = {};

/** The feature names are read again from the file when a match is first explained (model.ts). */
export const trainedModel = (lang: Lang): Model =>
  (loaded[lang] ??= loadModel(readModelFile(lang), () => readModelFile(lang).names));
