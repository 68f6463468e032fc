// Universal Action verbs carried by our cards. Typed constants: a typo is a compile error.
export const VERBS = {
  /** Show one catalogue entry. data: { entryId, lang } */
  showEntry: 'entry.show',
  /** "Was this helpful?" data: { entryId, lang, helpful: boolean } */
  feedback: 'feedback.helpful',
  /** Browse the catalogue. data: { lang, sectionId? } */
  showTopics: 'topics.show',
  /** Where to get support. data: { lang } */
  showSupport: 'support.show',
  /** "None of these" on a did-you-mean card. data: { lang } */
  noneOfThese: 'dym.none',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];

export const isVerb = (value: unknown): value is Verb =>
  typeof value === 'string' && (Object.values(VERBS) as string[]).includes(value);
