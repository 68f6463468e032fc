// The Azure identity the bot uses for Blob Storage: no keys in configuration. Created once at
// startup (it caches its tokens) and handed to the blob client.
import {
  DefaultAzureCredential,
  ManagedIdentityCredential,
  type TokenCredential,
} from '@azure/identity';
import type { BlobSettings } from '../config/storage-settings.js';

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
