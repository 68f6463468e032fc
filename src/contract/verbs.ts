// Universal Action verbs carried by our cards, one table per feature. Typed end to end: card view
// models take them from here, the host admits only these (isVerb), ActionTurn.verb is a Verb and
// features key their handlers by Verb, so a typo anywhere is a compile error.

/** Questions and answers. */
export const QA_VERBS = {
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

/** The quiz in a meeting, group chat or channel. */
export const QUIZ_VERBS = {
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
} as const;

/** The scenario card (posted weekly or on demand). */
export const SCENARIO_VERBS = {
  /** "What would you do?" data: { scenarioId, choice, lang } */
  scenarioAnswer: 'scenario.answer',
} as const;

type ValueOf<T> = T[keyof T];
export type QaVerb = ValueOf<typeof QA_VERBS>;
export type QuizVerb = ValueOf<typeof QUIZ_VERBS>;
export type ScenarioVerb = ValueOf<typeof SCENARIO_VERBS>;
export type Verb = QaVerb | QuizVerb | ScenarioVerb;

const ALL: ReadonlySet<string> = new Set<string>([
  ...Object.values(QA_VERBS),
  ...Object.values(QUIZ_VERBS),
  ...Object.values(SCENARIO_VERBS),
]);

export const isVerb = (value: unknown): value is Verb =>
  typeof value === 'string' && ALL.has(value);
