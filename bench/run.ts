// `npm run bench`: the bot against a minimal echo bot on the same stack, both replying to a stub Bot
// Connector on loopback; rounds A B A B with autocannon over the dev question mix (EN and FR);
// readiness; a 100,000-question leak check; the matcher's scaling curve. Writes docs/benchmarks.md
// and docs/benchmarks.svg, and the raw figures to .local/bench/results.json.
// `npm run bench:smoke`: the same path, a few seconds per server, one round; fails only when
// something is broken (a server does not start or answer, errors, missing replies), never on a
// missed target.
// Options: --rounds N --duration S --warmup S --connections C --leak N --readiness N
//          --match-rounds N --no-build --no-write
//          --profile: the bot under --cpu-prof and --heap-prof (.local/bench/profiles; read them with
//            `npx tsx bench/profile-summary.ts <file.cpuprofile>`)
//          --report FILE: only rewrite the docs from a saved results file (e.g. after editing
//            bench/notes.md)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { activityStream, loadQuestions } from './cases.js';
import { runLoad, type LoadResult } from './load.js';
import { scalingCurve } from './matching.js';
import { writeReport, type Leak, type Results, type Target } from './report.js';
import {
  buildBot,
  getJson,
  peakRss,
  productionCommand,
  ROOT,
  spawnBot,
  spawnEcho,
  spawnStub,
  waitReady,
  WORK_DIR,
  type Server,
  type SpawnOptions,
} from './servers.js';
import type { StubStats } from './stub-connector.js';
import { agentsTargets } from './agents-host.js';

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string' },
    leak: { type: 'string' },
    readiness: { type: 'string' },
    'match-rounds': { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    /** Rewrite docs/benchmarks.md and .svg from a saved results file (after editing bench/notes.md). */
    report: { type: 'string' },
  },
});
const smoke = args.smoke;
const num = (v: string | undefined, full: number, quick: number) =>
  v === undefined ? (smoke ? quick : full) : Number(v);
const settings = {
  rounds: num(args.rounds, 5, 1),
  duration: num(args.duration, 15, 3),
  warmup: num(args.warmup, 5, 1),
  connections: num(args.connections, 16, 8),
  leakQuestions: num(args.leak, 100_000, 1_000),
  readinessRuns: num(args.readiness, 5, 1),
  matchRounds: num(args['match-rounds'], 200, 5),
  factors: [1, 2, 5, 10],
};

const log = (...parts: unknown[]) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);
const problems: string[] = [];
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? NaN
    : s.length % 2
      ? s[(s.length - 1) / 2]!
      : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main() {
  if (args.report) {
    const saved = JSON.parse(readFileSync(args.report, 'utf8')) as Results;
    log(`wrote ${(await writeReport(saved)).join(', ')} from ${args.report}`);
    return;
  }
  const started = new Date();
  const loadStart = os.loadavg();
  if (!args['no-build']) {
    log('building the bot (npm run build)…');
    buildBot();
  }
  const { questions, source } = loadQuestions();
  log(
    `${questions.length} questions from ${source} (${questions.filter((q) => q.lang === 'fr').length} FR)`,
  );

  const stub = await spawnStub();
  const servers: Server[] = [stub];
  try {
    const nodeArgs = args.profile
      ? [
          '--cpu-prof',
          `--cpu-prof-dir=${join(WORK_DIR, 'profiles')}`,
          '--heap-prof',
          `--heap-prof-dir=${join(WORK_DIR, 'profiles')}`,
        ]
      : [];
    const stream = (tag: string) => activityStream(questions, stub.serviceUrl, tag);
    const stats = (reset = false) =>
      getJson<StubStats>(`${stub.url}/stats`, reset ? 'POST' : 'GET');

    // Readiness: spawn → first question answered. Fresh processes each time.
    const readiness = { bot: [] as number[], agents: [] as number[], echo: [] as number[] };
    const spawnAgents = (options: SpawnOptions = {}) => spawnBot({ ...options, botHost: 'agents' });
    for (let i = 0; i < settings.readinessRuns; i++) {
      for (const [name, spawn] of [
        ['bot', spawnBot],
        ['agents', spawnAgents],
        ['echo', spawnEcho],
      ] as const) {
        const s = await spawn();
        try {
          readiness[name].push(await waitReady(s, stream(`ready-${name}-${i}`)));
        } finally {
          await s.stop();
        }
      }
    }
    log(
      `ready in: bot ${readiness.bot.map((x) => x.toFixed(0)).join(', ')} ms; agents ${readiness.agents.map((x) => x.toFixed(0)).join(', ')} ms; echo ${readiness.echo.map((x) => x.toFixed(0)).join(', ')} ms`,
    );

    // Rounds A B A B on long-lived processes, after a warm-up of each.
    const bot = await spawnBot({ nodeArgs });
    servers.push(bot);
    const agents = await spawnAgents({ nodeArgs });
    servers.push(agents);
    const echo = await spawnEcho({ nodeArgs });
    servers.push(echo);
    await waitReady(bot, stream('w-bot'));
    await waitReady(agents, stream('w-agents'));
    await waitReady(echo, stream('w-echo'));
    const botNext = stream('bot');
    const agentsNext = stream('agents');
    const echoNext = stream('echo');
    const run = async (server: Server, next: () => string, seconds: number, label: string) => {
      await stats(true);
      const result = await runLoad(server, {
        connections: settings.connections,
        duration: seconds,
        next,
      });
      const replies = await stats();
      check(label, result, replies, server !== echo);
      return { result, replies };
    };
    log(`warm-up ${settings.warmup} s each`);
    await run(bot, botNext, settings.warmup, 'warm-up bot');
    await run(agents, agentsNext, settings.warmup, 'warm-up agents');
    await run(echo, echoNext, settings.warmup, 'warm-up echo');
    const rounds: Results['rounds'] = [];
    for (let r = 1; r <= settings.rounds; r++) {
      const a = await run(bot, botNext, settings.duration, `round ${r} bot`);
      const g = await run(agents, agentsNext, settings.duration, `round ${r} agents`);
      const b = await run(echo, echoNext, settings.duration, `round ${r} echo`);
      rounds.push({
        round: r,
        bot: strip(a.result),
        agents: strip(g.result),
        echo: strip(b.result),
        replies: { bot: a.replies, agents: g.replies, echo: b.replies },
      });
      const fmt = (x: LoadResult) =>
        `${x.rps.toFixed(0)} req/s p50 ${x.latency.p50.toFixed(2)} p99 ${x.latency.p99.toFixed(2)} ms, ${x.cpuMsPerRequest.toFixed(2)} CPU ms/req`;
      log(`round ${r}: bot ${fmt(a.result)} | agents ${fmt(g.result)} | echo ${fmt(b.result)}`);
    }
    const peak = { bot: peakRss(bot.pid), agents: peakRss(agents.pid), echo: peakRss(echo.pid) };
    await bot.stop();
    await agents.stop();
    await echo.stop();

    // Leak check: a fresh bot, N questions, RSS sampled every 100 ms.
    let leak: Leak | undefined;
    if (settings.leakQuestions > 0) {
      log(`leak check: ${settings.leakQuestions} questions to a fresh bot…`);
      const leakBot = await spawnBot();
      servers.push(leakBot);
      await waitReady(leakBot, stream('w-leak'));
      await stats(true);
      const leakRun = await runLoadAmount(leakBot, stream('leak'), settings.leakQuestions);
      check('leak check', leakRun, await stats(), true);
      await leakBot.stop();
      leak = leakFigures(leakRun);
      log(
        `leak: ${leak.questions} questions in ${leak.seconds.toFixed(0)} s; RSS start ${leak.startMb.toFixed(1)} end ${leak.endMb.toFixed(1)} peak ${leak.peakMb.toFixed(1)} MB; floor ${leak.floorFirstMb.toFixed(1)} → ${leak.floorLastMb.toFixed(1)} MB, slope ${leak.floorSlopeMbPer100k.toFixed(2)} MB/100k`,
      );
    }

    // Matching and its scaling curve, in process, servers stopped.
    log(
      `matching: ${settings.matchRounds} rounds over ${questions.length} questions, catalogue ×${settings.factors.join(', ×')}`,
    );
    const matching = scalingCurve(questions, settings.factors, settings.matchRounds);
    for (const m of matching)
      log(
        `  ${m.model} ×${m.factor} (${m.entries} entries, index ${m.buildMs.toFixed(0)} ms): mean ${us(m.mean)} p50 ${us(m.p50)} p99 ${us(m.p99)}`,
      );
    if (!matching.every((m) => Number.isFinite(m.p99)))
      problems.push('matching timings are not finite');

    const results: Results = {
      date: started.toISOString(),
      smoke,
      machine: {
        cores: os.cpus().length,
        cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
        memoryGb: os.totalmem() / 2 ** 30,
        node: process.version,
        platform: `${os.type()} ${os.release()} ${os.arch()}`,
        loadavgStart: loadStart,
        loadavgEnd: os.loadavg(),
      },
      settings: {
        ...settings,
        questionsSource: source,
        botCommand: ['node', ...productionCommand().nodeArgs, productionCommand().entry].join(' '),
        questions: questions.length,
        fr: questions.filter((q) => q.lang === 'fr').length,
      },
      readiness,
      rounds,
      peakRssMb: {
        bot: Math.max(peak.bot, leak?.peakMb ?? 0),
        agents: peak.agents,
        echo: peak.echo,
      },
      leak,
      matching,
      targets: [],
      problems,
    };
    results.targets = targets(results);
    mkdirSync(WORK_DIR, { recursive: true });
    const file = join(WORK_DIR, smoke ? 'smoke-results.json' : 'results.json');
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    printSummary(results);
    log(`raw figures: ${file.replace(`${ROOT}`, '')}`);
    if (!smoke && !args['no-write']) {
      const written = await writeReport(results);
      log(`wrote ${written.join(', ')}`);
    }
    if (args.profile)
      log(`CPU profiles: ${join(WORK_DIR, 'profiles')} (npx tsx bench/profile-summary.ts <file>)`);
  } finally {
    for (const s of servers.reverse()) await s.stop();
  }
  if (problems.length > 0) {
    console.error(`\nbench: BROKEN\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
}

const us = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;

function runLoadAmount(server: Server, next: () => string, amount: number) {
  return runLoad(server, { connections: settings.connections, amount, next });
}

/** Something broken (not a missed target): errors, non-2xx, missing replies, no requests at all. */
function check(label: string, r: LoadResult, replies: StubStats, isBot: boolean) {
  if (r.requests === 0) problems.push(`${label}: no request answered`);
  if (r.errors > 0 || r.timeouts > 0)
    problems.push(`${label}: ${r.errors} errors, ${r.timeouts} timeouts`);
  if (r.non2xx > 0) problems.push(`${label}: ${r.non2xx} non-2xx responses`);
  if (replies.posts < r.requests)
    problems.push(
      `${label}: ${r.requests} answered but only ${replies.posts} replies reached the connector`,
    );
  if (isBot && replies.attachments < r.requests)
    problems.push(`${label}: ${replies.attachments} of ${r.requests} replies carried a card`);
}

function strip(r: LoadResult) {
  const { rssSamples, ...rest } = r;
  return { ...rest, rssEndMb: rssSamples.at(-1)?.rss ?? NaN };
}

/** Least-squares slope of y over x. */
function slopeOf(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((a, p) => a + p.x, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  const sxx = points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0);
  return sxx > 0 ? sxy / sxx : 0;
}

/** Windows over the second half of the run for the RSS floor (the low point between collections). */
const FLOOR_WINDOWS = 10;

/**
 * Start, end, peak RSS; and two slopes over the second half of the run: of every sample, and of the
 * RSS floor (the lowest sample in each of FLOOR_WINDOWS windows). RSS under load is a sawtooth
 * (the heap grows to its limit, then a full collection), so a leak shows as a rising floor; the
 * slope of every sample mostly says where in the sawtooth the run ended.
 */
function leakFigures(r: LoadResult): Leak {
  const s = r.rssSamples.filter((x) => Number.isFinite(x.rss));
  const half = s.filter((x) => x.count >= r.requests / 2);
  const slope = slopeOf(half.map((x) => ({ x: x.count, y: x.rss })));
  const floors: { x: number; y: number }[] = [];
  const from = r.requests / 2;
  const width = (r.requests - from) / FLOOR_WINDOWS;
  for (let w = 0; w < FLOOR_WINDOWS; w++) {
    const inWindow = half.filter(
      (x) => x.count >= from + w * width && x.count < from + (w + 1) * width,
    );
    if (inWindow.length > 0)
      floors.push({ x: from + (w + 0.5) * width, y: Math.min(...inWindow.map((x) => x.rss)) });
  }
  const every = Math.max(1, Math.floor(s.length / 200));
  const at = (fraction: number) => s.find((x) => x.count >= fraction * r.requests)?.rss ?? NaN;
  return {
    questions: r.requests,
    seconds: r.seconds,
    rps: r.rps,
    latency: r.latency,
    startMb: s[0]?.rss ?? NaN,
    at10pctMb: at(0.1),
    at50pctMb: at(0.5),
    endMb: s.at(-1)?.rss ?? NaN,
    peakMb: Math.max(0, ...s.map((x) => x.hwm)),
    slopeMbPer100k: slope * 100_000,
    floorFirstMb: floors[0]?.y ?? NaN,
    floorLastMb: floors.at(-1)?.y ?? NaN,
    floorSlopeMbPer100k: slopeOf(floors) * 100_000,
    samples: s
      .filter((_, i) => i % every === 0)
      .map((x) => ({ count: x.count, rss: +x.rss.toFixed(1) })),
  };
}

function targets(r: Results): Target[] {
  const ratio = (f: (x: Results['rounds'][number]) => number) => median(r.rounds.map(f));
  const rpsRatio = ratio((x) => x.bot.rps / x.echo.rps);
  const p99Ratio = ratio((x) => x.bot.latency.p99 / x.echo.latency.p99);
  const m1 = r.matching.find((m) => m.factor === 1);
  const at10 = (model: string) => r.matching.find((m) => m.factor === 10 && m.model === model);
  const ready = median(r.readiness.bot);
  return [
    {
      name: 'Throughput',
      target: '≥ 0.9 × echo',
      value: `${rpsRatio.toFixed(2)} × echo`,
      pass: rpsRatio >= 0.9,
    },
    {
      name: 'p99 latency',
      target: '≤ 1.25 × echo',
      value: `${p99Ratio.toFixed(2)} × echo`,
      pass: p99Ratio <= 1.25,
    },
    {
      name: 'Matching p99 per question',
      target: '< 1 ms',
      value: m1 ? `${m1.p99.toFixed(3)} ms` : 'n/a',
      pass: !!m1 && m1.p99 < 1,
    },
    {
      name: 'Peak RSS',
      target: '< 150 MB',
      value: `${r.peakRssMb.bot.toFixed(1)} MB`,
      pass: r.peakRssMb.bot < 150,
    },
    ...(r.leak
      ? [
          {
            name: `RSS flat over ${r.leak.questions.toLocaleString('en-US')} questions`,
            target: '≤ 5 MB per 100k (RSS floor, 2nd half)',
            value: `${r.leak.floorSlopeMbPer100k >= 0 ? '+' : ''}${r.leak.floorSlopeMbPer100k.toFixed(2)} MB per 100k`,
            pass: Math.abs(r.leak.floorSlopeMbPer100k) <= 5,
          },
        ]
      : []),
    {
      name: 'Ready after start',
      target: '≤ 1500 ms',
      value: `${ready.toFixed(0)} ms (median)`,
      pass: ready <= 1500,
    },
    ...(['near-duplicates', 'new-topics'] as const).map((model) => {
      const m10 = at10(model);
      return {
        name: `Matching at 10× catalogue (${model})`,
        target: '≤ 3 × the 1× time',
        value:
          m1 && m10
            ? `${(m10.mean / m1.mean).toFixed(2)} × (mean), ${(m10.p50 / m1.p50).toFixed(2)} × (p50)`
            : 'n/a',
        pass: !!m1 && !!m10 && m10.mean / m1.mean <= 3,
      };
    }),
    ...agentsTargets(r),
  ];
}

function printSummary(r: Results) {
  const avg = (f: (x: Results['rounds'][number]) => number) => median(r.rounds.map(f));
  console.log(
    `\n${r.smoke ? 'SMOKE ' : ''}BENCH SUMMARY (${r.machine.cores} cores, ${r.machine.node}, load ${r.machine.loadavgStart.map((x) => x.toFixed(2)).join(' ')})`,
  );
  console.log(
    `  bot : ${avg((x) => x.bot.rps).toFixed(0)} req/s, p50 ${avg((x) => x.bot.latency.p50).toFixed(2)} ms, p99 ${avg((x) => x.bot.latency.p99).toFixed(2)} ms, peak RSS ${r.peakRssMb.bot.toFixed(1)} MB`,
  );
  console.log(
    `  echo: ${avg((x) => x.echo.rps).toFixed(0)} req/s, p50 ${avg((x) => x.echo.latency.p50).toFixed(2)} ms, p99 ${avg((x) => x.echo.latency.p99).toFixed(2)} ms, peak RSS ${r.peakRssMb.echo.toFixed(1)} MB`,
  );
  console.log(
    `  CPU per question: bot ${avg((x) => x.bot.cpuMsPerRequest).toFixed(2)} ms, echo ${avg((x) => x.echo.cpuMsPerRequest).toFixed(2)} ms`,
  );
  for (const t of r.targets)
    console.log(`  ${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${t.value} (target ${t.target})`);
  if (r.smoke) console.log('  (smoke run: figures are not meaningful, only that everything works)');
}

main().catch((error: unknown) => {
  console.error('bench: BROKEN\n', error);
  process.exit(1);
});
