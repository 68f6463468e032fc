// The committed models: trained from what is in the repository now, consistent with the catalogue,
// and explainable (the contributions add up to the scores).
import { describe, expect, it } from 'vitest';
import { trainingCatalogue } from '../../src/matching/training/catalogue.js';
import { LANGS } from '../../src/guidance/types.js';
import { featuresOf } from '../../src/matching/features.js';
import { loadModel, OUT_OF_SCOPE } from '../../src/matching/model.js';
import { readModelFile } from '../../src/matching/trained.js';
import { fromBase64 } from '../../src/matching/packed.js';
import { trainingHash } from '../../src/matching/training/hash.js';
import { trainModel } from '../../src/matching/training/train-model.js';

const catalogue = trainingCatalogue();

describe.each(LANGS)('the %s model', (lang) => {
  const file = readModelFile(lang);
  const model = loadModel(file);

  it('was trained from the catalogue, data and code in the repository (npm run train)', () => {
    expect(file.trainedFrom).toBe(trainingHash());
  });

  it('has one class per catalogue entry, and one for questions the guidance does not answer', () => {
    expect([...file.classes].sort()).toEqual(
      [...catalogue.entries.map((e) => e.id), OUT_OF_SCOPE].sort(),
    );
  });

  it('reads the feature names only when a match is first explained, not to answer', () => {
    let reads = 0;
    const lazy = loadModel(file, () => {
      reads++;
      return file.names;
    });
    const features = featuresOf('can I share a petition against the minister', lang).features;
    lazy.score(features);
    expect(reads).toBe(0);
    const best = lazy.classes.indexOf('ex-petitions');
    const why = lazy.contributions(features, best);
    expect(why.map((c) => c.feature)).toEqual(
      model.contributions(features, best).map((c) => c.feature),
    );
    lazy.contributions(features, best);
    expect(reads).toBe(1);
  });

  it('gives probabilities that add up to one, and is deterministic', () => {
    const features = featuresOf('can I share a petition against the minister', lang).features;
    const p = model.score(features).probabilities;
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect([...model.score(features).probabilities]).toEqual([...p]);
  });

  it('explains each score: bias plus the contributions of the features is the score', () => {
    const features = featuresOf(
      'my brother is running for council, can I help him?',
      lang,
    ).features;
    const p = model.score(features).probabilities;
    const logits = file.classes.map(
      (_, c) => model.bias[c]! + model.contributions(features, c).reduce((a, x) => a + x.weight, 0),
    );
    const max = Math.max(...logits);
    const z = logits.reduce((a, l) => a + Math.exp(l - max), 0);
    logits.forEach((l, c) => expect(Math.exp(l - max) / z).toBeCloseTo(p[c]!, 6));
  });
});

describe('training', () => {
  it('gives the same model from the same data', () => {
    const texts = catalogue.entries
      .slice(0, 6)
      .flatMap((e) =>
        e.en.phrasings.slice(0, 8).map((text) => ({ text, label: e.id, weight: 1, source: 't' })),
      );
    const ids = catalogue.entries.slice(0, 6).map((e) => e.id);
    const a = trainModel('en', texts, ids, 'x');
    const b = trainModel('en', texts, ids, 'x');
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(fromBase64(a.weights).length).toBeGreaterThan(0);
  });
});
