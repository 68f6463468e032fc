// The usage report: per entry title and matched count, totals for did-you-mean and not-found;
// `npm run report` reads the configured storage; the real bot over HTTP feeds the counters.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/guidance/load.js';
import { createMatcher } from '../../src/matching/matcher.js';
import { FileStorage } from '../../src/storage/file.js';
import { MemoryStorage } from '../../src/storage/memory.js';
import type { Storage } from '../../src/storage/storage.js';
import { createUsageRecorder } from '../../src/usage/recorder.js';
import { countMatches } from '../../src/features/qa/usage-hooks.js';
import { formatReport, readUnmatched, readUsage, reportRows } from '../../src/usage/report.js';
import { runReportCommand } from '../../src/usage/report-command.js';
import { cardAction, message } from '../helpers/activities.js';
import { newDataDir, startBotHost, type BotHost } from '../helpers/in-process.js';
import { startStubConnector, type StubConnector } from '../helpers/stub-connector.js';

const catalogue = loadCatalogue();
const NOW = new Date('2026-11-25T12:00:00Z');

async function seeded(storage: Storage = new MemoryStorage()) {
  const usage = createUsageRecorder({ storage, now: () => NOW });
  const hook = countMatches(usage);
  for (let i = 0; i < 3; i++) hook('ex-petitions');
  hook('q-amplifying');
  hook(undefined, { kind: 'did-you-mean', question: 'facebook' });
  hook(undefined, { kind: 'not-found', question: 'printer' });
  hook(undefined, { kind: 'not-found', question: 'lunch' });
  usage.feedback('ex-petitions', true);
  await usage.flush();
  return storage;
}

describe('the usage report', () => {
  it('lists every entry with its title and count, busiest first, and the totals', async () => {
    const storage = await seeded();
    const report = await readUsage(storage, { days: 30, now: NOW });
    const rows = reportRows(report, catalogue);
    expect(rows).toHaveLength(catalogue.entries.length);
    expect(rows[0]).toMatchObject({ id: 'ex-petitions', matched: 3, helpful: 1, notHelpful: 0 });
    expect(rows[0]!.title).toBe(catalogue.byId.get('ex-petitions')!.en.title);
    expect(rows[1]).toMatchObject({ id: 'q-amplifying', matched: 1 });
    const text = formatReport(report, catalogue);
    expect(text).toContain('Usage from 2026-10-27 to 2026-11-25 (30 days, UTC)');
    expect(text).toMatch(/^\s+3\s+1\s+0 {2}.+\(ex-petitions\)$/m);
    expect(text).toMatch(/^Answered: +4$/m);
    expect(text).toMatch(/^Did you mean: +1$/m);
    expect(text).toMatch(/^Not found: +2$/m);
    expect(text).not.toMatch(/printer|lunch|facebook/);
  });

  it('runs as a command over the configured file store', async () => {
    const dataDir = newDataDir();
    await seeded(new FileStorage(join(dataDir, 'store')));
    const env = { DATA_DIR: dataDir };
    const ok = await runReportCommand(['--days', '7'], env, { now: NOW });
    expect(ok.code).toBe(0);
    expect(ok.output).toContain('(7 days, UTC)');
    expect(ok.output).toMatch(/^Not found: +2$/m);
    expect((await runReportCommand(['--days', '0'], env)).code).toBe(2);
    expect((await runReportCommand(['--days', 'x'], env)).code).toBe(2);
    expect((await runReportCommand(['--nope'], env)).code).toBe(2);
    const far = await runReportCommand(['--days', '3'], env, { now: new Date('2027-01-01') });
    expect(far.output).toMatch(/^Answered: +0$/m);
  });

  it('is what `npm run report` runs (tsx src/cli/report.ts)', async () => {
    const dataDir = newDataDir();
    await seeded(new FileStorage(join(dataDir, 'store')));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/report.ts', '--days', '3650'],
      { env: { ...process.env, DATA_DIR: dataDir, STORAGE: 'file', NODE_ENV: 'test' } },
    );
    expect(stdout).toMatch(/^Answered: +4$/m);
    expect(stdout).toContain(catalogue.byId.get('ex-petitions')!.en.title);
  });
});

describe('usage from the real bot over HTTP', () => {
  let host: BotHost;
  let stub: StubConnector;
  afterEach(async () => {
    await host?.close();
    await stub?.close();
  });

  const matcher = createMatcher(catalogue);
  const kindOf = (q: string) => matcher.match(q, 'en-US').decision.kind;

  async function ask(text: string) {
    stub.clear();
    const res = await host.send(message(text, { serviceUrl: stub.serviceUrl }));
    expect(res.status).toBeLessThan(300);
    await stub.waitFor(1);
  }

  it.each([
    ['off', 0],
    ['on', 1],
  ])(
    'counts answers, "did you mean" and "not found"; keeps unmatched text only when on (%s)',
    async (setting, kept) => {
      stub = await startStubConnector();
      host = await startBotHost(undefined, { KEEP_UNMATCHED_QUESTIONS: setting });
      expect(kindOf('can I share this petition?')).toBe('answer');
      expect(kindOf('facebook')).toBe('did-you-mean');
      expect(kindOf('the printer on floor 3 is jammed')).toBe('not-found');
      await ask('can I share this petition?');
      await ask('facebook');
      await ask('the printer on floor 3 is jammed');
      await ask('help'); // a command is not a question
      const click = await host.send(
        cardAction(
          'feedback.helpful',
          { entryId: 'ex-petitions', lang: 'en', helpful: false },
          { serviceUrl: stub.serviceUrl },
        ),
      );
      expect(click.status).toBe(200);
      const reason = await host.send(
        cardAction(
          'feedback.reason',
          { entryId: 'ex-petitions', lang: 'en', reason: 'unclear' },
          { serviceUrl: stub.serviceUrl },
        ),
      );
      expect(reason.status).toBe(200);
      await host.services.usage.flush({ includeToday: true });
      const storage = host.services.storage;
      const { counts } = await readUsage(storage, { days: 1 });
      expect(counts).toEqual({
        matched: { 'ex-petitions': 1 },
        didYouMean: 1,
        notFound: 1,
        helpful: {},
        notHelpful: { 'ex-petitions': 1 },
        missing: {
          'wrong-topic': {},
          'too-long': {},
          unclear: { 'ex-petitions': 1 },
          'not-my-situation': {},
        },
      });
      const texts = await readUnmatched(storage, { days: 1 });
      expect(texts).toHaveLength(kept);
      if (kept)
        expect(texts[0]).toEqual({ text: 'the printer on floor 3 is jammed', count: 1, days: 1 });
      const [record] = await storage.list('usage/2');
      const stored = JSON.stringify((await storage.read(record!))?.value);
      expect(stored).not.toMatch(/printer|petition\?|facebook|Test User|0000-0000/);
    },
  );
});
