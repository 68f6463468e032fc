// Matching time per question on this machine: `npm run bench:matcher`. Warms up, then times every
// question of the held-out and dev sets many times over and reports mean, p50 and p99.
import { readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { loadCatalogue } from '../src/guidance/load.js';
import { createMatcher } from '../src/matching/matcher.js';

const read = (url: URL) =>
  existsSync(url)
    ? readFileSync(url, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { q: string; lang: string })
    : [];
const questions = [
  ...read(new URL('../tests/matching/fixtures/holdout.jsonl', import.meta.url)),
  ...read(new URL('../../shared/eval/dev-cases.jsonl', import.meta.url)),
].map((c) => [c.q, c.lang === 'fr' ? 'fr-CA' : 'en-US'] as const);

const t0 = performance.now();
const matcher = createMatcher(loadCatalogue());
const buildMs = performance.now() - t0;
const rounds = Number(process.argv[2] ?? 50);
for (const [q, l] of questions) matcher.match(q, l);
const times: number[] = [];
for (let r = 0; r < rounds; r++) {
  for (const [q, l] of questions) {
    const s = performance.now();
    matcher.match(q, l);
    times.push(performance.now() - s);
  }
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
const mean = times.reduce((a, b) => a + b, 0) / times.length;
console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model}), Node ${process.version}`);
console.log(`index build: ${buildMs.toFixed(0)} ms; questions: ${questions.length} x ${rounds}`);
console.log(
  `matching per question: mean ${(mean * 1000).toFixed(0)} µs, p50 ${(at(0.5) * 1000).toFixed(0)} µs, p99 ${(at(0.99) * 1000).toFixed(0)} µs, max ${(at(1) * 1000).toFixed(0)} µs`,
);
