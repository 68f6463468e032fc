// The Azure identity the bot uses for Blob Storage: no keys in configuration. Created once at
// startup (it caches its tokens) and handed to the blob client.
//
// @azure/identity's CommonJS build (require): the copy botbuilder has already loaded, rather than
// a second one from its ES-module build (see blob-client.ts).
import { createRequire } from 'node:module';
import type { TokenCredential } from '@azure/identity';
import type { BlobSettings } from '../config/storage-settings.js';

const { DefaultAzureCredential, ManagedIdentityCredential } = createRequire(import.meta.url)(
  '@azure/identity',
) as typeof import('@azure/identity');

/**
 * AZURE_CLIENT_ID set: that user-assigned managed identity, and nothing else. Unset:
 * DefaultAzureCredential (system-assigned managed identity in Azure; a developer's Azure CLI or
 * VS Code sign-in on a workstation).
 */
export function createAzureCredential(
  settings: Pick<BlobSettings, 'managedIdentityClientId'>,
): TokenCredential {
  const clientId = settings.managedIdentityClientId;
  return clientId ? new ManagedIdentityCredential({ clientId }) : new DefaultAzureCredential();
}
