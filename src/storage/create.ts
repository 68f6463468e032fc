// The storage backend chosen by configuration. The local file store is the default: it needs
// nothing but a directory and survives restarts. Azure Blob Storage is for several instances.
import { join } from 'node:path';
import type { TokenCredential } from '@azure/identity';
import type { Config } from '../config.js';
import { blobStorageFromSettings } from './blob-client.js';
import { FileStorage } from './file.js';
import { MemoryStorage } from './memory.js';
import type { Storage } from './storage.js';

export type StorageConfig = Pick<Config, 'storage' | 'dataDir' | 'blob'>;

/**
 * `credential` authenticates to AZURE_STORAGE_ACCOUNT_URL; when omitted, one is made here from
 * the settings (createAzureCredential), once, since this runs once at startup.
 */
export function createStorage(config: StorageConfig, credential?: TokenCredential): Storage {
  switch (config.storage) {
    case 'memory':
      return new MemoryStorage();
    case 'blob':
      return blobStorageFromSettings(config.blob, credential);
    default:
      return new FileStorage(join(config.dataDir, 'store'));
  }
}
