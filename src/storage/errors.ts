// The storage error family: callers branch on the class, never on message text.

export class StorageError extends Error {
  override readonly name: string = 'StorageError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A write's condition did not hold: the key exists (create-only) or its eTag changed (If-Match). */
export class PreconditionFailedError extends StorageError {
  override readonly name = 'PreconditionFailedError';
  constructor(readonly key: string) {
    super(`The write to ${key} was refused: its precondition failed`);
  }
}

/** A key outside KEY_PATTERN: a programming error, reported before anything is written. */
export class InvalidKeyError extends StorageError {
  override readonly name = 'InvalidKeyError';
  constructor(readonly key: string) {
    super(`Invalid storage key: ${JSON.stringify(key.slice(0, 80))}`);
  }
}
