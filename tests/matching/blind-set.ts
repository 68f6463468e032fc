// A labelled question set, written from the guidance alone by people who never saw the catalogue
// (fixtures/README.md says how each set was made and frozen): the frozen questions
// (<set>.questions.jsonl, hashed) and the entries mapped to them afterwards (<set>.expected.jsonl).
import { readFileSync } from 'node:fs';

export type Kind = 'in-scope' | 'off-topic-tricky' | 'off-topic-plain';

export interface BlindQuestion {
  readonly id: string;
  readonly lang: 'en' | 'fr';
  readonly q: string;
  readonly persona: string;
  readonly kind: Kind;
  readonly register?: string;
  readonly accents?: boolean;
  readonly offtopic_kind?: string;
  /** Entry ids that are a right answer (the first is the main one); empty for off-topic. */
  readonly expected: readonly string[];
}

const jsonLines = <T>(text: string): T[] =>
  text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** Reads `<base>.questions.jsonl` and `<base>.expected.jsonl`, or one file whose lines carry `expected`. */
export function readBlindSet(path: string): BlindQuestion[] {
  const base = path.replace(/\.(questions|expected)\.jsonl$/, '');
  if (base === path) return parseBlindSet(readFileSync(path, 'utf8'));
  const expected = new Map(
    jsonLines<{ id: string; expected: string[] }>(
      readFileSync(`${base}.expected.jsonl`, 'utf8'),
    ).map((e) => [e.id, e.expected]),
  );
  const questions = jsonLines<Omit<BlindQuestion, 'expected'>>(
    readFileSync(`${base}.questions.jsonl`, 'utf8'),
  );
  return checked(questions.map((q) => ({ ...q, expected: expected.get(q.id) ?? [] })));
}

export const parseBlindSet = (text: string): BlindQuestion[] =>
  checked(jsonLines<BlindQuestion>(text));

function checked(questions: BlindQuestion[]): BlindQuestion[] {
  for (const q of questions)
    if (q.kind === 'in-scope' && !(q.expected?.length > 0))
      throw new Error(`${q.id}: an in-scope question needs expected ids`);
  return questions;
}

/** Words as a reader counts them. */
export const wordCount = (q: string): number => q.split(/\s+/).filter(Boolean).length;
