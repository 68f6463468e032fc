// BlobStorage on a real Azure Storage emulator (Azurite, one per file, a fresh container per test):
// the storage contract, plus what only blobs have — container creation, blob ETags, the blob
// layout, an unreachable account, and writes whose response was lost and then retried.
import { randomUUID } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BlobStorage } from '../../src/storage/blob.js';
import { blobContainerClient, blobStorageFromSettings } from '../../src/storage/blob-client.js';
import {
  InvalidKeyError,
  PreconditionFailedError,
  StorageError,
} from '../../src/storage/errors.js';
import { connectionStringFor, freePort, startAzurite, type Azurite } from '../helpers/azurite.js';
import { startLossyProxy, type LossyProxy } from './blob-proxy.js';
import { storageContract } from './contract.js';

// Azurite is slower than memory: give the concurrency tests of the contract room on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
}, 60_000);
afterAll(() => azurite?.stop());

const settings = (connectionString: string, container = `t-${randomUUID()}`) => ({
  connectionString,
  accountUrl: undefined,
  container,
  managedIdentityClientId: undefined,
});

const service = () => BlobServiceClient.fromConnectionString(azurite.connectionString);

/** A BlobStorage on a container that does not exist yet, and that container's client. */
function fresh(): { storage: BlobStorage; container: ContainerClient } {
  const container = blobContainerClient(settings(azurite.connectionString));
  return { storage: new BlobStorage(container), container };
}

storageContract('BlobStorage (Azurite)', () => {
  const { storage, container } = fresh();
  return Promise.resolve({
    storage,
    cleanup: async () => void (await container.deleteIfExists()),
  });
});

describe('BlobStorage', () => {
  const containers: ContainerClient[] = [];
  const track = (f: ReturnType<typeof fresh>) => (containers.push(f.container), f);
  afterEach(async () => {
    await Promise.all(containers.splice(0).map((c) => c.deleteIfExists()));
  });

  it('creates its container at first use, once, even when two instances start together', async () => {
    const { storage, container } = track(fresh());
    expect(await container.exists()).toBe(false);
    const twin = new BlobStorage(service().getContainerClient(container.containerName));
    await Promise.all([storage.read('k'), twin.write('k', 1), storage.list('')]);
    expect(await container.exists()).toBe(true);
    expect((await storage.read('k'))?.value).toBe(1);
  });

  it('stores one JSON block blob per key, key + ".json", {value, writtenAt}; eTags are the blob ETags', async () => {
    const { storage, container } = track(fresh());
    const eTag = await storage.write('conv/abc/state', { n: 1 });
    const blob = container.getBlobClient('conv/abc/state.json');
    const properties = await blob.getProperties();
    expect(properties.etag).toBe(eTag);
    expect(properties.blobType).toBe('BlockBlob');
    expect(properties.contentType).toMatch(/^application\/json/);
    expect((await storage.read('conv/abc/state'))?.eTag).toBe(eTag);
    const body = JSON.parse((await blob.downloadToBuffer()).toString('utf8')) as {
      value: unknown;
      writtenAt: string;
    };
    expect(body.value).toEqual({ n: 1 });
    expect(Number.isNaN(Date.parse(body.writtenAt))).toBe(false);
    // An If-Match with the ETag the service reports works like one with the eTag we returned.
    const next = await storage.write('conv/abc/state', { n: 2 }, { ifMatch: properties.etag! });
    expect((await blob.getProperties()).etag).toBe(next);
  });

  it('lists only its own blobs and reports a corrupt one as StorageError', async () => {
    const { storage, container } = track(fresh());
    await storage.write('a', 1);
    await container.getBlockBlobClient('b.json').upload('{"value": ', 10);
    await container.getBlockBlobClient('notes.txt').upload('x', 1);
    expect(await storage.list('')).toEqual(['a', 'b']);
    await expect(storage.read('b')).rejects.toBeInstanceOf(StorageError);
  });

  it('fails fast with StorageError, not a crash, when the account cannot be reached; keys stay out of messages', async () => {
    const endpoint = `http://127.0.0.1:${await freePort()}/devstoreaccount1`;
    const storage = blobStorageFromSettings(settings(connectionStringFor(endpoint)), undefined, {
      retryOptions: { maxTries: 2, retryDelayInMs: 10, maxRetryDelayInMs: 20 },
    });
    const started = Date.now();
    for (const attempt of [
      () => storage.read('k'),
      () => storage.write('k', 1, { ifNoneMatch: '*' }),
      () => storage.delete('k'),
      () => storage.list(''),
    ]) {
      const error = await attempt().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StorageError);
      expect(error).not.toBeInstanceOf(PreconditionFailedError);
      expect((error as Error).message).not.toMatch(/AccountKey|Eby8vdM|sig=|SharedKey/);
      expect((error as Error).cause).toBeDefined();
    }
    expect(Date.now() - started).toBeLessThan(3_000);
    await expect(storage.write('../x', 1)).rejects.toBeInstanceOf(InvalidKeyError);
  });

  it('gives up with StorageError when the account accepts connections but never answers', async () => {
    const silent = createServer(() => undefined); // holds every connection open, says nothing
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const storage = blobStorageFromSettings(
        settings(connectionStringFor(`http://127.0.0.1:${port}/devstoreaccount1`)),
        undefined,
        { operationTimeoutMs: 300 },
      );
      const started = Date.now();
      await expect(storage.write('k', 1, { ifNoneMatch: '*' })).rejects.toThrow(
        /Could not write k in Azure Blob Storage: no answer within 300 ms/,
      );
      await expect(storage.read('k')).rejects.toBeInstanceOf(StorageError);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      silent.close();
      silent.unref();
    }
  });

  describe('when a write was applied but its response was lost (the SDK retries it)', () => {
    let proxy: LossyProxy;
    beforeAll(async () => {
      proxy = await startLossyProxy(azurite.port, 'devstoreaccount1');
    });
    afterAll(() => proxy?.close());

    const throughProxy = () => {
      const container = blobContainerClient(
        settings(connectionStringFor(proxy.blobEndpoint)),
        undefined,
        { retryOptions: { maxTries: 3, retryDelayInMs: 10 } },
      );
      return track({ storage: new BlobStorage(container), container });
    };
    const putOf = (blob: string) => (req: { method?: string; url?: string }) =>
      req.method === 'PUT' && (req.url ?? '').includes(`/${blob}`);

    it('a create-only write that met itself on the retry (409) still succeeds, once', async () => {
      const { storage, container } = throughProxy();
      await storage.list(''); // creates the container
      proxy.seen.length = 0;
      proxy.loseNext(putOf('slot.json'));
      const eTag = await storage.write('slot', { by: 'me' }, { ifNoneMatch: '*' });
      expect(proxy.seen.filter((r) => r.startsWith('PUT'))).toHaveLength(2);
      expect((await container.getBlobClient('slot.json').getProperties()).etag).toBe(eTag);
      expect(await storage.read('slot')).toEqual({ value: { by: 'me' }, eTag });
      // Anyone else is still refused.
      await expect(storage.write('slot', { by: 'other' }, { ifNoneMatch: '*' })).rejects.toThrow(
        PreconditionFailedError,
      );
    });

    it('an If-Match write that met its own new ETag on the retry (412) still succeeds', async () => {
      const { storage } = throughProxy();
      const first = await storage.write('counter', 1);
      proxy.loseNext(putOf('counter.json'));
      proxy.seen.length = 0;
      const second = await storage.write('counter', 2, { ifMatch: first });
      expect(proxy.seen.filter((r) => r.startsWith('PUT'))).toHaveLength(2);
      expect(await storage.read('counter')).toEqual({ value: 2, eTag: second });
      await expect(storage.write('counter', 3, { ifMatch: first })).rejects.toBeInstanceOf(
        PreconditionFailedError,
      );
    });

    it('a create-only write that lost to another writer is still refused', async () => {
      const { storage, container } = throughProxy();
      const other = new BlobStorage(service().getContainerClient(container.containerName));
      await other.write('slot', { by: 'other' }, { ifNoneMatch: '*' });
      await expect(storage.write('slot', { by: 'me' }, { ifNoneMatch: '*' })).rejects.toThrow(
        PreconditionFailedError,
      );
      expect((await storage.read('slot'))?.value).toEqual({ by: 'other' });
    });
  });
});
