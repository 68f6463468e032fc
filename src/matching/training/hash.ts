// What a model was trained from, as one hash: the catalogue, the training data, and the code that
// turns text into features and trains. A model whose `trainedFrom` differs is stale.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

const HERE = new URL('./', import.meta.url);
const MATCHING = new URL('../', import.meta.url);
const CONTENT = new URL('../../guidance/content/', import.meta.url);
const PROFILES = new URL('../../organization/profiles/', import.meta.url);

const SHAPING_CODE = [
  'features.ts',
  'asking.ts',
  'roles.ts',
  'lexicon.ts',
  'stopwords.ts',
  'synonyms.ts',
  'stem.ts',
  'text.ts',
  'training/softmax.ts',
  '../util/seeded-random.ts',
  'training/catalogue.ts',
  'training/examples.ts',
  'training/train-model.ts',
  'training/real-words.ts',
  'typos.ts',
];

const filesIn = (dir: URL, ext: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => new URL(f, dir));

export function trainingHash(): string {
  const hash = createHash('sha256');
  const files = [
    ...filesIn(CONTENT, '.json'),
    ...filesIn(PROFILES, '.json'),
    ...filesIn(new URL('data/', HERE), '.jsonl'),
    ...SHAPING_CODE.map((f) => new URL(f, MATCHING)),
  ];
  for (const f of files) hash.update(f.pathname.split('/src/').pop()!).update(readFileSync(f));
  return hash.digest('hex').slice(0, 16);
}
