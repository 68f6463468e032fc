// Reads the guidance's own structure out of the seed text, so tests compare the catalogue
// against the source rather than against a hand-made list.
import { readFileSync } from 'node:fs';

const SEEDS = new URL('../fixtures/seeds/', import.meta.url);
export const guidanceText = () =>
  readFileSync(new URL('guidance-personal-use-of-social-media.txt', SEEDS), 'utf8');
export const justiceText = () =>
  readFileSync(new URL('justice-social-media-reminder-en-fr.txt', SEEDS), 'utf8');

const linesBetween = (text: string, start: string, end: string) => {
  const lines = text.split('\n');
  const from = lines.findIndex((l, i) => l.trim() === start && i > 20);
  const to = lines.findIndex((l, i) => i > from && l.trim() === end);
  return lines.slice(from + 1, to);
};

/** The reflection questions: the lines just before each "Why this is important?". */
export function seedReflectionQuestions(): { question: string; why: string }[] {
  const lines = linesBetween(
    guidanceText(),
    'Questions to ask yourself to assess your social media activity',
    'Guidance on political activities',
  );
  const out: { question: string; why: string }[] = [];
  lines.forEach((line, i) => {
    if (line.trim() !== 'Why this is important?') return;
    const why: string[] = [];
    for (let k = i + 1; k < lines.length && lines[k + 1]?.trim() !== 'Why this is important?'; k++)
      why.push(lines[k]!);
    out.push({ question: lines[i - 1]!.trim(), why: why.join('\n') });
  });
  return out;
}

/** The examples, by verdict: the "- " bullets under each heading. */
export function seedExamples(): Record<'appropriate' | 'risky' | 'inappropriate', string[]> {
  const text = guidanceText();
  const bullets = (start: string, end: string) =>
    linesBetween(text, start, end)
      .filter((l) => l.startsWith('- '))
      .map((l) => l.slice(2).trim());
  return {
    appropriate: bullets(
      'Appropriate use of social media',
      'Potentially risky use of social media',
    ),
    risky: bullets('Potentially risky use of social media', 'Inappropriate use of social media'),
    inappropriate: bullets('Inappropriate use of social media', 'Evaluating online history'),
  };
}
