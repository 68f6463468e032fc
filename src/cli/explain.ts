// Human-readable explanation of a match, for `npm run ask` and for content owners.
import type { Match } from '../matching/matcher.js';

const pct = (x: number) => x.toFixed(3);

export function explain(question: string, m: Match): string {
  const lines = [`question: ${question}`, `language: ${m.lang}`];
  const d = m.decision;
  if (d.kind === 'answer') lines.push(`decision: ANSWER ${d.best.entry.id}`);
  else if (d.kind === 'did-you-mean')
    lines.push(`decision: DID YOU MEAN ${d.choices.map((c) => c.entry.id).join(', ')}`);
  else lines.push('decision: NOT FOUND');
  lines.push(`terms: ${m.analysis.terms.join(' ') || '(none)'}`);
  if (m.analysis.corrections.length)
    lines.push(`typos fixed: ${m.analysis.corrections.join(', ')}`);
  if (m.analysis.synonyms.length) lines.push(`synonyms: ${m.analysis.synonyms.join(', ')}`);
  lines.push('top entries:');
  for (const c of m.candidates) {
    lines.push(
      `  ${pct(c.score)}  ${c.entry.id}  (closeness ${pct(c.closeness)}, coverage ${pct(c.coverage)})`,
    );
    lines.push(`         matched: ${c.matched.join(' ')}; closest phrasing: "${c.closest}"`);
  }
  return lines.join('\n');
}
