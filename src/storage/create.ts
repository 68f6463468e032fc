// The storage backend chosen by configuration. The local file store is the default: it needs
// nothing but a directory and survives restarts.
import { join } from 'node:path';
import type { StorageKind } from '../config.js';
import { FileStorage } from './file.js';
import { MemoryStorage } from './memory.js';
import type { Storage } from './storage.js';

export function createStorage(kind: StorageKind, dataDir: string): Storage {
  return kind === 'memory' ? new MemoryStorage() : new FileStorage(join(dataDir, 'store'));
}
