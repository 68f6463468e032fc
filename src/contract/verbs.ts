// Universal Action verbs carried by our cards, one table per feature. Typed end to end: card view
// models take them from here, the host admits only these (isVerb), ActionTurn.verb is a Verb and
// features key their handlers by Verb, so a typo anywhere is a compile error.

/** Questions and answers. */
export const QA_VERBS = {
  /** Show one catalogue entry. data: { entryId, lang } */
  showEntry: 'entry.show',
  /** "Was this helpful?" data: { entryId, lang, helpful: boolean } */
  feedback: 'feedback.helpful',
  /** After "No": what was missing, anonymous. data: { entryId, lang, reason: NotHelpfulReason } */
  feedbackReason: 'feedback.reason',
  /** Browse the catalogue. data: { lang, sectionId?, within?: true (the topics card's own rows) } */
  showTopics: 'topics.show',
  /** Where to get support. data: { lang, audience?: "employees" | "managers" | "executives" } */
  showSupport: 'support.show',
  /** "None of these" on a did-you-mean card. data: { lang, question } */
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

/**
 * The weekly scenario's schedule card (team members only; guests are refused). data: { lang,
 * changedAt } where changedAt is the schedule version the card showed: a stale card changes nothing.
 */
export const SCHEDULE_VERBS = {
  schedulePause: 'schedule.pause',
  scheduleResume: 'schedule.resume',
  scheduleSkip: 'schedule.skip',
  scheduleStop: 'schedule.stop',
} as const;

/** The help card in a group chat, meeting chat or channel: the team features as buttons. */
export const HELP_VERBS = {
  /** Runs a team command as if it had been typed. data: { command: TeamCommand, lang } */
  runCommand: 'help.run',
} as const;

type ValueOf<T> = T[keyof T];
export type QaVerb = ValueOf<typeof QA_VERBS>;
export type QuizVerb = ValueOf<typeof QUIZ_VERBS>;
export type ScenarioVerb = ValueOf<typeof SCENARIO_VERBS>;
export type ScheduleVerb = ValueOf<typeof SCHEDULE_VERBS>;
export type HelpVerb = ValueOf<typeof HELP_VERBS>;
export type Verb = HelpVerb | QaVerb | QuizVerb | ScenarioVerb | ScheduleVerb;

const ALL: ReadonlySet<string> = new Set<string>([
  ...Object.values(QA_VERBS),
  ...Object.values(HELP_VERBS),
  ...Object.values(QUIZ_VERBS),
  ...Object.values(SCENARIO_VERBS),
  ...Object.values(SCHEDULE_VERBS),
]);

export const isVerb = (value: unknown): value is Verb =>
  typeof value === 'string' && ALL.has(value);
