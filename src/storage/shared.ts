// Rules every backend applies the same way, so the contract suite can hold them all to one behaviour.
import { StorageError } from './errors.js';
import type { WriteCondition } from './storage.js';

/**
 * Serialises a value as JSON, the only form every backend can store. Values that JSON would silently
 * drop or mangle (undefined, functions, BigInt, cycles) are refused rather than stored as something else.
 */
export function toJson(key: string, value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch (cause) {
    throw new StorageError(`The value for ${key} is not JSON-serialisable`, { cause });
  }
  if (json === undefined) throw new StorageError(`The value for ${key} is not JSON-serialisable`);
  return json;
}

/** Whether a write's condition holds against the eTag stored now (undefined: the key is missing). */
export function conditionHolds(condition: WriteCondition, current: string | undefined): boolean {
  return 'ifNoneMatch' in condition ? current === undefined : current === condition.ifMatch;
}
