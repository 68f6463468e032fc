import { describe, expect, it } from 'vitest';
import { pickNext } from '../../../src/features/schedule/rotation.js';
import { SCENARIO_IDS, seededRandom } from './fixtures.js';

function run(picks: number, seed: number, ids = SCENARIO_IDS): string[] {
  const random = seededRandom(seed);
  let used: readonly string[] = [];
  const out: string[] = [];
  for (let i = 0; i < picks; i++) {
    const pick = pickNext(ids, used, random)!;
    out.push(pick.id);
    used = pick.used;
  }
  return out;
}

describe('pickNext', () => {
  it('never repeats until every scenario has been used (28 picks over 28 ids)', () => {
    const picks = run(28, 1);
    expect(new Set(picks).size).toBe(28);
    expect([...picks].sort()).toEqual([...SCENARIO_IDS].sort());
  });

  it('is deterministic for a given random', () => {
    expect(run(40, 7)).toEqual(run(40, 7));
    expect(run(40, 7)).not.toEqual(run(40, 8));
  });

  it('resets when exhausted, without repeating the last scenario right away', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const picks = run(56, seed);
      expect(new Set(picks.slice(0, 28)).size).toBe(28);
      expect(picks[28]).not.toBe(picks[27]);
      expect(new Set(picks.slice(28)).size).toBe(28);
    }
  });

  it('starts the used list again on reset', () => {
    const ids = ['a', 'b'];
    const after = pickNext(ids, ['a', 'b'], () => 0)!;
    expect(after).toEqual({ id: 'a', used: ['a'] });
    const afterB = pickNext(ids, ['b', 'a'], () => 0)!;
    expect(afterB).toEqual({ id: 'b', used: ['b'] });
  });

  it('ignores retired scenarios, copes with one scenario and with none', () => {
    expect(pickNext(['a', 'b'], ['gone', 'a'], () => 0.99)).toEqual({ id: 'b', used: ['a', 'b'] });
    expect(pickNext(['only'], ['only'], () => 0.5)).toEqual({ id: 'only', used: ['only'] });
    expect(pickNext([], [], () => 0)).toBeUndefined();
    expect(pickNext(['a', 'b', 'c'], [], () => 1)?.id).toBe('c');
  });
});
