// The trained model of one language: a linear (softmax) classifier over question features
// (features.ts), one class per catalogue entry plus `OUT_OF_SCOPE`, trained by `npm run train`
// (src/matching/training/) on the catalogue's phrasings, the questions written for training and the
// out-of-scope corpus. Scoring is a sparse dot product: a few hundred multiplications a question.
// Every probability can be explained: it is the sum of the weights of the features the question has.
import type { Lang } from '../guidance/types.js';
import { findHash, hashIndex, hashName } from './hashed.js';
import { featureValues } from './features.js';
import { fromBase64, type Packed } from './packed.js';

/** The class of questions the guidance does not answer. */
export const OUT_OF_SCOPE = 'out';

/**
 * A model as stored (model-<lang>.json). Features are found by hash (hashed.ts): feature i, whose
 * hash is hashes[i] (ascending), has the weights weights[start[i] .. start[i+1]) for the classes
 * classOf[…]. The numeric arrays are packed (packed.ts): a JSON array of numbers would make the
 * first question in a language several times slower.
 */
export interface ModelFile {
  readonly format: 3;
  readonly lang: Lang;
  /** Hash of everything the model was trained from (training data, catalogue, code). */
  readonly trainedFrom: string;
  readonly classes: readonly string[];
  readonly bias: readonly number[];
  /** The salt under which no two of the model's names share a hash. */
  readonly salt: number;
  readonly hashes: Packed<'uint32'>;
  readonly start: Packed<'int32'>;
  readonly classOf: Packed<'uint16'>;
  readonly weights: Packed<'float32'>;
  /** The feature names in the same order, one per line: read only to explain a match. */
  readonly names: string;
  /** Normalised words of the training texts used at least twice, with their counts: "word count" lines. */
  readonly vocabulary: string;
  /** Hashes of the real words one edit from the vocabulary (ascending): typo correction leaves them alone. */
  readonly realWords: Packed<'uint32'>;
}

export interface Contribution {
  readonly feature: string;
  readonly weight: number;
}

export interface Model {
  readonly lang: Lang;
  readonly classes: readonly string[];
  readonly bias: Float64Array;
  /** Words the model learned, with how often the training texts use them (typo correction aims here). */
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly realWords: { has(word: string): boolean };
  /** Probability of each class (same order as `classes`) for a question's features. */
  score(features: readonly string[]): Scores;
  /** The features that pushed class `c` up (or down) for this question, strongest first. */
  contributions(features: readonly string[], c: number): Contribution[];
}

export interface Scores {
  readonly probabilities: Float64Array;
  /** How many of the features the model knows. */
  readonly known: number;
}

const lines = (text: string) => (text ? text.split('\n') : []);

/**
 * `namesOf` gives the feature names (file.names) when an explanation first needs them: the bot's
 * models pass a function that reads the file again, so the names (about 0.5 MB a language, never
 * used to answer) are not kept in memory.
 */
export function loadModel(file: ModelFile, namesOf?: () => string): Model {
  if (file.format !== 3)
    throw new Error(`model ${file.lang}: unknown format ${String(file.format)}`);
  const { salt } = file;
  const hashes = fromBase64(file.hashes);
  const start = fromBase64(file.start);
  const classOf = fromBase64(file.classOf);
  const weights = fromBase64(file.weights);
  const bias = Float64Array.from(file.bias);
  if (bias.length !== file.classes.length || start.length !== hashes.length + 1)
    throw new Error(`model ${file.lang}: its arrays do not fit its classes and features`);
  const find = hashIndex(hashes);
  const indexOf = (name: string) => find(hashName(name, salt));
  // The names are read and split only when a match is explained (npm run ask), never by the bot.
  // No closure here refers to `file`, so that the parsed file is not kept alive with the model.
  const kept = namesOf ? undefined : file.names;
  let names: string[] | undefined;
  const nameOf = (f: number) => (names ??= lines(namesOf ? namesOf() : kept!))[f]!;

  /** Calls visit(feature index, its value) for each feature the model knows. */
  const each = (features: readonly string[], visit: (f: number, x: number) => void) => {
    const values = featureValues(features);
    features.forEach((name, i) => {
      const f = indexOf(name);
      if (f >= 0) visit(f, values[i]!);
    });
  };

  function score(features: readonly string[]): Scores {
    const logits = Float64Array.from(bias);
    let known = 0;
    each(features, (f, x) => {
      known++;
      for (let k = start[f]!; k < start[f + 1]!; k++)
        logits[classOf[k]!] = logits[classOf[k]!]! + x * weights[k]!;
    });
    return { probabilities: softmax(logits), known };
  }

  function contributions(features: readonly string[], cls: number): Contribution[] {
    const out: Contribution[] = [];
    each(features, (f, x) => {
      for (let k = start[f]!; k < start[f + 1]!; k++)
        if (classOf[k] === cls) out.push({ feature: nameOf(f), weight: x * weights[k]! });
    });
    return out.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  }

  const realWords = fromBase64(file.realWords);
  const vocabulary = new Map(
    lines(file.vocabulary).map((l) => {
      const [word, count] = l.split(' ');
      return [word!, Number(count)] as const;
    }),
  );
  return {
    lang: file.lang,
    classes: file.classes,
    bias,
    vocabulary,
    realWords: { has: (word) => findHash(realWords, hashName(word, salt)) >= 0 },
    score,
    contributions,
  };
}

export function softmax(logits: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of logits) if (v > max) max = v;
  let sum = 0;
  for (let i = 0; i < logits.length; i++) sum += logits[i] = Math.exp(logits[i]! - max);
  for (let i = 0; i < logits.length; i++) logits[i] = logits[i]! / sum;
  return logits;
}
