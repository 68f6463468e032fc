// Multinomial logistic regression, trained online with FTRL-Proximal (McMahan et al., "Ad Click
// Prediction: a View from the Trenches", 2013): per-coordinate learning rates like AdaGrad, and an
// L1 penalty that sets the weights of features that do not speak for a class to exactly zero, so
// the stored model is sparse and each answer is explained by a few features. Examples are seen in a
// fixed order (a seeded shuffle): the same data gives the same model, bit for bit, on the same Node
// version. Small enough to read in one sitting, which is why it is written here rather than taken
// from a library (docs/matching.md says which were considered).
import { mulberry32 } from '../../util/seeded-random.js';
import { featureValues } from '../features.js';

export interface TrainSettings {
  readonly epochs: number;
  /** FTRL's alpha and beta: the per-coordinate step is alpha / (beta + √(sum of squared gradients)). */
  readonly alpha: number;
  readonly beta: number;
  readonly l1: number;
  readonly l2: number;
  /** A feature seen in fewer training questions is dropped. */
  readonly minCount: number;
  readonly seed: number;
}

export const TRAIN_SETTINGS: TrainSettings = Object.freeze({
  epochs: 20,
  alpha: 1,
  beta: 1,
  l1: 0.2,
  l2: 0.01,
  minCount: 2,
  seed: 20261207,
});

export interface Example {
  readonly features: readonly string[];
  readonly label: string;
  /** How much this example counts (default 1). */
  readonly weight?: number;
}

/** The trained weights, sparse: feature f's are weights[start[f] .. start[f+1]) for classOf[…]. */
export interface Weights {
  readonly classes: readonly string[];
  readonly bias: readonly number[];
  readonly features: readonly string[];
  readonly start: readonly number[];
  readonly classOf: readonly number[];
  readonly weights: readonly number[];
}

export function trainSoftmax(
  examples: readonly Example[],
  classes: readonly string[],
  s: TrainSettings = TRAIN_SETTINGS,
): Weights {
  const classIds = new Map(classes.map((c, i) => [c, i]));
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts]
    .filter(([, n]) => n >= s.minCount)
    .map(([f]) => f)
    .sort();
  const ids = new Map(names.map((f, i) => [f, i]));
  const C = classes.length;
  const data = examples.map((e) => {
    const label = classIds.get(e.label);
    if (label === undefined) throw new Error(`unknown class ${e.label}`);
    const values = featureValues(e.features);
    const kept = e.features.flatMap((f, i) => (ids.has(f) ? [i] : []));
    return {
      fs: Int32Array.from(kept, (i) => ids.get(e.features[i]!)!),
      xs: Float64Array.from(kept, (i) => values[i]!),
      label,
      w: e.weight ?? 1,
    };
  });
  // Per coordinate (feature × class, then C biases at the end): FTRL's z and n.
  const size = (names.length + 1) * C;
  const z = new Float64Array(size);
  const n = new Float64Array(size);
  const weightAt = (k: number, l1: number) => {
    const zk = z[k]!;
    if (Math.abs(zk) <= l1) return 0;
    return -(zk - Math.sign(zk) * l1) / ((s.beta + Math.sqrt(n[k]!)) / s.alpha + s.l2);
  };
  const biasAt = (c: number) => names.length * C + c;
  const p = new Float64Array(C);
  const order = data.map((_, i) => i);
  const random = mulberry32(s.seed);
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const { fs, xs, label, w } = data[i]!;
      for (let c = 0; c < C; c++) p[c] = weightAt(biasAt(c), 0);
      for (let j = 0; j < fs.length; j++)
        for (let c = 0; c < C; c++) p[c] = p[c]! + xs[j]! * weightAt(fs[j]! * C + c, s.l1);
      softmaxInPlace(p);
      for (let c = 0; c < C; c++) {
        const err = w * (p[c]! - (c === label ? 1 : 0));
        update(biasAt(c), err, 0);
        for (let j = 0; j < fs.length; j++) update(fs[j]! * C + c, err * xs[j]!, s.l1);
      }
    }
  }
  function update(k: number, g: number, l1: number) {
    const sigma = (Math.sqrt(n[k]! + g * g) - Math.sqrt(n[k]!)) / s.alpha;
    z[k] = z[k]! + g - sigma * weightAt(k, l1);
    n[k] = n[k]! + g * g;
  }
  const W = new Float64Array(names.length * C);
  for (let k = 0; k < W.length; k++) W[k] = weightAt(k, s.l1);
  const b = Float64Array.from({ length: C }, (_, c) => weightAt(biasAt(c), 0));
  return sparse(names, W, b, classes);
}

function sparse(
  names: readonly string[],
  W: Float64Array,
  b: Float64Array,
  classes: readonly string[],
): Weights {
  const C = classes.length;
  const features: string[] = [];
  const start: number[] = [0];
  const classOf: number[] = [];
  const weights: number[] = [];
  const row = new Float64Array(C);
  names.forEach((name, f) => {
    row.set(W.subarray(f * C, f * C + C));
    let kept = 0;
    for (let c = 0; c < C; c++) {
      const w = Math.fround(row[c]!);
      if (w === 0) continue;
      classOf.push(c);
      weights.push(w);
      kept++;
    }
    if (kept === 0) return;
    features.push(name);
    start.push(classOf.length);
  });
  return { classes, bias: [...b], features, start, classOf, weights };
}

function softmaxInPlace(v: Float64Array) {
  let max = -Infinity;
  for (const x of v) if (x > max) max = x;
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i] = Math.exp(v[i]! - max);
  for (let i = 0; i < v.length; i++) v[i] = v[i]! / sum;
}

function shuffle(a: number[], random: () => number) {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
}
