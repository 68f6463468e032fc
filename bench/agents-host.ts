// The same bot on the Microsoft 365 Agents SDK (BOT_HOST=agents), measured in the same run as the
// default botbuilder host and against the same echo bot: its targets and its section of the page.
import type { Results, Target } from './report.js';

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const f0 = (x: number) => x.toFixed(0);
const f2 = (x: number) => x.toFixed(2);

/** The rounds that measured the Agents SDK host, with its figures. */
const agentsRounds = (r: Results) =>
  r.rounds.flatMap((x) => (x.agents ? [{ ...x, agents: x.agents }] : []));

/** Throughput, p99, peak RSS and ready time of the Agents SDK host, against the same targets. */
export function agentsTargets(r: Results): Target[] {
  const rounds = agentsRounds(r);
  const ready = r.readiness.agents ?? [];
  if (rounds.length === 0 || r.peakRssMb.agents === undefined || ready.length === 0) return [];
  const rps = median(rounds.map((x) => x.agents.rps / x.echo.rps));
  const p99 = median(rounds.map((x) => x.agents.latency.p99 / x.echo.latency.p99));
  const rss = r.peakRssMb.agents;
  const started = median(ready);
  const host = '(Agents SDK host)';
  return [
    {
      name: `Throughput ${host}`,
      target: '≥ 0.9 × echo',
      value: `${f2(rps)} × echo`,
      pass: rps >= 0.9,
    },
    {
      name: `p99 latency ${host}`,
      target: '≤ 1.25 × echo',
      value: `${f2(p99)} × echo`,
      pass: p99 <= 1.25,
    },
    {
      name: `Peak RSS ${host}`,
      target: '< 150 MB',
      value: `${rss.toFixed(1)} MB`,
      pass: rss < 150,
    },
    {
      name: `Ready after start ${host}`,
      target: '≤ 1500 ms',
      value: `${f0(started)} ms (median)`,
      pass: started <= 1500,
    },
  ];
}

export function agentsSection(r: Results): string[] {
  const rounds = agentsRounds(r);
  if (rounds.length === 0) return [];
  const ready = r.readiness.agents ?? [];
  return [
    '## The Agents SDK host',
    '',
    'The same build started with `BOT_HOST=agents` (src/host/agents/: the Microsoft 365 Agents SDK’s ' +
      'CloudAdapter in place of botbuilder’s), a third process in the same rounds: bot, Agents SDK host, ' +
      'echo, in turn, same questions, connections and stub connector.',
    '',
    '| Round | req/s | p50 ms | p99 ms | CPU ms/req | answered | /echo req/s | /echo p99 | /botbuilder req/s |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...rounds.map(
      (x) =>
        `| ${x.round} | ${f0(x.agents.rps)} | ${f2(x.agents.latency.p50)} | ${f2(x.agents.latency.p99)} | ${f2(x.agents.cpuMsPerRequest)} | ${x.agents.requests} | ${f2(x.agents.rps / x.echo.rps)} | ${f2(x.agents.latency.p99 / x.echo.latency.p99)} | ${f2(x.agents.rps / x.bot.rps)} |`,
    ),
    '',
    `Peak RSS (VmHWM): ${r.peakRssMb.agents?.toFixed(1) ?? 'n/a'} MB. Ready to answer (${ready.length} cold ` +
      `starts): ${ready.map(f0).join(', ')} ms (median ${f0(median(ready))}).`,
    '',
  ];
}
