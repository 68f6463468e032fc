// Universal Action verbs carried by our cards. Typed constants: a typo is a compile error.
export const VERBS = {
  /** Show one catalogue entry. data: { entryId, lang } */
  showEntry: 'entry.show',
  /** "Was this helpful?" data: { entryId, lang, helpful: boolean } */
  feedback: 'feedback.helpful',
  /** Browse the catalogue. data: { lang, sectionId? } */
  showTopics: 'topics.show',
  /** Where to get support. data: { lang, audience?: "employees" | "managers" | "executives" } */
  showSupport: 'support.show',
  /** "None of these" on a did-you-mean card. data: { lang } */
  noneOfThese: 'dym.none',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];

export const isVerb = (value: unknown): value is Verb =>
  typeof value === 'string' && (Object.values(VERBS) as string[]).includes(value);

/** Verbs of the team features: quiz in a meeting/chat/channel and the weekly scenario card. */
export const TEAM_VERBS = {
  /** data: { quizId, question (index), choice } */
  quizAnswer: 'quiz.answer',
  /** Card refresh for one member's own view. data: { quizId, question } */
  quizRefresh: 'quiz.refresh',
  /** Anonymous tally for a question. data: { quizId, question } */
  quizResults: 'quiz.results',
  /** Starter only. data: { quizId } */
  quizNext: 'quiz.next',
  /** Starter only. data: { quizId } */
  quizClose: 'quiz.close',
  /** "What would you do?" on a scenario card. data: { scenarioId, choice, lang } */
  scenarioAnswer: 'scenario.answer',
} as const;

export type TeamVerb = (typeof TEAM_VERBS)[keyof typeof TEAM_VERBS];
