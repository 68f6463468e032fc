// The trained model of one language: a linear (softmax) classifier over question features
// (features.ts), one class per catalogue entry plus `OUT_OF_SCOPE`, trained by `npm run train`
// (src/matching/training/) on the catalogue's phrasings, the questions written for training and the
// out-of-scope corpus. Scoring is a sparse dot product: a few hundred multiplications a question.
// Every probability can be explained: it is the sum of the weights of the features the question has.
import type { Lang } from '../guidance/types.js';
import { fromBase64, type Packed } from './packed.js';

/** The class of questions the guidance does not answer. */
export const OUT_OF_SCOPE = 'out';

/**
 * A model as stored (model-<lang>.json). Feature f's weights are weights[start[f] .. start[f+1])
 * for the classes classOf[…]; the numeric arrays are packed (packed.ts), which a JSON array of
 * numbers would make several times slower to read at the first question.
 */
export interface ModelFile {
  readonly format: 2;
  readonly lang: Lang;
  /** Hash of everything the model was trained from (training data, catalogue, code). */
  readonly trainedFrom: string;
  readonly classes: readonly string[];
  readonly bias: readonly number[];
  /** Feature names, one per line. */
  readonly features: string;
  readonly start: Packed<'int32'>;
  readonly classOf: Packed<'uint16'>;
  readonly weights: Packed<'float32'>;
  /** Normalised words of the training texts used at least twice, with their counts: "word count" lines. */
  readonly vocabulary: string;
  /** Real words one edit from the vocabulary, one per line: typo correction leaves them alone. */
  readonly realWords: string;
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
  readonly realWords: ReadonlySet<string>;
  /** Probability of each class (same order as `classes`) for a question's features. */
  probabilities(features: readonly string[]): Float64Array;
  /** The features that pushed class `c` up (or down) for this question, strongest first. */
  contributions(features: readonly string[], c: number): Contribution[];
  /** Features the model knows among these. */
  known(features: readonly string[]): number;
}

/**
 * Each feature's value: 1/√n for a question with n features, the norm of its vector, which keeps a
 * long question's scores on the same scale as a short one's.
 */
export function featureValues(features: readonly string[]): Float64Array {
  return new Float64Array(features.length).fill(
    features.length ? 1 / Math.sqrt(features.length) : 0,
  );
}

const lines = (text: string) => (text ? text.split('\n') : []);

export function loadModel(file: ModelFile): Model {
  if (file.format !== 2)
    throw new Error(`model ${file.lang}: unknown format ${String(file.format)}`);
  const names = lines(file.features);
  const ids = new Map(names.map((f, i) => [f, i]));
  const start = fromBase64(file.start);
  const classOf = fromBase64(file.classOf);
  const weights = fromBase64(file.weights);
  const bias = Float64Array.from(file.bias);
  if (bias.length !== file.classes.length || start.length !== names.length + 1)
    throw new Error(`model ${file.lang}: its arrays do not fit its classes and features`);

  /** Calls visit(feature index, its value) for each feature the model knows. */
  const each = (features: readonly string[], visit: (f: number, x: number) => void) => {
    const values = featureValues(features);
    features.forEach((name, i) => {
      const f = ids.get(name);
      if (f !== undefined) visit(f, values[i]!);
    });
  };

  function probabilities(features: readonly string[]): Float64Array {
    const logits = Float64Array.from(bias);
    each(features, (f, x) => {
      for (let k = start[f]!; k < start[f + 1]!; k++)
        logits[classOf[k]!] = logits[classOf[k]!]! + x * weights[k]!;
    });
    return softmax(logits);
  }

  function contributions(features: readonly string[], cls: number): Contribution[] {
    const out: Contribution[] = [];
    each(features, (f, x) => {
      for (let k = start[f]!; k < start[f + 1]!; k++)
        if (classOf[k] === cls) out.push({ feature: names[f]!, weight: x * weights[k]! });
    });
    return out.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  }

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
    realWords: new Set(lines(file.realWords)),
    probabilities,
    contributions,
    known: (features) => features.filter((f) => ids.has(f)).length,
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
