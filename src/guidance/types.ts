// The catalogue's shape. Ids are published: once released an id never changes or is reused.

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export const VERDICTS = ['appropriate', 'risky', 'inappropriate'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What an entry is in the guidance. */
export const ENTRY_KINDS = ['reflection-question', 'example', 'topic'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * Where a text comes from: `seed` is the guidance's own English, `official` a department's or the
 * Government's own published text (the Justice reminder, official French), `bot-translation` a
 * French translation prepared for this bot (cards say so), `bot-written` text written for the bot
 * (the quiz scenarios), which quotes the guidance only inside quotation marks.
 */
export const TEXT_SOURCES = ['seed', 'official', 'bot-translation', 'bot-written'] as const;

/**
 * Where an entry's title comes from: an example's own bullet (kept whole or shortened, never losing
 * a condition: `conditions`), a heading of the guidance, a reflection question itself, or words
 * written for the bot to name a topic the guidance gives no heading of its own.
 */
export const TITLE_ORIGINS = [
  'guidance-bullet',
  'guidance-heading',
  'guidance-question',
  'bot-written',
] as const;
export type TitleOrigin = (typeof TITLE_ORIGINS)[number];
export type TextSource = (typeof TEXT_SOURCES)[number];

export interface LocalizedEntry {
  readonly source: TextSource;
  /** Short title shown at the top of the answer card. */
  readonly title: string;
  /** The guidance's words (markdown subset: paragraphs separated by a blank line, "- " bullets). */
  readonly text: string;
  /** "Why this is important?" text, for reflection questions. */
  readonly why?: string;
  /** How people actually ask about this entry: used only for matching, never shown. */
  readonly phrasings: readonly string[];
  /** Extra single words or short terms that point to this entry (matching only). */
  readonly keywords?: readonly string[];
}

export interface Entry {
  readonly id: string;
  readonly kind: EntryKind;
  /** Browsing section (see sections.json). */
  readonly section: string;
  /** Only for examples. */
  readonly verdict?: Verdict;
  /** Ids of the reflection questions that apply (examples and topics). */
  readonly questions?: readonly string[];
  /** Ids of related entries offered as buttons. */
  readonly related: readonly string[];
  readonly titleFrom: TitleOrigin;
  /**
   * Examples: the words of the guidance's bullet that carry its conditions ("deliberately", "you
   * know to be false or misleading"…); the English title keeps every one of them.
   */
  readonly conditions?: readonly string[];
  readonly en: LocalizedEntry;
  readonly fr: LocalizedEntry;
}

export interface Section {
  readonly id: string;
  readonly en: { readonly title: string };
  readonly fr: { readonly title: string };
}

export interface Catalogue {
  readonly version: string;
  readonly sections: readonly Section[];
  readonly entries: readonly Entry[];
  readonly byId: ReadonlyMap<string, Entry>;
}
