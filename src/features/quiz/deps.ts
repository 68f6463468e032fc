// What the quiz operations need from outside: a Storage, the scenario bank, a clock. Passed in
// rather than imported, so tests run on a MemoryStorage with scenarios of their own.
import { randomBytes } from 'node:crypto';
import type { Scenario } from '../../scenarios/types.js';
import type { Storage } from '../../storage/storage.js';
import { QUIZ_SIZE } from './types.js';

export interface QuizDeps {
  readonly storage: Storage;
  /** The scenario bank (src/scenarios/load.ts). Ids are published and never removed. */
  readonly scenarios: readonly Scenario[];
  readonly now?: () => Date;
  /** Random, url-safe quiz ids; replaceable only so a test can force a collision. */
  readonly newQuizId?: () => string;
}

/** 12 random bytes: 16 base64url characters, unguessable, safe in keys and card data. */
export const randomQuizId = (): string => randomBytes(12).toString('base64url');

export const nowIso = (deps: QuizDeps): string => (deps.now?.() ?? new Date()).toISOString();

const banks = new WeakMap<readonly Scenario[], ReadonlyMap<string, Scenario>>();

/** The bank by id, built once per bank; a bank too small for any quiz is a configuration error. */
export function bankOf(deps: QuizDeps): ReadonlyMap<string, Scenario> {
  let byId = banks.get(deps.scenarios);
  if (!byId) {
    if (deps.scenarios.length < QUIZ_SIZE.min)
      throw new RangeError(`A quiz needs at least ${QUIZ_SIZE.min} scenarios in the bank`);
    byId = new Map(deps.scenarios.map((s) => [s.id, s]));
    banks.set(deps.scenarios, byId);
  }
  return byId;
}

export const scenarioById = (deps: QuizDeps, id: string | undefined): Scenario | undefined =>
  id === undefined ? undefined : bankOf(deps).get(id);
