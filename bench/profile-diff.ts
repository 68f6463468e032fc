// Where the bot's extra CPU per request goes, against the echo bot: both run under node --cpu-prof
// at the same concurrency (warm-up, then a measured run), and the self time of each package or bot
// folder is divided by the requests answered. Usage:
//   npm run build && npx tsx bench/profile-diff.ts [requests=10000] [connections=8]
// Profiles are kept in .local/bench/profile-diff/{bot,echo}/ for bench/profile-summary.ts.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { activityStream, loadQuestions } from './cases.js';
import { runLoad } from './load.js';
import { ownerOf } from './profile-summary.js';
import { spawnBot, spawnEcho, spawnStub, waitReady, WORK_DIR } from './servers.js';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** The profile ends at exit, shortly after the run: this much is left out at the end, µs. */
const EXIT_MARGIN_US = 300_000;

const requests = Number(process.argv[2] ?? 10_000);
const connections = Number(process.argv[3] ?? 8);
const dir = join(WORK_DIR, 'profile-diff');
rmSync(dir, { recursive: true, force: true });
const { questions } = loadQuestions();
const stub = await spawnStub();
const perRequest: Record<string, Map<string, number>> = {};
try {
  for (const [name, spawn] of [
    ['bot', spawnBot],
    ['echo', spawnEcho],
  ] as const) {
    const out = join(dir, name);
    const server = await spawn({ nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${out}`] });
    const next = activityStream(questions, stub.serviceUrl, name);
    await waitReady(server, next);
    await runLoad(server, { connections, amount: Math.ceil(requests / 3), next });
    const t0 = performance.now();
    const run = await runLoad(server, { connections, amount: requests, next });
    const runUs = (performance.now() - t0) * 1000;
    await server.stop();
    const file = join(
      out,
      readdirSync(out).find((f) => f.endsWith('.cpuprofile'))!,
    );
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
    const end = profile.timeDeltas.reduce((a, b) => a + b, 0);
    const m = new Map<string, number>();
    let t = 0;
    profile.samples.forEach((id, i) => {
      t += profile.timeDeltas[i] ?? 0;
      if (t < end - EXIT_MARGIN_US - runUs || t > end - EXIT_MARGIN_US) return;
      const { functionName, url } = frames.get(id)!;
      if (functionName === '(idle)') return;
      const key = url ? ownerOf(url) : functionName;
      m.set(key, (m.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / run.requests);
    });
    perRequest[name] = m;
    const busy = [...m.values()].reduce((a, b) => a + b, 0);
    console.log(
      `${name}: ${run.rps.toFixed(0)} req/s, ${busy.toFixed(0)} µs of CPU per request (sampled)`,
    );
  }
} finally {
  await stub.stop();
}
const bot = perRequest.bot!;
const echo = perRequest.echo!;
const rows = [...new Set([...bot.keys(), ...echo.keys()])]
  .map((k) => ({ k, b: bot.get(k) ?? 0, e: echo.get(k) ?? 0 }))
  .sort((x, y) => y.b - y.e - (x.b - x.e));
console.log('\nµs per request:   bot   echo   bot − echo');
for (const { k, b, e } of rows.slice(0, 25))
  console.log(
    `${b.toFixed(0).padStart(22)} ${e.toFixed(0).padStart(6)} ${(b - e).toFixed(0).padStart(8)}   ${k}`,
  );
