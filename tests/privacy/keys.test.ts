import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeyHasher } from '../../src/privacy/keys.js';

const SECRET = 'a-test-secret-of-32-characters!!';
const expected = (text: string, secret = SECRET) =>
  createHmac('sha256', secret).update(text).digest('base64url').slice(0, 32);

describe('keyed hashes for stored data', () => {
  it('is the HMAC-SHA-256 of the id under the secret, never the id itself', () => {
    const hasher = createKeyHasher(SECRET);
    const id = '3f2a9c1e-0000-4000-8000-00000000abcd';
    expect(hasher.person(id)).toBe(expected(`person:${id}`));
    expect(hasher.conversation('19:abc@thread.tacv2')).toBe(
      expected('conversation:19:abc@thread.tacv2'),
    );
    expect(hasher.person(id)).not.toContain(id.slice(0, 8));
  });

  it('treats Entra object ids case-insensitively, conversation ids exactly', () => {
    const hasher = createKeyHasher(SECRET);
    expect(hasher.person('ABC-DEF')).toBe(hasher.person('abc-def'));
    expect(hasher.conversation('ABC')).not.toBe(hasher.conversation('abc'));
  });

  it('differs with another secret, and keeps persons and conversations apart', () => {
    const one = createKeyHasher(SECRET);
    const other = createKeyHasher('another-secret-of-enough-length');
    expect(one.person('x')).not.toBe(other.person('x'));
    expect(one.person('x')).not.toBe(one.conversation('x'));
  });

  it('gives the same answers past the remembered set (oldest forgotten, recomputed)', () => {
    const hasher = createKeyHasher(SECRET);
    const ids = Array.from({ length: 5_000 }, (_, i) => `person-${i}`);
    const first = ids.map((id) => hasher.person(id));
    const again = ids.map((id) => hasher.person(id));
    expect(again).toEqual(first);
    expect(first[4_999]).toBe(expected('person:person-4999'));
    expect(new Set(first).size).toBe(ids.length);
  });

  it('refuses a short secret', () => {
    expect(() => createKeyHasher('short')).toThrow(/at least 16/);
  });
});
