// The behaviour every Storage backend must have (memory, file, Azure Blob): each backend's test file
// calls storageContract with a factory for a fresh, empty store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deletePrefix } from '../../src/storage/delete-prefix.js';
import {
  InvalidKeyError,
  PreconditionFailedError,
  StorageError,
} from '../../src/storage/errors.js';
import type { Storage } from '../../src/storage/storage.js';
import { increment } from './increment.js';

export interface StorageFixture {
  storage: Storage;
  cleanup(): Promise<void>;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

export function storageContract(name: string, make: () => Promise<StorageFixture>): void {
  describe(`${name}: Storage contract`, () => {
    let storage: Storage;
    let fixture: StorageFixture;
    beforeEach(async () => {
      fixture = await make();
      storage = fixture.storage;
    });
    afterEach(async () => {
      await storage.close();
      await fixture.cleanup();
    });

    it('reads a missing key as undefined', async () => {
      expect(await storage.read('missing')).toBeUndefined();
      expect(await storage.read('no/such/key')).toBeUndefined();
    });

    it('round-trips a value with its eTag', async () => {
      const value = { text: 'é ✅', n: 1.5, list: [1, null, 'x'], nested: { ok: true } };
      const eTag = await storage.write('a/b', value);
      expect(typeof eTag).toBe('string');
      expect(await storage.read('a/b')).toEqual({ value, eTag });
      const nullETag = await storage.write('nothing', null);
      expect(await storage.read('nothing')).toEqual({ value: null, eTag: nullETag });
    });

    it('refuses values that are not JSON', async () => {
      await expect(storage.write('k', undefined)).rejects.toBeInstanceOf(StorageError);
      await expect(storage.write('k', 1n)).rejects.toBeInstanceOf(StorageError);
      expect(await storage.read('k')).toBeUndefined();
    });

    it('changes the eTag on an unconditional overwrite', async () => {
      const first = await storage.write('k', 1);
      const second = await storage.write('k', 2);
      expect(second).not.toBe(first);
      expect(await storage.read('k')).toEqual({ value: 2, eTag: second });
    });

    it('creates only once with ifNoneMatch "*"', async () => {
      const eTag = await storage.write('k', 'first', { ifNoneMatch: '*' });
      const retry = storage.write('k', 'second', { ifNoneMatch: '*' });
      await expect(retry).rejects.toBeInstanceOf(PreconditionFailedError);
      await expect(retry).rejects.toMatchObject({ key: 'k' });
      expect(await storage.read('k')).toEqual({ value: 'first', eTag });
    });

    it('writes with the current eTag and refuses a stale one', async () => {
      const stale = await storage.write('k', 1);
      const current = await storage.write('k', 2, { ifMatch: stale });
      const next = await storage.write('k', 3, { ifMatch: current });
      await expect(storage.write('k', 4, { ifMatch: stale })).rejects.toBeInstanceOf(
        PreconditionFailedError,
      );
      await expect(storage.write('k', 4, { ifMatch: current })).rejects.toBeInstanceOf(
        PreconditionFailedError,
      );
      expect(await storage.read('k')).toEqual({ value: 3, eTag: next });
    });

    it('refuses If-Match on a missing key', async () => {
      const write = storage.write('k', 1, { ifMatch: 'anything' });
      await expect(write).rejects.toBeInstanceOf(PreconditionFailedError);
      expect(await storage.read('k')).toBeUndefined();
    });

    it('deletes, and deleting a missing key is fine', async () => {
      const eTag = await storage.write('a/b/c', 1);
      await storage.delete('a/b/c');
      expect(await storage.read('a/b/c')).toBeUndefined();
      await storage.delete('a/b/c');
      await storage.delete('never/written');
      await expect(storage.write('a/b/c', 2, { ifMatch: eTag })).rejects.toBeInstanceOf(
        PreconditionFailedError,
      );
      await storage.write('a/b/c', 3, { ifNoneMatch: '*' });
      expect((await storage.read('a/b/c'))?.value).toBe(3);
    });

    it('lists keys by prefix, sorted, nested keys included', async () => {
      for (const key of ['b', 'a/bc', 'a/b/c', 'ab', 'a/b', 'a/b/c/d', 'c/a']) {
        await storage.write(key, key);
      }
      expect(await storage.list('a/')).toEqual(['a/b', 'a/b/c', 'a/b/c/d', 'a/bc']);
      expect(await storage.list('a/b')).toEqual(['a/b', 'a/b/c', 'a/b/c/d', 'a/bc']);
      expect(await storage.list('a/b/')).toEqual(['a/b/c', 'a/b/c/d']);
      expect(await storage.list('a')).toEqual(['a/b', 'a/b/c', 'a/b/c/d', 'a/bc', 'ab']);
      expect(await storage.list('')).toEqual(['a/b', 'a/b/c', 'a/b/c/d', 'a/bc', 'ab', 'b', 'c/a']);
      expect(await storage.list('z')).toEqual([]);
      expect(await storage.list('../')).toEqual([]);
    });

    it('deletes every key under a prefix', async () => {
      for (const key of ['conv/x/1', 'conv/x/2/deep', 'conv/xy/1', 'other']) {
        await storage.write(key, 1);
      }
      expect(await deletePrefix(storage, 'conv/x/')).toBe(2);
      expect(await storage.list('')).toEqual(['conv/xy/1', 'other']);
      expect(await deletePrefix(storage, 'conv/x/')).toBe(0);
      await expect(deletePrefix(storage, '')).rejects.toBeInstanceOf(StorageError);
    });

    it.each(['', 'a//b', '../x', 'a b', 'x'.repeat(600), '/a', 'a/', 'a/./b', 'a/..', 'é'])(
      'rejects the invalid key %j',
      async (key) => {
        await expect(storage.read(key)).rejects.toBeInstanceOf(InvalidKeyError);
        await expect(storage.write(key, 1)).rejects.toBeInstanceOf(InvalidKeyError);
        await expect(storage.write(key, 1, { ifNoneMatch: '*' })).rejects.toBeInstanceOf(
          InvalidKeyError,
        );
        await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidKeyError);
        expect(await storage.list('')).toEqual([]);
      },
    );

    it('stores copies: neither the written nor the read object reaches stored state', async () => {
      const written = { list: [1], nested: { n: 1 } };
      await storage.write('k', written);
      written.list.push(2);
      const read = await storage.read<typeof written>('k');
      read!.value.nested.n = 99;
      expect((await storage.read('k'))?.value).toEqual({ list: [1], nested: { n: 1 } });
    });

    it('creates 50 different keys concurrently', async () => {
      const keys = range(50).map((i) => `many/k${String(i).padStart(2, '0')}`);
      await Promise.all(keys.map((key, i) => storage.write(key, i, { ifNoneMatch: '*' })));
      expect(await storage.list('many/')).toEqual(keys);
      expect((await storage.read('many/k42'))?.value).toBe(42);
    });

    it('lets exactly one of 20 concurrent create-only writes to one key win', async () => {
      const results = await Promise.allSettled(
        range(20).map((i) => storage.write('race', i, { ifNoneMatch: '*' })),
      );
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(19);
      for (const reason of lost) expect(reason).toBeInstanceOf(PreconditionFailedError);
      expect((await storage.read('race'))?.value).toBe(won[0]);
    });

    it('counts exactly 20 after 20 concurrent If-Match increments', async () => {
      await Promise.all(range(20).map(() => increment(storage, 'counter')));
      expect((await storage.read('counter'))?.value).toBe(20);
    });
  });
}
