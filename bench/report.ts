// Writes docs/benchmarks.md (figures, machine, targets, chart, and the hand-written notes kept in
// bench/notes.md) and docs/benchmarks.svg from a run's results. Formatted with the repo's Prettier
// settings so `npm run lint` stays green.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { chartSvg } from './chart.js';
import type { LoadResult } from './load.js';
import type { MatchTiming } from './matching.js';
import { ROOT } from './servers.js';
import type { StubStats } from './stub-connector.js';
import { agentsSection } from './agents-host.js';

export interface Target {
  readonly name: string;
  readonly target: string;
  readonly value: string;
  readonly pass: boolean;
}

type RunFigures = Omit<LoadResult, 'rssSamples'> & { readonly rssEndMb: number };

export interface Leak {
  questions: number;
  seconds: number;
  rps: number;
  latency: LoadResult['latency'];
  startMb: number;
  at10pctMb: number;
  at50pctMb: number;
  endMb: number;
  peakMb: number;
  slopeMbPer100k: number;
  /** The RSS floor (lowest sample per window) in the first and last windows of the 2nd half. */
  floorFirstMb: number;
  floorLastMb: number;
  floorSlopeMbPer100k: number;
  samples: { count: number; rss: number }[];
}

export interface Results {
  date: string;
  smoke: boolean;
  machine: {
    cores: number;
    cpu: string;
    memoryGb: number;
    node: string;
    platform: string;
    loadavgStart: number[];
    loadavgEnd: number[];
  };
  settings: {
    rounds: number;
    duration: number;
    warmup: number;
    connections: number;
    leakQuestions: number;
    readinessRuns: number;
    matchRounds: number;
    factors: number[];
    questionsSource: string;
    /** How the bot was started: package.json's start:prod (optional in older results files). */
    botCommand?: string;
    questions: number;
    fr: number;
  };
  /** `agents`: the same bot on the Microsoft 365 Agents SDK (BOT_HOST=agents); absent in older files. */
  readiness: { bot: number[]; echo: number[]; agents?: number[] };
  rounds: {
    round: number;
    bot: RunFigures;
    echo: RunFigures;
    agents?: RunFigures;
    replies: { bot: StubStats; echo: StubStats; agents?: StubStats };
  }[];
  peakRssMb: { bot: number; echo: number; agents?: number };
  leak: Leak | undefined;
  matching: MatchTiming[];
  targets: Target[];
  problems: string[];
}

const f0 = (x: number) => x.toFixed(0);
const f2 = (x: number) => x.toFixed(2);
const sign = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
const us = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function leakSection(leak: Leak | undefined): string[] {
  if (!leak) return [];
  return [
    `## Memory over ${leak.questions.toLocaleString('en-US')} questions`,
    '',
    `A fresh bot answered ${leak.questions.toLocaleString('en-US')} questions in ${f0(leak.seconds)} s ` +
      `(${f0(leak.rps)} req/s, p50 ${f2(leak.latency.p50)} ms, p99 ${f2(leak.latency.p99)} ms); RSS sampled ` +
      'every 100 ms from `/proc/<pid>/status`.',
    '',
    '| RSS at start | after 10% | after 50% | at end | peak | RSS floor, 2nd half | floor slope | slope of all samples |',
    '| --: | --: | --: | --: | --: | --: | --: | --: |',
    `| ${leak.startMb.toFixed(1)} MB | ${leak.at10pctMb.toFixed(1)} MB | ${leak.at50pctMb.toFixed(1)} MB | ${leak.endMb.toFixed(1)} MB | ${leak.peakMb.toFixed(1)} MB | ${leak.floorFirstMb.toFixed(1)} → ${leak.floorLastMb.toFixed(1)} MB | ${sign(leak.floorSlopeMbPer100k)} MB per 100k | ${sign(leak.slopeMbPer100k)} MB per 100k |`,
    '',
    'Under load RSS is a sawtooth: the heap grows to its limit, then a full collection brings it down. ' +
      'A leak shows as a rising floor (the lowest RSS in each tenth of the second half), so that is ' +
      'the slope the target is checked against.',
    '',
  ];
}

export function reportMarkdown(r: Results, notes: string): string {
  const m = r.machine;
  const day = r.date.slice(0, 10);
  const busy = m.loadavgStart[0]! > 0.5;
  const med = (f: (x: Results['rounds'][number]) => number) => median(r.rounds.map(f));
  const lines: string[] = [];
  lines.push(
    '# Benchmarks',
    '',
    `Measured ${day} (${r.date.slice(11, 16)} UTC) on ${m.cores} cores (${m.cpu}), ` +
      `${m.memoryGb.toFixed(1)} GiB memory, Node ${m.node}, ${m.platform}. ` +
      `Load average at start ${m.loadavgStart.map(f2).join(' / ')}, at end ${m.loadavgEnd.map(f2).join(' / ')}.`,
    '',
  );
  if (busy)
    lines.push(
      `> **Provisional figures.** The machine was not quiet (1-minute load average ${f2(m.loadavgStart[0]!)} at ` +
        'start): other work shared the cores. Re-run `npm run bench` on a quiet machine for final figures.',
      '',
    );
  lines.push(
    'Reproduce: `npm run bench` (about six minutes; writes this page, `docs/benchmarks.svg` and ' +
      '`.local/bench/results.json`). `npm run bench:smoke` is the short run CI uses.',
    '',
    '## Targets',
    '',
    '| Target | Wanted | Measured | |',
    '| --- | --- | --- | --- |',
    ...r.targets.map(
      (t) => `| ${t.name} | ${t.target} | ${t.value} | ${t.pass ? '✅ pass' : '❌ miss'} |`,
    ),
    '',
    '## Bot against the echo bot',
    '',
    `Both servers run at once on loopback, each a plain \`node\` process (the bot as production runs it, ` +
      `\`${r.settings.botCommand ?? 'node dist/src/index.js'}\` after \`npm run build\`; the echo bot with ` +
      "Node's defaults), both replying to the same stub Bot Connector (its own process). autocannon drives " +
      `them in turn — bot, echo, bot, echo… — ${r.settings.rounds} rounds of ${r.settings.duration} s after a ` +
      `${r.settings.warmup} s warm-up each, ${r.settings.connections} connections, with the ${r.settings.questions} ` +
      `questions of \`${r.settings.questionsSource}\` (${r.settings.questions - r.settings.fr} EN, ${r.settings.fr} FR) ` +
      'in rotation as Teams personal-chat message activities with unique ids. A request completes when the turn ' +
      'completes, i.e. after the reply was POSTed to the connector. Latency is per request, client side.',
    '',
    '![Throughput and latency per round, bot against the echo bot; matching time against catalogue size](benchmarks.svg)',
    '',
    '| Round | Server | req/s | p50 ms | p99 ms | max ms | CPU ms/req | answered | bot/echo req/s | bot/echo p99 |',
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: |',
  );
  for (const x of r.rounds) {
    lines.push(
      `| ${x.round} | bot | ${f0(x.bot.rps)} | ${f2(x.bot.latency.p50)} | ${f2(x.bot.latency.p99)} | ${f2(x.bot.latency.max)} | ${f2(x.bot.cpuMsPerRequest)} | ${x.bot.requests} | ${f2(x.bot.rps / x.echo.rps)} | ${f2(x.bot.latency.p99 / x.echo.latency.p99)} |`,
      `| ${x.round} | echo | ${f0(x.echo.rps)} | ${f2(x.echo.latency.p50)} | ${f2(x.echo.latency.p99)} | ${f2(x.echo.latency.max)} | ${f2(x.echo.cpuMsPerRequest)} | ${x.echo.requests} | | |`,
    );
  }
  lines.push(
    `| median | bot | ${f0(med((x) => x.bot.rps))} | ${f2(med((x) => x.bot.latency.p50))} | ${f2(med((x) => x.bot.latency.p99))} | | ${f2(med((x) => x.bot.cpuMsPerRequest))} | | ${f2(med((x) => x.bot.rps / x.echo.rps))} | ${f2(med((x) => x.bot.latency.p99 / x.echo.latency.p99))} |`,
    `| median | echo | ${f0(med((x) => x.echo.rps))} | ${f2(med((x) => x.echo.latency.p50))} | ${f2(med((x) => x.echo.latency.p99))} | | ${f2(med((x) => x.echo.cpuMsPerRequest))} | | | |`,
    '',
    `Peak RSS (VmHWM): bot ${r.peakRssMb.bot.toFixed(1)} MB, echo bot ${r.peakRssMb.echo.toFixed(1)} MB. ` +
      `Ready to answer (spawn → first question answered, ${r.readiness.bot.length} cold starts): bot ` +
      `${r.readiness.bot.map(f0).join(', ')} ms (median ${f0(median(r.readiness.bot))}); echo bot ` +
      `${r.readiness.echo.map(f0).join(', ')} ms (median ${f0(median(r.readiness.echo))}).`,
    '',
    ...agentsSection(r),
    ...leakSection(r.leak),
    '## Matching and catalogue size',
    '',
    `Time of \`createMatcher(catalogue).match(question, locale)\` in process, ${r.settings.matchRounds} passes over ` +
      'the question mix after a warm-up; the catalogue sizes take turns pass by pass, so a burst of other work ' +
      'hits them alike. Larger catalogues are synthetic (`bench/synthetic-catalogue.ts`), every entry cloned ' +
      'with its own id. _near-duplicates_ (the worst case): three made-up topic words per clone, replacing one ' +
      'word of each phrasing, so every word of every question is in ten times as many phrasings. _new-topics_: ' +
      'each batch of clones replaces the words specific to a few entries (used by at most 3 real entries) with ' +
      'made-up words, keeping the domain’s common words: new subjects in the same language.',
    '',
    '| Model | Catalogue | Entries | Index build | mean | p50 | p99 | max | mean vs 1× |',
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: |',
    ...r.matching
      .filter((x, i, all) => x.factor !== 1 || all.findIndex((m) => m.factor === 1) === i)
      .map(
        (x) =>
          `| ${x.factor === 1 ? 'real catalogue' : x.model} | ${x.factor}× | ${x.entries} | ${f0(x.buildMs)} ms | ${us(x.mean)} | ${us(x.p50)} | ${us(x.p99)} | ${us(x.max)} | ${f2(x.mean / r.matching.find((m) => m.factor === 1)!.mean)} × |`,
      ),
    '',
  );
  return `${lines.join('\n')}\n${notes.trim() ? `\n${notes.trim()}\n` : ''}`;
}

export async function writeReport(r: Results): Promise<string[]> {
  let notes = '';
  try {
    notes = readFileSync(join(ROOT, 'bench', 'notes.md'), 'utf8');
  } catch {
    // no notes
  }
  const md = reportMarkdown(r, notes);
  const options = (await prettier.resolveConfig(join(ROOT, 'docs', 'benchmarks.md'))) ?? {};
  const mdFile = join(ROOT, 'docs', 'benchmarks.md');
  writeFileSync(mdFile, await prettier.format(md, { ...options, parser: 'markdown' }));
  const caption =
    `${r.date.slice(0, 10)}, ${r.machine.cores} cores, Node ${r.machine.node}: ${r.settings.connections} connections, ` +
    `${r.settings.duration} s per run; bot = Social Media Guidance, echo = minimal CloudAdapter + restify bot.` +
    (r.machine.loadavgStart[0]! > 0.5 ? ' PROVISIONAL: machine not quiet.' : '');
  const svgFile = join(ROOT, 'docs', 'benchmarks.svg');
  writeFileSync(
    svgFile,
    chartSvg(
      r.rounds.map((x) => ({
        round: x.round,
        bot: { rps: x.bot.rps, p50: x.bot.latency.p50, p99: x.bot.latency.p99 },
        echo: { rps: x.echo.rps, p50: x.echo.latency.p50, p99: x.echo.latency.p99 },
      })),
      r.matching,
      caption,
    ),
  );
  return ['docs/benchmarks.md', 'docs/benchmarks.svg'];
}
