// The profile in force and its reloads, on real stores (memory and the file store): what is applied,
// what is refused and why (the same check as at start-up, every problem listed), what a failing store
// does (nothing: the last good profile stays), and that a reload never rejects.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/guidance/load.js';
import {
  loadSupportProfile,
  supportProfilePath,
  type SupportProfile,
} from '../../src/organization/profile.js';
import {
  createProfileSource,
  PROFILE_KEY,
  type ProfileSourceOptions,
} from '../../src/organization/profile-source.js';
import { FileStorage } from '../../src/storage/file.js';
import { MemoryStorage } from '../../src/storage/memory.js';
import type { Storage } from '../../src/storage/storage.js';
import { captureLogger } from '../helpers/capture-logger.js';
import { newDataDir } from '../helpers/in-process.js';

const guidance = loadCatalogue();
const justice = loadSupportProfile('justice');
type Json = Record<string, unknown> & { contacts: object[]; reminder: { entries: object[] } };
const justiceJson = () => JSON.parse(readFileSync(supportProfilePath('justice'), 'utf8')) as Json;
const contact = (name: string) => ({ name, role: { en: 'Advisor', fr: 'Conseillère' } });
const withContact = (name: string): Json => ({ ...justiceJson(), contacts: [contact(name)] });
const names = (profile: SupportProfile | undefined) => profile?.contacts.map((c) => c.name);

function source(storage: Storage, options: Partial<ProfileSourceOptions> = {}) {
  const log = captureLogger();
  const changes: (SupportProfile | undefined)[] = [];
  const profiles = createProfileSource({ storage, guidance, logger: log.logger, ...options });
  profiles.onChange((p) => changes.push(p));
  return { profiles, log, changes };
}

describe('a profile source', () => {
  it('keeps the configured profile while storage holds none', async () => {
    const { profiles, changes } = source(new MemoryStorage(), { configured: justice });
    expect(profiles.current()).toBe(justice);
    expect(await profiles.reload()).toEqual({ kind: 'unchanged' });
    expect(profiles.current()).toBe(justice);
    expect(changes).toEqual([]);
  });

  it('applies a stored profile, with or without a configured one, and tells its readers once', async () => {
    const storage = new MemoryStorage();
    const { profiles, changes, log } = source(storage);
    expect(profiles.current()).toBeUndefined();
    await storage.write(PROFILE_KEY, withContact('Alex Tremblay'));
    expect(await profiles.reload()).toEqual({ kind: 'applied', from: 'storage' });
    expect(names(profiles.current())).toEqual(['Alex Tremblay']);
    expect(profiles.current()?.reminder?.entries).toHaveLength(3);
    expect(await profiles.reload()).toEqual({ kind: 'unchanged' });
    expect(changes.map(names)).toEqual([['Alex Tremblay']]);
    expect(log.text()).toContain('organization profile applied from storage');
    expect(log.text()).not.toContain('Alex Tremblay'); // counts only, not the profile's content
  });

  it('treats the same profile stored again as no change', async () => {
    const storage = new MemoryStorage();
    const { profiles, changes } = source(storage);
    await storage.write(PROFILE_KEY, withContact('Alex Tremblay'));
    await profiles.reload();
    const applied = profiles.current();
    await storage.write(PROFILE_KEY, withContact('Alex Tremblay')); // a new version, same content
    expect(await profiles.reload()).toEqual({ kind: 'unchanged' });
    expect(profiles.current()).toBe(applied);
    expect(changes).toHaveLength(1);
  });

  it('refuses a reminder that clashes with the guidance, as start-up does, keeping the last good one', async () => {
    const storage = new MemoryStorage();
    const { profiles, changes } = source(storage, { configured: justice });
    const clashing = justiceJson();
    clashing.reminder.entries = clashing.reminder.entries.map((e, i) =>
      i === 0 ? { ...e, id: 'topic-duty-of-loyalty' } : { ...e, related: ['no-such-entry'] },
    );
    await storage.write(PROFILE_KEY, clashing);
    const outcome = await profiles.reload();
    expect(outcome.kind).toBe('refused');
    const problems = outcome.kind === 'refused' ? outcome.problems : [];
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(problems).toContainEqual(expect.stringMatching(/^reminder: .*topic-duty-of-loyalty/));
    expect(problems.filter((p) => p.includes('no-such-entry'))).toHaveLength(2);
    expect(profiles.current()).toBe(justice);
    expect(changes).toEqual([]);
  });

  it('goes back to the configured profile when the stored one is deleted', async () => {
    const storage = new MemoryStorage();
    const { profiles, changes } = source(storage, { configured: justice });
    await storage.write(PROFILE_KEY, withContact('Alex Tremblay'));
    await profiles.reload();
    await storage.delete(PROFILE_KEY);
    expect(await profiles.reload()).toEqual({ kind: 'applied', from: 'configuration' });
    expect(profiles.current()).toBe(justice);
    expect(changes.map(names)).toEqual([['Alex Tremblay'], ['Pamela Richmire']]);
  });

  it('keeps the last good profile when the file store holds a hand-written file', async () => {
    const dir = join(newDataDir(), 'store');
    const storage = new FileStorage(dir);
    const { profiles, log } = source(storage, { configured: justice });
    // The profile itself, not a stored value: someone copied it into the folder by hand.
    mkdirSync(join(dir, 'organization'), { recursive: true });
    writeFileSync(join(dir, `${PROFILE_KEY}.json`), JSON.stringify(withContact('Alex Tremblay')));
    const outcome = await profiles.reload();
    expect(outcome.kind).toBe('unreadable');
    expect(outcome.kind === 'unreadable' && outcome.reason).toMatch(/not a storage record/);
    expect(profiles.current()).toBe(justice);
    expect(log.text()).toContain('organization profile could not be read');
  });

  it('never rejects when storage fails, and shares one read between concurrent reloads', async () => {
    let reads = 0;
    const failing: Storage = Object.assign(new MemoryStorage(), {
      read: () => {
        reads++;
        return Promise.reject(new Error('the storage account is unreachable'));
      },
    });
    const { profiles } = source(failing, { configured: justice });
    const outcomes = await Promise.all([profiles.reload(), profiles.reload()]);
    expect(reads).toBe(1);
    expect(outcomes).toEqual([
      { kind: 'unreadable', reason: 'Error: the storage account is unreachable' },
      { kind: 'unreadable', reason: 'Error: the storage account is unreachable' },
    ]);
    expect(profiles.current()).toBe(justice);
    await profiles.reload();
    expect(reads).toBe(2);
  });

  it('applies the profile even when one of its readers fails, and says so', async () => {
    const storage = new MemoryStorage();
    const { profiles, log } = source(storage);
    profiles.onChange(() => {
      throw new TypeError('a reader broke');
    });
    await storage.write(PROFILE_KEY, withContact('Alex Tremblay'));
    expect(await profiles.reload()).toEqual({ kind: 'applied', from: 'storage' });
    expect(log.text()).toContain('a reader of the organization profile failed');
  });

  it('reloads on its timer until stopped, and starts nothing with 0', async () => {
    const storage = new MemoryStorage();
    const { profiles, changes } = source(storage);
    profiles.start(0);
    await storage.write(PROFILE_KEY, withContact('Alex Tremblay'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(profiles.current()).toBeUndefined();
    profiles.start(10);
    await expect
      .poll(() => names(profiles.current()), { timeout: 2_000 })
      .toEqual(['Alex Tremblay']);
    profiles.stop();
    await storage.write(PROFILE_KEY, withContact('Sam Chen'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(names(profiles.current())).toEqual(['Alex Tremblay']);
    expect(changes).toHaveLength(1);
  });
});
