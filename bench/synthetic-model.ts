// The model of a synthetic catalogue (synthetic-catalogue.ts) for the matcher's scaling curve,
// built from the trained model rather than trained anew (training 690 classes takes minutes): each
// clone entry gets its original's weights, so matching time grows as it would with a catalogue ten
// times larger. "near-duplicates" (the worst case): every feature speaks for each clone as for its
// original, so every list of weights is ten times longer. "new-topics": the common features (word
// kinds that are not a specific word, and words that speak for more than SPECIFIC_DF entries) speak
// for the clones; a specific word's weights go to a made-up feature of the clone's own, as the
// synthetic catalogue gives each batch its own made-up words.
import { loadModel, OUT_OF_SCOPE, type Model, type ModelFile } from '../src/matching/model.js';
import { fromBase64 } from '../src/matching/packed.js';
import { packedFeatures } from '../src/matching/training/train-model.js';
import { SPECIFIC_DF, type SyntheticModel } from './synthetic-catalogue.js';

export function syntheticModel(file: ModelFile, factor: number, model: SyntheticModel): Model {
  const names = file.names.split('\n');
  const start = fromBase64(file.start);
  const classOf = fromBase64(file.classOf);
  const weights = fromBase64(file.weights);
  const entries = file.classes.flatMap((c, i) => (c === OUT_OF_SCOPE ? [] : [i]));
  const classes = [...file.classes];
  const cloneOf: number[][] = [];
  for (let k = 1; k < factor; k++)
    cloneOf.push(
      file.classes.map((c, i) => (entries.includes(i) ? classes.push(`${c}--syn${k}`) - 1 : i)),
    );
  const bias = [...file.bias, ...cloneOf.flatMap(() => entries.map((i) => file.bias[i]!))];
  const out = {
    names: [] as string[],
    start: [0],
    classOf: [] as number[],
    weights: [] as number[],
  };
  const push = (name: string, list: [number, number][]) => {
    out.names.push(name);
    for (const [c, w] of list) {
      out.classOf.push(c);
      out.weights.push(w);
    }
    out.start.push(out.classOf.length);
  };
  names.forEach((name, f) => {
    const list: [number, number][] = [];
    for (let k = start[f]!; k < start[f + 1]!; k++) list.push([classOf[k]!, weights[k]!]);
    const common =
      model === 'near-duplicates' || !name.startsWith('w:') || list.length > SPECIFIC_DF;
    if (common)
      push(name, [
        ...list,
        ...cloneOf.flatMap((to) => list.map(([c, w]) => [to[c]!, w] as [number, number])),
      ]);
    else {
      push(name, list);
      cloneOf.forEach((to, k) =>
        push(
          `${name}~syn${k + 1}`,
          list.map(([c, w]) => [to[c]!, w]),
        ),
      );
    }
  });
  // The same salt, so the real words' hashes still hold; a made-up name sharing a hash with another
  // feature would only merge their weights, which does not change how long matching takes.
  const weightsOut = { classes, bias, features: out.names, ...out };
  return loadModel({ ...file, classes, bias, ...packedFeatures(weightsOut, file.salt) });
}
