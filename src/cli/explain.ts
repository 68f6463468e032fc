// Human-readable explanation of a match, for `npm run ask` and for content owners: the decision,
// what the question was reduced to, and for each top entry its probability and the features (words,
// word pairs, who acts) that weighed for it, so an advisor can see why an entry won.
import type { Match } from '../matching/matcher.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function explain(question: string, m: Match): string {
  const lines = [`question: ${question}`, `language: ${m.lang}`];
  const d = m.decision;
  if (d.kind === 'answer') lines.push(`decision: ANSWER ${d.best.entry.id}`);
  else if (d.kind === 'did-you-mean')
    lines.push(`decision: DID YOU MEAN ${d.choices.map((c) => c.entry.id).join(', ')}`);
  else lines.push('decision: NOT FOUND');
  lines.push(`features: ${m.analysis.features.join(' | ') || '(none)'}`);
  lines.push(`known to the model: ${m.signals.known} of ${m.analysis.features.length}`);
  if (m.analysis.corrections.length)
    lines.push(`typos fixed: ${m.analysis.corrections.join(', ')}`);
  if (m.analysis.synonyms.length) lines.push(`synonyms: ${m.analysis.synonyms.join(', ')}`);
  lines.push(`not in the guidance: ${pct(m.signals.outOfScope)}`);
  const [near] = m.signals.phrasing;
  if (near > 0) lines.push(`closest phrasing of the best entry: ${pct(near)} of words in common`);
  lines.push('top entries:');
  for (const c of m.candidates) {
    lines.push(`  ${pct(c.score).padStart(6)}  ${c.entry.id}`);
    const why = m
      .why(c)
      .slice(0, 6)
      .map((x) => `${x.feature} (+${x.weight.toFixed(2)})`);
    if (why.length) lines.push(`          because: ${why.join(', ')}`);
  }
  return lines.join('\n');
}
