// A department's own reminder (the Justice one ships as the sample): its entries belong to that
// department's profile, not to the guidance's catalogue, so no other department's users ever see
// them. The profile gives the reminder's heading lines (who sent it, its title), a browsing section
// and the entries, in the catalogue's own entry format.
import { z } from 'zod';
import { entrySchema } from '../guidance/schema.js';
import type { Entry, Lang, Section } from '../guidance/types.js';

export interface Reminder {
  /** The reminder's own opening lines (sender, title), shown first on each of its entries. */
  readonly heading: Readonly<Record<Lang, readonly string[]>>;
  readonly section: Section;
  /** Entries as in the catalogue, their texts starting with the heading lines. */
  readonly entries: readonly Entry[];
}

const line = z.string().trim().min(1).max(300);
const title = z.object({ title: line }).strict();

export const reminderSchema = z
  .object({
    heading: z
      .object({ en: z.array(line).min(1).max(4), fr: z.array(line).min(1).max(4) })
      .strict(),
    section: z.object({ id: z.string().regex(/^[a-z][a-z0-9-]*$/), en: title, fr: title }).strict(),
    entries: z.array(entrySchema).min(1).max(20),
  })
  .strict();

/** Every problem with `json` as a reminder, each prefixed with `where`. */
export function reminderProblems(json: unknown, where: string): string[] {
  const result = reminderSchema.safeParse(json);
  if (result.success) return [];
  return result.error.issues.map((i) => `${[where, ...i.path].join('.')}: ${i.message}`);
}

/** A valid reminder (see reminderProblems) with the heading lines put at the top of each entry. */
export function toReminder(json: unknown): Reminder {
  const { heading, section, entries } = reminderSchema.parse(json);
  const headed = (e: Entry, lang: Lang) => ({
    ...e[lang],
    text: [...heading[lang], e[lang].text].join('\n\n'),
  });
  return {
    heading,
    section,
    entries: entries.map((e) => ({ ...e, en: headed(e, 'en'), fr: headed(e, 'fr') })),
  };
}
