// Usage counters: in memory, flushed as one record per UTC day and instance, summed when read.
// Counts only: no text (unless KEEP_UNMATCHED_QUESTIONS is on), no person, conversation or time.
import { describe, expect, it } from 'vitest';
import { StorageError } from '../../src/storage/errors.js';
import { MemoryStorage } from '../../src/storage/memory.js';
import type { Storage, WriteCondition } from '../../src/storage/storage.js';
import { countMatches, feedbackWithUsage } from '../../src/features/qa/usage-hooks.js';
import { memoryFeedback } from '../../src/features/qa/feedback.js';
import { createUsageRecorder } from '../../src/usage/recorder.js';
import { readUnmatched, readUsage } from '../../src/usage/report.js';
import { cleanQuestion, MAX_UNMATCHED_LENGTH } from '../../src/usage/unmatched.js';

const NOON = Date.parse('2026-11-25T12:00:00Z');
/** Also today's unmatched texts, as stop() writes them. */
const ALL = { includeToday: true };

/** A MemoryStorage that counts writes and can be told to fail the next ones. */
class CountingStorage extends MemoryStorage {
  writes: string[] = [];
  failNext = 0;
  /** Only writes to keys starting with this fail. */
  failPrefix = '';
  override write(key: string, value: unknown, condition?: WriteCondition): Promise<string> {
    if (this.failNext > 0 && key.startsWith(this.failPrefix)) {
      this.failNext -= 1;
      return Promise.reject(new StorageError('store unavailable'));
    }
    this.writes.push(key);
    return super.write(key, value, condition);
  }
}

function recorder(storage: Storage, keep = false, start = NOON) {
  let now = start;
  const usage = createUsageRecorder({
    storage,
    keepUnmatchedQuestions: keep,
    now: () => new Date(now),
  });
  return {
    usage,
    hook: countMatches(usage),
    setNow: (at: number) => {
      now = at;
    },
  };
}

describe('usage counts', () => {
  it('counts answers per entry, did-you-mean and not-found, and flushes one record for the day', async () => {
    const storage = new CountingStorage();
    const { usage, hook } = recorder(storage);
    hook('ex-petitions');
    hook('ex-petitions');
    hook('q-amplifying');
    hook(undefined, { kind: 'did-you-mean', question: 'facebook' });
    hook(undefined, { kind: 'not-found', question: 'the printer is jammed' });
    hook(undefined, { kind: 'not-found', question: 'lunch menu' });
    await usage.flush();
    const key = `usage/2026-11-25/${usage.instanceId}`;
    expect(await storage.list('usage/')).toEqual([key]);
    expect((await storage.read(key))?.value).toEqual({
      day: '2026-11-25',
      matched: { 'ex-petitions': 2, 'q-amplifying': 1 },
      didYouMean: 1,
      notFound: 2,
      helpful: {},
      notHelpful: {},
      missing: { 'wrong-topic': {}, 'too-long': {}, unclear: {}, 'not-my-situation': {} },
    });
    // Nothing changed: nothing written.
    await usage.flush();
    expect(storage.writes).toHaveLength(1);
    // The record is the instance's whole count for the day, rewritten (never added twice).
    hook('ex-petitions');
    await usage.flush();
    await usage.flush();
    expect(storage.writes).toHaveLength(2);
    const report = await readUsage(storage, { days: 1, now: new Date(NOON) });
    expect(report.counts.matched).toEqual({ 'ex-petitions': 3, 'q-amplifying': 1 });
  });

  it('never stores question text, identity or time of day when keeping unmatched questions is off', async () => {
    const storage = new MemoryStorage();
    const { usage, hook } = recorder(storage, false);
    hook(undefined, { kind: 'not-found', question: 'SECRET-MARKER-8841 what about my boss' });
    await usage.flush();
    const keys = await storage.list('');
    expect(keys).toEqual([`usage/2026-11-25/${usage.instanceId}`]);
    const stored = JSON.stringify((await storage.read(keys[0]!))?.value);
    expect(stored).not.toMatch(/SECRET|boss|T12|:00/);
  });

  it('sums several instances, each writing only its own record', async () => {
    const storage = new MemoryStorage();
    const a = recorder(storage);
    const b = recorder(storage);
    expect(a.usage.instanceId).not.toBe(b.usage.instanceId);
    a.hook('ex-petitions');
    b.hook('ex-petitions');
    b.hook(undefined, { kind: 'did-you-mean', question: 'x' });
    a.hook(undefined, { kind: 'not-found', question: 'y' });
    await Promise.all([a.usage.flush(), b.usage.flush()]);
    a.hook('ex-petitions');
    await Promise.all([a.usage.flush(), b.usage.flush()]);
    expect(await storage.list('usage/2026-11-25/')).toHaveLength(2);
    const { counts } = await readUsage(storage, { days: 1, now: new Date(NOON) });
    expect(counts).toMatchObject({
      matched: { 'ex-petitions': 3 },
      didYouMean: 1,
      notFound: 1,
    });
  });

  it('keeps each UTC day apart and reports the last N days only', async () => {
    const storage = new MemoryStorage();
    const { usage, hook, setNow } = recorder(storage, false, Date.parse('2026-11-23T23:59:00Z'));
    hook('ex-petitions');
    setNow(Date.parse('2026-11-24T00:01:00Z'));
    hook('ex-petitions');
    await usage.flush();
    setNow(Date.parse('2026-11-25T08:00:00Z'));
    hook('q-amplifying');
    await usage.flush();
    expect(await storage.list('usage/')).toEqual([
      `usage/2026-11-23/${usage.instanceId}`,
      `usage/2026-11-24/${usage.instanceId}`,
      `usage/2026-11-25/${usage.instanceId}`,
    ]);
    const now = new Date(NOON);
    expect((await readUsage(storage, { days: 1, now })).counts.matched).toEqual({
      'q-amplifying': 1,
    });
    const two = await readUsage(storage, { days: 2, now });
    expect(two.days).toEqual(['2026-11-24', '2026-11-25']);
    expect(two.counts.matched).toEqual({ 'ex-petitions': 1, 'q-amplifying': 1 });
    expect((await readUsage(storage, { days: 30, now })).counts.matched['ex-petitions']).toBe(2);
  });

  it('loses nothing when a flush fails: the next one writes the whole count', async () => {
    const storage = new CountingStorage();
    const { usage, hook } = recorder(storage);
    hook('ex-petitions');
    storage.failNext = 1;
    await expect(usage.flush()).rejects.toThrow(StorageError);
    hook('ex-petitions');
    await usage.flush();
    const { counts } = await readUsage(storage, { days: 1, now: new Date(NOON) });
    expect(counts.matched).toEqual({ 'ex-petitions': 2 });
  });

  it('runs flushes one after the other, and stop() flushes what is left', async () => {
    const storage = new CountingStorage();
    const { usage, hook } = recorder(storage);
    hook('ex-petitions');
    await Promise.all([usage.flush(), usage.flush(), usage.flush()]);
    expect(storage.writes).toHaveLength(1);
    usage.start({ intervalMs: 60_000 });
    hook('q-amplifying');
    await usage.stop();
    expect(storage.writes).toHaveLength(2);
    const { counts } = await readUsage(storage, { days: 1, now: new Date(NOON) });
    expect(counts.matched).toEqual({ 'ex-petitions': 1, 'q-amplifying': 1 });
  });

  it('counts "Was this helpful?" per entry, and still answers counts() in memory', async () => {
    const storage = new MemoryStorage();
    const { usage } = recorder(storage);
    const feedback = feedbackWithUsage(memoryFeedback(), usage);
    await feedback.record('ex-petitions', true);
    await feedback.record('ex-petitions', true);
    await feedback.record('ex-petitions', false);
    await feedback.reason('ex-petitions', 'too-long');
    await feedback.record('q-amplifying', false);
    await feedback.reason('q-amplifying', 'not-my-situation');
    expect((await feedback.counts()).get('ex-petitions')).toEqual({
      helpful: 2,
      notHelpful: 1,
      reasons: { 'too-long': 1 },
    });
    await usage.flush();
    const { counts } = await readUsage(storage, { days: 1, now: new Date(NOON) });
    expect(counts.helpful).toEqual({ 'ex-petitions': 2 });
    expect(counts.notHelpful).toEqual({ 'ex-petitions': 1, 'q-amplifying': 1 });
    expect(counts.missing).toEqual({
      'wrong-topic': {},
      'too-long': { 'ex-petitions': 1 },
      unclear: {},
      'not-my-situation': { 'q-amplifying': 1 },
    });
  });

  it('ignores malformed stored records instead of failing the report', async () => {
    const storage = new MemoryStorage();
    await storage.write('usage/2026-11-25/instance00001', {
      matched: { 'ex-petitions': 2, 'bad id!': 5, other: -3, x: 'many' },
      didYouMean: 'lots',
      notFound: 1.5,
    });
    const { counts } = await readUsage(storage, { days: 1, now: new Date(NOON) });
    expect(counts).toEqual({
      matched: { 'ex-petitions': 2 },
      didYouMean: 0,
      notFound: 0,
      helpful: {},
      notHelpful: {},
      missing: { 'wrong-topic': {}, 'too-long': {}, unclear: {}, 'not-my-situation': {} },
    });
  });
});

describe('unmatched question texts (KEEP_UNMATCHED_QUESTIONS=on)', () => {
  it('keeps the normalised text with its day and a count, nothing else', async () => {
    const storage = new MemoryStorage();
    const { usage, hook } = recorder(storage, true);
    hook(undefined, { kind: 'not-found', question: '  Where is the   CAFETERIA?  ' });
    hook(undefined, { kind: 'not-found', question: 'where is the cafeteria?' });
    hook(undefined, { kind: 'did-you-mean', question: 'facebook' }); // partly matched: not kept
    hook('ex-petitions');
    await usage.flush(ALL);
    const keys = await storage.list('usage/unmatched/');
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^usage\/unmatched\/2026-11-25\/[A-Za-z0-9_-]{22}$/);
    expect((await storage.read(keys[0]!))?.value).toEqual({
      text: 'where is the cafeteria?',
      day: '2026-11-25',
      count: 2,
    });
    expect(await readUnmatched(storage, { days: 30, now: new Date(NOON) })).toEqual([
      { text: 'where is the cafeteria?', count: 2, days: 1 },
    ]);
  });

  it('writes a text only once its day has ended, so no file time tells when it was asked', async () => {
    const storage = new MemoryStorage();
    const { usage, hook, setNow } = recorder(storage, true);
    hook(undefined, { kind: 'not-found', question: 'parking permit' });
    await usage.flush();
    expect(await storage.list('usage/unmatched/')).toEqual([]);
    expect((await readUsage(storage, { days: 1, now: new Date(NOON) })).counts.notFound).toBe(1);
    setNow(Date.parse('2026-11-26T00:00:30Z'));
    hook(undefined, { kind: 'not-found', question: 'parking permit' }); // the new day's: kept back
    await usage.flush();
    const keys = await storage.list('usage/unmatched/');
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^usage\/unmatched\/2026-11-25\//);
    await usage.stop(); // shutdown writes the rest
    expect(await storage.list('usage/unmatched/2026-11-26/')).toHaveLength(1);
  });

  it('adds up the same text from several instances (If-Match increments)', async () => {
    const storage = new MemoryStorage();
    const instances = [recorder(storage, true), recorder(storage, true), recorder(storage, true)];
    for (const { hook } of instances) {
      hook(undefined, { kind: 'not-found', question: 'parking permit' });
      hook(undefined, { kind: 'not-found', question: 'parking permit' });
    }
    await Promise.all(instances.map(({ usage }) => usage.flush(ALL)));
    const [key] = await storage.list('usage/unmatched/');
    expect((await storage.read<{ count: number }>(key!))?.value.count).toBe(6);
  });

  it('puts back what could not be stored, for the next flush', async () => {
    const storage = new CountingStorage();
    const { usage, hook } = recorder(storage, true);
    hook(undefined, { kind: 'not-found', question: 'parking permit' });
    await usage.flush(ALL); // counts and text stored
    hook(undefined, { kind: 'not-found', question: 'parking permit' });
    storage.failPrefix = 'usage/unmatched/';
    storage.failNext = 2; // the text's write fails twice; the counts are written
    await expect(usage.flush(ALL)).rejects.toThrow(StorageError);
    await expect(usage.flush(ALL)).rejects.toThrow(StorageError);
    expect((await readUsage(storage, { days: 1, now: new Date(NOON) })).counts.notFound).toBe(2);
    hook(undefined, { kind: 'not-found', question: 'parking permit' });
    await usage.flush(ALL);
    const [key] = await storage.list('usage/unmatched/');
    expect((await storage.read<{ count: number }>(key!))?.value.count).toBe(3);
  });

  it('masks e-mail addresses, links, handles and phone numbers, and cuts to 200 characters', () => {
    expect(
      cleanQuestion(
        'Can I DM <at>Jane Doe</at> at jane.doe@canada.ca or @janedoe_gc, 613-555-0199, see https://x.com/a?b=1',
      ),
    ).toBe('can i dm at [email] or [handle], [number], see [link]');
    const long = cleanQuestion(`${'é'.repeat(150)} ${'a'.repeat(150)}`)!;
    expect(Array.from(long)).toHaveLength(MAX_UNMATCHED_LENGTH);
    expect(cleanQuestion('  \u0000 \n ')).toBeUndefined();
    expect(cleanQuestion('Bill C-11 in 2024')).toBe('bill c-11 in 2024');
  });

  it('never writes conflicting records: a lost race is retried', async () => {
    const storage = new MemoryStorage();
    const { usage, hook } = recorder(storage, true);
    hook(undefined, { kind: 'not-found', question: 'race' });
    // Another instance creates the record between our read and our create-only write.
    const read = storage.read.bind(storage);
    let raced = false;
    storage.read = async <T>(key: string) => {
      const item = await read<T>(key);
      if (!raced && key.startsWith('usage/unmatched/')) {
        raced = true;
        await storage.write(key, { text: 'race', day: '2026-11-25', count: 4 });
      }
      return item;
    };
    await usage.flush(ALL);
    const [key] = await storage.list('usage/unmatched/');
    expect((await read<{ count: number }>(key!))?.value.count).toBe(5);
  });
});
