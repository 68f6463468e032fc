// Builds the BlobStorage of the configuration: a connection string (local emulation with Azurite:
// the config refuses it in production) or the account URL with an Entra token credential.
//
// The SDK's CommonJS build, on purpose (require, not import): botbuilder has already loaded the
// CommonJS @azure/core-* packages and @azure/identity that it shares, while its ES-module build
// would load a second copy of all of them — measured, 0.45 s instead of 0.15 s and ~19 MB more
// resident memory, in production (STORAGE=blob). Errors are recognised by their fields
// (statusCode, code: blob.ts), never by class, so which copy throws them does not matter.
import { createRequire } from 'node:module';
import type { TokenCredential } from '@azure/identity';
import type {
  BlobServiceClient as BlobServiceClientType,
  ContainerClient,
  StoragePipelineOptions,
  StorageRetryOptions,
} from '@azure/storage-blob';
import type { BlobSettings } from '../config/storage-settings.js';
import { BLOB_RETRY_OPTIONS, BlobStorage, type BlobStorageOptions } from './blob.js';
import { createAzureCredential } from './credential.js';
import { StorageError } from './errors.js';

const { BlobServiceClient } = createRequire(import.meta.url)(
  '@azure/storage-blob',
) as typeof import('@azure/storage-blob');

export interface BlobClientOptions extends BlobStorageOptions {
  /** Defaults to BLOB_RETRY_OPTIONS (see blob.ts for why retries stay on). */
  readonly retryOptions?: StorageRetryOptions;
}

/** The container client of the settings; the connection string wins when both are set. */
export function blobContainerClient(
  settings: BlobSettings,
  credential?: TokenCredential,
  options: BlobClientOptions = {},
): ContainerClient {
  const pipeline: StoragePipelineOptions = {
    retryOptions: options.retryOptions ?? BLOB_RETRY_OPTIONS,
    userAgentOptions: { userAgentPrefix: 'social-media-guidance' },
  };
  let service: BlobServiceClientType;
  if (settings.connectionString) {
    service = BlobServiceClient.fromConnectionString(settings.connectionString, pipeline);
  } else if (settings.accountUrl) {
    service = new BlobServiceClient(
      settings.accountUrl,
      credential ?? createAzureCredential(settings),
      pipeline,
    );
  } else {
    throw new StorageError(
      'Azure Blob Storage needs AZURE_STORAGE_ACCOUNT_URL (or AZURE_STORAGE_CONNECTION_STRING)',
    );
  }
  return service.getContainerClient(settings.container);
}

export function blobStorageFromSettings(
  settings: BlobSettings,
  credential?: TokenCredential,
  options: BlobClientOptions = {},
): BlobStorage {
  return new BlobStorage(blobContainerClient(settings, credential, options), options);
}
