// Validation of the scenario bank's shape, one scenario at a time, so that every problem is reported.
import { z } from 'zod';
import { TEXT_SOURCES, VERDICTS, type Lang } from '../guidance/types.js';
import { countSentences, quotations } from './text.js';

const text = z.string().trim().min(1);

const id = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'ids are lower-case kebab-case');

export const SCENARIO_ID = /^sc-[a-z0-9]+(-[a-z0-9]+)*$/;

export const MIN_SITUATION_SENTENCES = 2;
export const MAX_SITUATION_SENTENCES = 4;

const localized = (lang: Lang) =>
  z
    .object({
      source: z.enum(TEXT_SOURCES),
      title: text,
      situation: text.refine(
        (s) => {
          const n = countSentences(s);
          return n >= MIN_SITUATION_SENTENCES && n <= MAX_SITUATION_SENTENCES;
        },
        {
          message: `a situation has ${MIN_SITUATION_SENTENCES} to ${MAX_SITUATION_SENTENCES} sentences`,
        },
      ),
      question: text,
      explanation: text.refine((s) => quotations(s, lang).length > 0, {
        message: `an explanation quotes the guidance (${lang === 'en' ? '“…”' : '« … »'})`,
      }),
      discussion: text,
    })
    .strict();

const choice = z.object({ id, en: text, fr: text }).strict();

/**
 * Who the scenario's protagonist is: someone deciding on their own activity (the ten reflection
 * questions are about one's own posts, so only these scenarios cite them), a manager or executive
 * responding to someone else's post, or someone on the receiving end (harassed, tagged…).
 */
export const SITUATION_KINDS = ['own-activity', 'manager-response', 'affected'] as const;

export const scenarioSchema = z
  .object({
    id: z.string().regex(SCENARIO_ID, 'scenario ids are "sc-" followed by kebab-case'),
    choices: z
      .array(choice)
      .min(2, 'a scenario has 2 to 4 choices')
      .max(4, 'a scenario has 2 to 4 choices'),
    correct: id,
    verdict: z.enum(VERDICTS).optional(),
    situationKind: z.enum(SITUATION_KINDS),
    questions: z.array(id).max(3, 'a scenario names at most 3 reflection questions'),
    entries: z
      .array(id)
      .min(1, 'a scenario relates to 1 to 3 catalogue entries')
      .max(3, 'a scenario relates to 1 to 3 catalogue entries'),
    en: localized('en'),
    fr: localized('fr'),
  })
  .strict()
  .refine((s) => (s.situationKind === 'own-activity') === s.questions.length > 0, {
    message:
      'a scenario about one’s own activity names 1 to 3 reflection questions; other scenarios name none',
    path: ['questions'],
  });

export type ParsedScenario = z.infer<typeof scenarioSchema>;
