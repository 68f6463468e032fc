// Choosing and wiring the backend: createStorage builds the blob backend from the configuration,
// authenticating an account URL with the token credential it is given (no keys), and
// createAzureCredential picks a user-assigned managed identity when AZURE_CLIENT_ID is set.
import { createRequire } from 'node:module';
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config/config.js';
import { BlobStorage } from '../../src/storage/blob.js';
import { createLocalStorage, createStorage } from '../../src/storage/create.js';
import { createAzureCredential } from '../../src/storage/credential.js';
import { StorageError } from '../../src/storage/errors.js';
import { FileStorage } from '../../src/storage/file.js';
import { MemoryStorage } from '../../src/storage/memory.js';
import { freePort } from '../helpers/azurite.js';

// The CommonJS build, as src/storage/credential.ts loads it (the classes of the ES-module build
// are other classes).
const { DefaultAzureCredential, ManagedIdentityCredential } = createRequire(import.meta.url)(
  '@azure/identity',
) as typeof import('@azure/identity');

class RecordingCredential implements TokenCredential {
  readonly scopes: string[] = [];
  getToken(scopes: string | string[], _options?: GetTokenOptions): Promise<AccessToken> {
    this.scopes.push(...(Array.isArray(scopes) ? scopes : [scopes]));
    return Promise.resolve({ token: 'not-a-real-token', expiresOnTimestamp: Date.now() + 3.6e6 });
  }
}

describe('createStorage', () => {
  const config = (env: Record<string, string>) =>
    readConfig({ NODE_ENV: 'test', DATA_DIR: '/tmp/smg-unused', ...env });
  const blobConfig = config({
    STORAGE: 'blob',
    AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
    AZURE_STORAGE_CONTAINER: 'my-container',
  });

  it('builds the configured backend', async () => {
    expect(await createStorage(config({ STORAGE: 'memory' }))).toBeInstanceOf(MemoryStorage);
    expect(await createStorage(config({}))).toBeInstanceOf(FileStorage);
    const blob = await createStorage(blobConfig);
    expect(blob).toBeInstanceOf(BlobStorage);
    expect((blob as BlobStorage).containerName).toBe('my-container');
  });

  it('authenticates an account URL with the token credential it is given', async () => {
    const credential = new RecordingCredential();
    const config = readConfig({
      NODE_ENV: 'test',
      STORAGE: 'blob',
      AZURE_STORAGE_ACCOUNT_URL: `https://127.0.0.1:${await freePort()}`,
    });
    const storage = await createStorage(config, credential);
    await expect(storage.read('k')).rejects.toBeInstanceOf(StorageError); // nothing listens there
    expect(credential.scopes).toContain('https://storage.azure.com/.default');
  });

  it('builds the memory and file stores synchronously, and refuses blob there', () => {
    expect(createLocalStorage(config({ STORAGE: 'memory' }))).toBeInstanceOf(MemoryStorage);
    expect(createLocalStorage(config({}))).toBeInstanceOf(FileStorage);
    expect(() => createLocalStorage(blobConfig)).toThrow(StorageError);
  });
});

describe('createAzureCredential', () => {
  it('uses the user-assigned managed identity when AZURE_CLIENT_ID is set', () => {
    expect(
      createAzureCredential({ managedIdentityClientId: '00000000-0000-0000-0000-000000000001' }),
    ).toBeInstanceOf(ManagedIdentityCredential);
  });

  it("uses DefaultAzureCredential's chain otherwise", () => {
    expect(createAzureCredential({ managedIdentityClientId: undefined })).toBeInstanceOf(
      DefaultAzureCredential,
    );
  });
});
