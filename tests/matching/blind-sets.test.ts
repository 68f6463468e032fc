// The blind sets are frozen: their questions are the bytes hashed before anyone ran the bot on
// them (fixtures/README.md), and every expected entry exists.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/guidance/load.js';
import { readBlindSet } from './blind-set.js';

const FROZEN = {
  a: '4b14bd7199b3b2d13638f5152060295a5fc03eb980d0ad0569b31a1d1fcea466',
  b: '95ddcd0bc158c153805bf65a9794662eda82b8119ead13dc1604b3ccf90839f6',
  c: '0c73e40d29d840626ae563606306cb457a7077cfa639d450dcecaef6cdcbbe80',
  d: '04361945f0d5a1703aabe23a2e367a469b12be0375993234d078251c63cc6af2',
  e: '9dba922ca085757708c3df384602eaaf3b89e1678adeb45f39e6648a986840aa',
  f: 'f38e9ecb473f090ab24f570199f8bc947c0637f5eb5f1f27d66b148a03724158',
  g: 'cb8b3474c4d12bfa20ab7a9c276e626551240e83250f6bb0eadf7abab8bdf143',
  h: '58659550b8e07f866475f2626e8862328a9a55eeab5812fce248d640ec2d943f',
  i: '6f3ec24c652b9d40c9f87aee3e0c73a09dfe951c53708b8ca8cd39743d79694a',
  j: '747c8ef075a7c37971b887855f04674938651a6166b81c81de6d6d43d515b73a',
};
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const ids = new Set(loadCatalogue().entries.map((e) => e.id));

describe.each(Object.entries(FROZEN))('blind set %s', (set, hash) => {
  it('has the questions frozen before the bot was run on them', () => {
    const bytes = readFileSync(fixture(`blind-${set}.questions.jsonl`));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(hash);
  });
  it('maps every in-scope question to entries of the catalogue, and off-topic ones to none', () => {
    const questions = readBlindSet(fixture(`blind-${set}.questions.jsonl`));
    expect(questions).toHaveLength(500);
    for (const q of questions) {
      for (const id of q.expected) expect(ids.has(id), `${q.id}: ${id}`).toBe(true);
      if (q.kind !== 'in-scope') expect(q.expected).toEqual([]);
    }
  });
});
