// The quiz on the meeting stage. In a meeting's chat each question is also shown to the members as
// a targeted in-meeting notification: a dialog on the stage with this bot's quiz page, so people
// answer without opening the chat. Teams shows that dialog from a URL (its API takes no Adaptive
// Card), so the page is built here from ids alone and each choice submits the same quiz.answer
// action as the chat card: answers go through the same create-only records.
import type { StagePage, Turn } from '../../contract/activities.js';
import { QUIZ_VERBS } from '../../contract/verbs.js';
import type { Lang } from '../../guidance/types.js';
import { QUIZ_STRINGS } from '../../i18n/team-cards.js';
import { choiceRows, scenarioText } from '../scenario/cards/parts.js';
import { isQuizId } from './keys.js';
import type { QuizService } from './service.js';
import { QUIZ_SIZE, type QuizRecord } from './types.js';

/** The page's name in StageNotice.page and the host's /stage/<page> route. */
export const STAGE_PAGE = 'quiz';

/**
 * Members asked for the notification in a meeting (the host sends them 50 per call, as Teams
 * documents); a larger meeting gets none, and answers in the chat as before.
 */
export const MAX_STAGE_MEMBERS = 250;

/** Shows the quiz's current question on the meeting stage; outside a meeting, does nothing. */
export async function showOnStage(
  turn: Turn,
  quizzes: QuizService,
  quiz: QuizRecord,
  memberIds: readonly string[] | undefined,
): Promise<void> {
  const teams = turn.teams;
  const scenario = quizzes.scenario(quiz.scenarioIds[quiz.current] ?? '');
  if (!turn.meeting || !teams?.notifyStage || !memberIds?.length || !scenario) return;
  if (quiz.status !== 'open') return;
  const s = QUIZ_STRINGS[quiz.lang];
  const total = quiz.scenarioIds.length;
  await teams.notifyStage({
    recipients: memberIds,
    title: s.titled(s.progress(quiz.current + 1, total), scenario[quiz.lang].title),
    page: STAGE_PAGE,
    query: {
      quiz: quiz.quizId,
      q: String(quiz.current),
      n: String(total),
      s: scenario.id,
      lang: quiz.lang,
    },
  });
}

const index = (value: string | undefined, below: number): number | undefined =>
  value !== undefined && /^\d{1,2}$/.test(value) && Number(value) < below
    ? Number(value)
    : undefined;

/** The stage page of one question, or undefined for ids that name none. */
export function quizStagePage(
  quizzes: QuizService,
  query: Readonly<Record<string, string>>,
): StagePage | undefined {
  const lang: Lang | undefined =
    query.lang === 'en' || query.lang === 'fr' ? query.lang : undefined;
  const total = index(query.n, QUIZ_SIZE.max + 1);
  const question = total === undefined ? undefined : index(query.q, total);
  const scenario = quizzes.scenario(query.s ?? '');
  const quizId = query.quiz;
  if (!lang || question === undefined || !scenario || !isQuizId(quizId)) return undefined;
  const s = QUIZ_STRINGS[lang];
  const text = scenarioText(scenario, lang);
  return {
    lang,
    title: s.titled(s.progress(question + 1, total!), text.title),
    paragraphs: text.situation.map((p) => p.text),
    prompt: text.prompt,
    choices: choiceRows(scenario, lang).map((row) => ({
      label: row.label,
      verb: QUIZ_VERBS.quizAnswer,
      data: { quizId, question, choice: row.choiceId },
    })),
    note: s.privacy,
    sent: s.stageSent,
    unavailable: s.stageUnavailable,
  };
}
