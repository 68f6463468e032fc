// Trains one language's model from labelled texts: features (features.ts, the same code that reads
// questions at run time), then the softmax classifier (softmax.ts). The vocabulary kept for typo
// correction is every normalised word used at least twice.
import type { Lang } from '../../guidance/types.js';
import { featuresOf } from '../features.js';
import { OUT_OF_SCOPE, type ModelFile } from '../model.js';
import { saltWithoutCollisions, sortedHashes } from '../hashed.js';
import { toBase64 } from '../packed.js';
import { tokenize } from '../text.js';
import { realWordsNear } from './real-words.js';
import type { LabelledText } from './examples.js';
import {
  trainSoftmax,
  TRAIN_SETTINGS,
  type Example,
  type TrainSettings,
  type Weights,
} from './softmax.js';

export function trainModel(
  lang: Lang,
  texts: readonly LabelledText[],
  entryIds: readonly string[],
  trainedFrom: string,
  settings: TrainSettings = TRAIN_SETTINGS,
): ModelFile {
  const vocabulary = vocabularyOf(texts);
  const known = new Set(Object.keys(vocabulary));
  const examples: Example[] = texts.map((t) => ({
    features: featuresOf(t.text, lang, { known }).features,
    label: t.label,
    weight: t.weight,
  }));
  const w = trainSoftmax(examples, [...entryIds, OUT_OF_SCOPE], settings);
  const real = realWordsNear(lang, vocabulary);
  const salt = saltWithoutCollisions([...w.features, ...real]);
  return {
    format: 3,
    lang,
    trainedFrom,
    classes: w.classes,
    bias: w.bias,
    salt,
    ...packedFeatures(w, salt),
    vocabulary: Object.entries(vocabulary)
      .map(([word, n]) => `${word} ${n}`)
      .join('\n'),
    realWords: toBase64('uint32', sortedHashes(real, salt).hashes),
  };
}

/** The trained weights in the order of their features' hashes (model.ts). */
export function packedFeatures(w: Weights, salt: number) {
  const { hashes, order } = sortedHashes(w.features, salt);
  const start = [0];
  const classOf: number[] = [];
  const weights: number[] = [];
  for (const f of order) {
    for (let k = w.start[f]!; k < w.start[f + 1]!; k++) {
      classOf.push(w.classOf[k]!);
      weights.push(w.weights[k]!);
    }
    start.push(classOf.length);
  }
  return {
    hashes: toBase64('uint32', hashes),
    start: toBase64('int32', start),
    classOf: toBase64('uint16', classOf),
    weights: toBase64('float32', weights),
    names: order.map((f) => w.features[f]!).join('\n'),
  };
}

function vocabularyOf(texts: readonly LabelledText[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of tokenize(t.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return Object.fromEntries(
    [...counts].filter(([, n]) => n >= 2).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}
