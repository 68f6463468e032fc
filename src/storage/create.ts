// The storage backend chosen by configuration. The local file store is the default: it needs
// nothing but a directory and survives restarts. Azure Blob Storage is for several instances.
//
// The blob backend's module (blob-client.ts, with the Blob SDK and @azure/identity) is imported only
// when STORAGE=blob: start-up time and resident memory the file and memory stores never use.
import { join } from 'node:path';
import type { TokenCredential } from '@azure/identity';
import type { Config } from '../config/config.js';
import { StorageError } from './errors.js';
import { FileStorage } from './file.js';
import { MemoryStorage } from './memory.js';
import type { Storage } from './storage.js';

export type StorageConfig = Pick<Config, 'storage' | 'dataDir' | 'blob'>;

/**
 * The configured backend. `credential` authenticates to AZURE_STORAGE_ACCOUNT_URL; when omitted,
 * one is made here from the settings (createAzureCredential), once, since this runs once at
 * startup. Async because the blob backend's SDK is imported on demand.
 */
export async function createStorage(
  config: StorageConfig,
  credential?: TokenCredential,
): Promise<Storage> {
  if (config.storage !== 'blob') {
    const storage = createLocalStorage(config);
    await storage.removeLeftovers?.();
    return storage;
  }
  const { blobStorageFromSettings } = await import('./blob-client.js');
  return blobStorageFromSettings(config.blob, credential);
}

/**
 * The memory or file backend, synchronously (tests, and wiring that never uses blobs). Throws for
 * STORAGE=blob: that backend comes from `await createStorage(config)`.
 */
export function createLocalStorage(config: StorageConfig): Storage {
  switch (config.storage) {
    case 'memory':
      return new MemoryStorage();
    case 'blob':
      throw new StorageError('STORAGE=blob is opened asynchronously: use await createStorage()');
    default:
      return new FileStorage(join(config.dataDir, 'store'));
  }
}
