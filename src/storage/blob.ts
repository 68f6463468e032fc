// Azure Blob Storage backend: one block blob per key, named key + ".json", holding
// {"value": …, "writtenAt": ISO}. The blob's own ETag is the eTag, so the service enforces the
// conditions atomically: create-only is If-None-Match: *, optimistic concurrency is If-Match.
//
// Retries and conditional writes. The SDK retries a request after a network error (ECONNRESET,
// ETIMEDOUT…) or a 500/503, and such a request may well have been applied before its response
// was lost: the retry of a create-only write then meets the blob it created itself (409
// BlobAlreadyExists), the retry of an If-Match write meets its own new ETag (412). Reporting that
// as PreconditionFailedError would make the winner believe it lost — the weekly slot would never
// be posted, a quiz answer would be refused as "a second answer". So every write carries a random
// write id in the blob's metadata, and a conditional write that is refused looks at the blob once
// (a HEAD): if its write id is ours, the write was ours and succeeded, and its ETag is returned.
// Random ids make this exact, unlike comparing content (two writers may write the same value).
// One case stays conservative: if someone else overwrote our blob between the lost response and
// the HEAD, the write is reported as refused although it landed. The SDK's retries are kept,
// bounded (BLOB_RETRY_OPTIONS), so a bot turn never waits minutes.
import { randomUUID } from 'node:crypto';
import type {
  BlobRequestConditions,
  ContainerClient,
  StorageRetryOptions,
} from '@azure/storage-blob';
import { InvalidKeyError, PreconditionFailedError, StorageError } from './errors.js';
import { toJson } from './shared.js';
import { isValidKey, type Storage, type StoredItem, type WriteCondition } from './storage.js';

/**
 * The SDK retry options for the bot: 3 tries, 0 ms then 500 ms apart (exponential), a 10 s
 * server-side timeout per try. Worst case a few seconds, well inside a Teams invoke's budget; the
 * SDK's default (4 tries up to 2 minutes apart) would outlive the turn.
 */
export const BLOB_RETRY_OPTIONS: StorageRetryOptions = Object.freeze({
  maxTries: 3,
  retryDelayInMs: 500,
  maxRetryDelayInMs: 2_000,
  tryTimeoutInMs: 10_000,
});

const SUFFIX = '.json';
/** Metadata names must be C# identifiers; the service lower-cases them. */
const WRITE_ID = 'writeid';
/** Azure refuses blob names with more path segments than this. */
const MAX_SEGMENTS = 254;

interface BlobRecord {
  readonly value: unknown;
  readonly writtenAt: string;
}

interface ServiceError {
  readonly statusCode?: number;
  readonly code?: string;
}

const serviceError = (error: unknown): ServiceError =>
  typeof error === 'object' && error !== null ? error : {};

const isNotFound = (error: unknown) => serviceError(error).statusCode === 404;

/** A refused condition: 412 (ConditionNotMet) or 409 BlobAlreadyExists (If-None-Match: *). */
function isConditionFailure(error: unknown, condition: WriteCondition): boolean {
  const { statusCode, code } = serviceError(error);
  if (statusCode === 412) return true;
  if (statusCode === 409) return code === 'BlobAlreadyExists' || code === undefined;
  // If-Match on a blob that does not exist: the service may answer 404 BlobNotFound.
  return 'ifMatch' in condition && statusCode === 404 && code !== 'ContainerNotFound';
}

/** Status and service error code only: never the message, which may quote a URL or a header. */
function describe(error: unknown): string {
  const { statusCode, code } = serviceError(error);
  if (statusCode !== undefined) return `${statusCode}${code ? ` ${code}` : ''}`;
  if (code) return code;
  return error instanceof Error ? error.name : 'error';
}

export interface BlobStorageOptions {
  /**
   * A deadline for each operation, its SDK retries included (default 30 s): a connection that
   * hangs without an answer fails as StorageError instead of holding a bot turn forever.
   */
  readonly operationTimeoutMs?: number;
}

export class BlobStorage implements Storage {
  private container: Promise<void> | undefined;
  private readonly timeoutMs: number;

  /** `client` carries the authentication (blob-client.ts); its container is made at first use. */
  constructor(
    private readonly client: ContainerClient,
    options: BlobStorageOptions = {},
  ) {
    this.timeoutMs = options.operationTimeoutMs ?? 30_000;
  }

  /** The container's name, for logs. */
  get containerName(): string {
    return this.client.containerName;
  }

  async read<T = unknown>(key: string): Promise<StoredItem<T> | undefined> {
    const name = blobName(key);
    return this.guard('read', key, async (abortSignal) => {
      let text: string;
      let eTag: string | undefined;
      try {
        const response = await this.client.getBlobClient(name).download(0, undefined, {
          abortSignal,
        });
        eTag = response.etag;
        text = await readText(response.readableStreamBody);
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
      if (!eTag) throw new StorageError(`The blob for ${key} came back without an ETag`);
      return { value: parseRecord(key, text).value as T, eTag };
    });
  }

  async write(key: string, value: unknown, condition?: WriteCondition): Promise<string> {
    const name = blobName(key);
    const body = `{"value":${toJson(key, value)},"writtenAt":"${new Date().toISOString()}"}`;
    const writeId = randomUUID();
    const blob = this.client.getBlockBlobClient(name);
    return this.guard('write', key, async (abortSignal) => {
      try {
        const response = await blob.upload(body, Buffer.byteLength(body), {
          abortSignal,
          conditions: toConditions(condition),
          metadata: { [WRITE_ID]: writeId },
          blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' },
        });
        if (!response.etag) throw new StorageError(`The write to ${key} returned no ETag`);
        return response.etag;
      } catch (error) {
        if (!condition || !isConditionFailure(error, condition)) throw error;
        // Refused — unless a retry met this very write, applied before its response was lost.
        const mine = await this.eTagIfWrittenBy(name, writeId, abortSignal);
        if (mine) return mine;
        throw new PreconditionFailedError(key);
      }
    });
  }

  async delete(key: string): Promise<void> {
    const name = blobName(key);
    await this.guard('delete', key, async (abortSignal) => {
      await this.client.getBlobClient(name).deleteIfExists({ abortSignal });
    });
  }

  async list(prefix: string): Promise<string[]> {
    return this.guard('list', prefix, async (abortSignal) => {
      const keys: string[] = [];
      for await (const blob of this.client.listBlobsFlat({
        abortSignal,
        ...(prefix ? { prefix } : {}),
      })) {
        if (!blob.name.endsWith(SUFFIX)) continue;
        const key = blob.name.slice(0, -SUFFIX.length);
        if (key.startsWith(prefix) && isValidKey(key)) keys.push(key);
      }
      return keys.sort();
    });
  }

  /** Every write is durable once its promise resolves; the HTTP client needs no closing. */
  close(): Promise<void> {
    return Promise.resolve();
  }

  /** The blob's ETag if its metadata carries `writeId`; undefined otherwise (or if it is gone). */
  private async eTagIfWrittenBy(
    name: string,
    writeId: string,
    abortSignal: AbortSignal,
  ): Promise<string | undefined> {
    try {
      const properties = await this.client.getBlobClient(name).getProperties({ abortSignal });
      return properties.metadata?.[WRITE_ID] === writeId ? properties.etag : undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /**
   * Creates the container once per instance (memoised; a failure is forgotten so the next call
   * tries again). An identity allowed to use blobs but not to create containers gets 403: then it
   * is enough that the container exists.
   */
  private ensureContainer(): Promise<void> {
    this.container ??= (async () => {
      const abortSignal = AbortSignal.timeout(this.timeoutMs);
      try {
        await this.client.createIfNotExists({ abortSignal });
      } catch (error) {
        const forbidden = serviceError(error).statusCode === 403;
        if (!forbidden || !(await this.client.exists({ abortSignal }))) throw error;
      }
    })().catch((error: unknown) => {
      this.container = undefined;
      throw error;
    });
    return this.container;
  }

  /**
   * Ensures the container, then runs with the operation's deadline; unexpected failures become
   * StorageError, with the cause attached and only status and error code in the message.
   */
  private async guard<T>(
    operation: string,
    key: string,
    run: (abortSignal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const abortSignal = AbortSignal.timeout(this.timeoutMs);
    try {
      await this.ensureContainer();
      return await run(abortSignal);
    } catch (error) {
      if (error instanceof StorageError) throw error;
      const reason = abortSignal.aborted
        ? `no answer within ${this.timeoutMs} ms`
        : describe(error);
      throw new StorageError(`Could not ${operation} ${key} in Azure Blob Storage: ${reason}`, {
        cause: error,
      });
    }
  }
}

/** The blob name of a key; invalid keys are refused before any request. */
function blobName(key: string): string {
  if (!isValidKey(key)) throw new InvalidKeyError(key);
  if (key.split('/').length > MAX_SEGMENTS) {
    throw new StorageError(`Azure Blob Storage cannot hold keys of over ${MAX_SEGMENTS} segments`);
  }
  return key + SUFFIX;
}

function toConditions(condition: WriteCondition | undefined): BlobRequestConditions | undefined {
  if (!condition) return undefined;
  return 'ifNoneMatch' in condition ? { ifNoneMatch: '*' } : { ifMatch: condition.ifMatch };
}

function parseRecord(key: string, text: string): BlobRecord {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new StorageError(`The blob for ${key} is not valid JSON`, { cause });
  }
  if (typeof parsed !== 'object' || parsed === null || !('value' in parsed)) {
    throw new StorageError(`The blob for ${key} has no value`);
  }
  return parsed as BlobRecord;
}

async function readText(stream: NodeJS.ReadableStream | undefined): Promise<string> {
  if (!stream) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
