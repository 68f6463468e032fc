// A MemoryStorage that pauses a random few milliseconds before each operation, so concurrent quiz
// calls really interleave between their reads and writes (the plain MemoryStorage settles each call
// in one tick, which would hide lost updates).
import { setTimeout as sleep } from 'node:timers/promises';
import { MemoryStorage } from '../../../src/storage/memory.js';
import type { Storage, StoredItem, WriteCondition } from '../../../src/storage/storage.js';

export class JitterStorage implements Storage {
  readonly inner = new MemoryStorage();
  /** Every key written, in order, to check what the quiz stores. */
  readonly written: string[] = [];

  constructor(private readonly maxDelayMs = 3) {}

  private pause(): Promise<void> {
    return sleep(Math.floor(Math.random() * (this.maxDelayMs + 1)));
  }

  async read<T = unknown>(key: string): Promise<StoredItem<T> | undefined> {
    await this.pause();
    return this.inner.read<T>(key);
  }

  async write(key: string, value: unknown, condition?: WriteCondition): Promise<string> {
    await this.pause();
    const eTag = await this.inner.write(key, value, condition);
    this.written.push(key);
    return eTag;
  }

  async delete(key: string): Promise<void> {
    await this.pause();
    return this.inner.delete(key);
  }

  async list(prefix: string): Promise<string[]> {
    await this.pause();
    return this.inner.list(prefix);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
