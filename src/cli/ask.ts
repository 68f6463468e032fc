// `npm run ask -- "can I share this petition?" [--lang fr|en] [--locale fr-CA]`: prints the decision,
// the top entries with their scores and why they matched.
import { parseArgs } from 'node:util';
import { loadCatalogue } from '../guidance/load.js';
import { createMatcher } from '../matching/matcher.js';
import { explain } from './explain.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string' }, locale: { type: 'string' } },
});
const question = positionals.join(' ').trim();
if (!question) {
  console.error('Usage: npm run ask -- "your question" [--locale fr-CA] [--lang en|fr]');
  process.exit(2);
}
const matcher = createMatcher(loadCatalogue());
const lang = values.lang === 'fr' || values.lang === 'en' ? values.lang : undefined;
const t0 = performance.now();
const m = lang ? matcher.matchIn(question, lang) : matcher.match(question, values.locale);
const ms = performance.now() - t0;
console.log(explain(question, m));
console.log(`time: ${ms.toFixed(3)} ms`);
