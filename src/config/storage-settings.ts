// Where data lives: the local file store (default), memory (tests), or Azure Blob Storage with a
// managed identity (production) or a connection string (local emulation with Azurite only).
import { envValue, onOff } from './env.js';

export const STORAGE_KINDS = ['file', 'memory', 'blob'] as const;
export type StorageKind = (typeof STORAGE_KINDS)[number];

export interface BlobSettings {
  /** https://<account>.blob.core.windows.net — authenticated with @azure/identity (no keys). */
  readonly accountUrl: string | undefined;
  /** Local emulation only (Azurite): refused in production. */
  readonly connectionString: string | undefined;
  readonly container: string;
  /** Client id of a user-assigned managed identity; unset = DefaultAzureCredential's choice. */
  readonly managedIdentityClientId: string | undefined;
}

export interface StorageSettings {
  readonly storage: StorageKind;
  readonly blob: BlobSettings;
  readonly userKeySecret: string | undefined;
  readonly scheduler: boolean;
}

function readBlob(
  env: NodeJS.ProcessEnv,
  used: boolean,
  production: boolean,
  problems: string[],
): BlobSettings {
  const blob = {
    accountUrl: envValue(env, 'AZURE_STORAGE_ACCOUNT_URL'),
    connectionString: envValue(env, 'AZURE_STORAGE_CONNECTION_STRING'),
    container: envValue(env, 'AZURE_STORAGE_CONTAINER') ?? 'social-media-guidance',
    managedIdentityClientId: envValue(env, 'AZURE_CLIENT_ID'),
  };
  if (!used) return blob;
  if (!blob.accountUrl && !blob.connectionString)
    problems.push(
      'STORAGE=blob needs AZURE_STORAGE_ACCOUNT_URL (or, locally, AZURE_STORAGE_CONNECTION_STRING)',
    );
  if (blob.accountUrl && !/^https:\/\/[^/]+\/?$/.test(blob.accountUrl))
    problems.push(
      `AZURE_STORAGE_ACCOUNT_URL must be https://<account>.blob.core.windows.net (got "${blob.accountUrl}")`,
    );
  if (blob.connectionString && production)
    problems.push(
      'AZURE_STORAGE_CONNECTION_STRING is for local emulation: in production use a managed identity',
    );
  if (!/^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$/.test(blob.container))
    problems.push(
      `AZURE_STORAGE_CONTAINER must be a valid container name (got "${blob.container}")`,
    );
  return blob;
}

export function readStorageSettings(
  env: NodeJS.ProcessEnv,
  production: boolean,
  problems: string[],
): StorageSettings {
  const storage = (envValue(env, 'STORAGE') ?? 'file').toLowerCase() as StorageKind;
  if (!STORAGE_KINDS.includes(storage))
    problems.push(`STORAGE must be one of ${STORAGE_KINDS.join(', ')} (got "${env.STORAGE}")`);
  const userKeySecret = envValue(env, 'USER_KEY_SECRET');
  if (userKeySecret !== undefined && userKeySecret.length < 32)
    problems.push('USER_KEY_SECRET must be at least 32 characters');
  if (userKeySecret === undefined && production)
    problems.push("USER_KEY_SECRET is required in production (it keys the hashes of people's ids)");
  const blob = readBlob(env, storage === 'blob', production, problems);
  return { storage, blob, userKeySecret, scheduler: onOff(env, 'SCHEDULER', true, problems) };
}
