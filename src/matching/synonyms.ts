// Applies the lexicon to a word sequence: at each position the longest matching pattern wins.
import type { Lang } from '../guidance/types.js';
import { LEXICON, OFF_TOPIC, type Rule } from './lexicon.js';

type RuleTable = ReadonlyMap<string, readonly Rule[]>;

function compile(rules: readonly Rule[]): RuleTable {
  const table = new Map<string, Rule[]>();
  for (const rule of rules) {
    const first = rule.from[0]!;
    table.set(first, [...(table.get(first) ?? []), rule]);
  }
  for (const list of table.values()) list.sort((a, b) => b.from.length - a.from.length);
  return table;
}

const TABLES: Record<Lang, RuleTable> = { en: compile(LEXICON.en), fr: compile(LEXICON.fr) };

const matchesAt = (words: readonly string[], i: number, rule: Rule) =>
  rule.from.every((w, k) => words[i + k] === w);

/** Rewrites words into the guidance's vocabulary; `hits` records which rules fired (for explanations). */
export function applySynonyms(words: readonly string[], lang: Lang, hits?: string[]): string[] {
  const table = TABLES[lang];
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const rule = table.get(words[i]!)?.find((r) => matchesAt(words, i, r));
    if (!rule) {
      out.push(words[i]!);
      i += 1;
      continue;
    }
    out.push(...rule.to);
    hits?.push(`${rule.from.join(' ')} → ${rule.to.join(' ')}`);
    i += rule.from.length;
  }
  return out;
}

/** Every word the lexicon knows, so typo correction can aim at slang too. */
export const lexiconWords = (lang: Lang): string[] => [...TABLES[lang].keys()];

/** Every word the lexicon maps to: the guidance's own vocabulary for the concepts people name. */
export const lexiconTargets = (lang: Lang): string[] => [
  ...new Set(LEXICON[lang].flatMap((r) => r.to).filter((w) => !OFF_TOPIC.has(w))),
];
