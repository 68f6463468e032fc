// Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by package, so a
// shortfall can be traced to its cause. Usage: tsx bench/profile-summary.ts <file.cpuprofile> [top]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);

/** Which package (or repo folder) a script URL belongs to. */
export function ownerOf(url: string): string {
  if (!url) return '(native/gc/idle)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return 'node:internal';
  const src = /\/(dist\/)?src\/([^/]+)\//.exec(url);
  if (src) return `src/${src[2]}`;
  return url.replace(/^file:\/\//, '');
}

/**
 * Self time by function and by package; and, for time spent below the bot's own code, the innermost
 * src/ function on the stack ("which of our calls costs this"). Samples in the first `skipMs` of the
 * profile (start-up) are left out.
 */
export function summarise(profile: Profile, top = 25, skipMs = 0) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = /\/(?:dist\/)?(src\/.+)$/.exec(url)?.[1] ?? ownerOf(url);
    return `${functionName || '(anonymous)'} ${file}${url ? `:${lineNumber + 1}` : ''}`;
  };
  const self = new Map<number, number>();
  let t = 0;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    if (t >= skipMs * 1000) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  let busy = 0;
  const fn = new Map<string, number>();
  const pkg = new Map<string, number>();
  const ours = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, us: number) => m.set(k, (m.get(k) ?? 0) + us);
  for (const [id, us] of self) {
    const frame = byId.get(id)!.callFrame;
    add(fn, label(id), us);
    add(pkg, ownerOf(frame.url), us);
    if (IDLE.has(frame.functionName)) continue;
    busy += us;
    const seen = new Set<string>();
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
      if (!ownerOf(byId.get(up)!.callFrame.url).startsWith('src/')) continue;
      const name = label(up);
      if (!seen.has(name)) add(inclusive, name, us);
      seen.add(name);
    }
    let at: number | undefined = id;
    while (at !== undefined && !ownerOf(byId.get(at)!.callFrame.url).startsWith('src/'))
      at = parent.get(at);
    add(ours, at === undefined ? '(outside the bot code: HTTP, botbuilder, GC…)' : label(at), us);
  }
  const rank = (m: Map<string, number>, of = total) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / of }));
  return {
    totalMs: total / 1000,
    busyMs: busy / 1000,
    functions: rank(fn),
    packages: rank(pkg),
    ours: rank(ours, busy),
    inclusive: rank(inclusive, busy),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, top, skip] = process.argv.slice(2);
  if (!file) {
    console.error('usage: tsx bench/profile-summary.ts <file.cpuprofile> [top] [skip start-up ms]');
    process.exit(2);
  }
  const s = summarise(
    JSON.parse(readFileSync(file, 'utf8')) as Profile,
    Number(top ?? 25),
    Number(skip ?? 0),
  );
  const pct = (x: number) => `${(100 * x).toFixed(1).padStart(5)}%`;
  console.log(`sampled: ${s.totalMs.toFixed(0)} ms, busy (not idle/GC): ${s.busyMs.toFixed(0)} ms`);
  console.log('\nbusy time by the innermost bot function on the stack:');
  for (const o of s.ours) console.log(`${pct(o.share)}  ${o.name}`);
  console.log('\nbusy time with the bot function anywhere on the stack (inclusive):');
  for (const o of s.inclusive) console.log(`${pct(o.share)}  ${o.name}`);
  console.log('\nby package / folder (self time):');
  for (const p of s.packages) console.log(`${pct(p.share)}  ${p.name}`);
  console.log('\nby function (self time):');
  for (const f of s.functions) console.log(`${pct(f.share)}  ${f.name}`);
}
