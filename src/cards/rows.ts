// Clickable rows that open a catalogue entry. Rows (a Container with selectAction and a wrapping
// TextBlock) replace buttons because Teams cuts long button titles to one line.
import type { Entry, EntryKind, Lang, Verdict } from '../guidance/types.js';

export interface EntryRow {
  readonly entryId: string;
  readonly title: string;
  readonly icon: string;
}

/** Verdict icons double the verdict's text and colour, so meaning never rests on colour alone. */
export const VERDICT_ICONS: Readonly<Record<Verdict, string>> = {
  appropriate: '✅',
  risky: '⚠️',
  inappropriate: '⛔',
};

const KIND_ICONS: Readonly<Record<EntryKind, string>> = {
  'reflection-question': '❓',
  example: '💬',
  topic: '📄',
};

export function entryIcon(entry: Entry): string {
  return entry.verdict ? VERDICT_ICONS[entry.verdict] : KIND_ICONS[entry.kind];
}

export function entryRow(entry: Entry, lang: Lang): EntryRow {
  return { entryId: entry.id, title: entry[lang].title, icon: entryIcon(entry) };
}

/** Rows for `ids` that exist, in order, without duplicates. */
export function entryRows(
  ids: readonly string[],
  lookup: (id: string) => Entry | undefined,
  lang: Lang,
): EntryRow[] {
  const seen = new Set<string>();
  const rows: EntryRow[] = [];
  for (const id of ids) {
    const entry = lookup(id);
    if (entry && !seen.has(id)) rows.push(entryRow(entry, lang));
    seen.add(id);
  }
  return rows;
}
