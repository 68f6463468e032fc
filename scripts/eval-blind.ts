// Strict scoring of a labelled question set, per category: the answer card's entry must be one of
// the expected ids; "did you mean" is a miss; an off-topic question passes only with "not found".
//
//   npm run eval:blind -- tests/matching/fixtures/blind-b.questions.jsonl     in process (the app's
//                                                                              message handler)
//   npm run eval:blind -- FILE --bot http://127.0.0.1:3978/api/messages        over the Teams protocol
//   options: --misses (print every miss), --json OUT (per-question results)
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type BlindQuestion, readBlindSet } from '../tests/matching/blind-set.js';
import { summarise, type Outcome } from '../tests/matching/blind-score.js';
import { inProcessAsker } from './eval-blind-local.js';
import { protocolAsker } from './eval-blind-protocol.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    bot: { type: 'string' },
    misses: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const file = positionals[0];
if (!file) {
  console.error(
    'Usage: npm run eval:blind -- SET.questions.jsonl [--bot URL] [--misses] [--json OUT]',
  );
  process.exit(2);
}
const questions = readBlindSet(file);
const ask = values.bot ? await protocolAsker(values.bot) : inProcessAsker();
const outcomes: { q: BlindQuestion; got: Outcome }[] = [];
for (const q of questions) outcomes.push({ q, got: await ask.ask(q) });
await ask.close();
const report = summarise(outcomes);
console.log(report.text);
if (values.misses) console.log(report.misses.join('\n'));
if (values.json) writeFileSync(values.json, JSON.stringify(outcomes, null, 1));
