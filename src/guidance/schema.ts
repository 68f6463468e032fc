// Validation of the catalogue's data files: every problem is reported, with the file and path.
import { z } from 'zod';
import { ENTRY_KINDS, TEXT_SOURCES, TITLE_ORIGINS, VERDICTS } from './types.js';

const text = z.string().trim().min(1);

const localized = z
  .object({
    source: z.enum(TEXT_SOURCES),
    title: text,
    text,
    why: text.optional(),
    phrasings: z.array(text).min(1),
    keywords: z.array(text).optional(),
  })
  .strict();

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'ids are lower-case kebab-case');

export const entrySchema = z
  .object({
    id,
    kind: z.enum(ENTRY_KINDS),
    section: id,
    verdict: z.enum(VERDICTS).optional(),
    questions: z.array(id).optional(),
    related: z.array(id),
    titleFrom: z.enum(TITLE_ORIGINS),
    conditions: z.array(text).optional(),
    en: localized,
    fr: localized,
  })
  .strict()
  .refine((e) => (e.kind === 'example') === (e.verdict !== undefined), {
    message: 'examples, and only examples, have a verdict',
  })
  .refine(
    (e) =>
      (e.titleFrom !== 'guidance-bullet' && !e.conditions) ||
      (e.conditions ?? []).every((c) => e.en.title.toLowerCase().includes(c.toLowerCase())),
    {
      message: 'a title made from a bullet keeps every word of its conditions',
      path: ['en', 'title'],
    },
  )
  .refine((e) => e.kind !== 'reflection-question' || (e.en.why && e.fr.why), {
    message: 'a reflection question needs its "why this is important" text in both languages',
  });

export const entryFileSchema = z.array(entrySchema);

export const sectionsSchema = z.array(
  z.object({ id, en: z.object({ title: text }), fr: z.object({ title: text }) }).strict(),
);
