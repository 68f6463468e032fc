// The quiz card's verbs. The invoke response is the clicking person's own view; what everyone
// should see (the next question, results the starter shows, the closing summary) is posted to the
// conversation.
import { MAX_REFRESH_USERS } from '../../cards/team-parts.js';
import { quizPersonalCard } from './cards/personal.js';
import { QUIZ_STRINGS, type QuizNotice } from '../../i18n/team-cards.js';
import { quizActionData, type QuizActionData } from './action-data.js';
import { questionCard, resultsCard, summaryReply } from './replies.js';
import type { QuizService } from './service.js';
import { showOnStage } from './stage.js';
import { isAnswerable } from './time-limit.js';
import type { QuizRecord } from './types.js';
import { membersOf } from './on-command.js';
import type { ActionResult, ActionTurn, Reply } from '../../contract/activities.js';
import type { ActionHandler } from '../../contract/feature.js';
import { QUIZ_VERBS } from '../../contract/verbs.js';
import { badRequest, lookupIn, personKeyOf, type TeamContext } from '../team/team-context.js';
import { TEAM_STRINGS } from '../team/strings.js';

interface Clicked {
  readonly data: QuizActionData;
  readonly conversationKey: string;
  readonly personKey: string;
}

const UNKNOWN_QUIZ = badRequest('UnknownQuiz', 'This quiz does not exist any more.');
const UNKNOWN_QUESTION = badRequest('UnknownQuestion', 'This quiz question does not exist.');

export function quizActions(ctx: TeamContext, quizzes: QuizService): Record<string, ActionHandler> {
  const lookup = lookupIn(ctx.catalogue);
  const notice = (quiz: QuizRecord, n: QuizNotice): ActionResult => ({
    kind: 'message',
    message: QUIZ_STRINGS[quiz.lang].notices[n],
  });
  const isStarter = (quiz: QuizRecord, c: Clicked) => quiz.startedBy.personKey === c.personKey;
  const quizOf = (c: Clicked) =>
    quizzes.get({ quizId: c.data.quizId, conversationKey: c.conversationKey });

  /** Validates the card data and who clicked; the handler runs only with all three known. */
  const withClick =
    (handle: (c: Clicked, turn: ActionTurn) => Promise<ActionResult>): ActionHandler =>
    async (turn) => {
      const data = quizActionData(turn.data);
      const conversationKey = ctx.conversations.keyOf(turn);
      const personKey = personKeyOf(ctx, turn);
      if (!data || !conversationKey)
        return badRequest('BadQuizData', 'This quiz card is not valid.');
      if (!personKey) return { kind: 'message', message: TEAM_STRINGS.en.unknownPerson };
      return handle({ data, conversationKey, personKey }, turn);
    };

  const personal = async (
    quiz: QuizRecord,
    c: Clicked,
    turn: ActionTurn,
    choice: string,
    refused = false,
  ): Promise<ActionResult> => {
    const question = c.data.question ?? quiz.current;
    const memberIds = await turn.teams?.memberIds(MAX_REFRESH_USERS);
    const card = quizPersonalCard(
      {
        quizId: quiz.quizId,
        question,
        total: quiz.scenarioIds.length,
        starterName: quiz.startedBy.name,
        scenario: quizzes.scenario(quiz.scenarioIds[question] ?? '')!,
        choice,
        refused,
        showStarterControls: isStarter(quiz, c),
        ...(memberIds ? { memberIds } : {}),
      },
      quiz.lang,
      lookup,
    );
    return { kind: 'card', card, personal: true };
  };

  /** The clicking person's own view of the results (the starter's with Next / Close). */
  const ownResults = async (quiz: QuizRecord, c: Clicked, question: number) => {
    const shown = await resultsCard(
      quizzes,
      quiz,
      question,
      isStarter(quiz, c) ? 'starter' : 'member',
    );
    return shown ? ({ kind: 'card', card: shown.card } as const) : UNKNOWN_QUESTION;
  };

  const answer = withClick(async (c, turn) => {
    if (c.data.question === undefined || c.data.choice === undefined)
      return badRequest('BadQuizData', 'No answer was given.');
    const r = await quizzes.answer({
      ...c.data,
      question: c.data.question,
      choice: c.data.choice,
      conversationKey: c.conversationKey,
      personKey: c.personKey,
    });
    if (r.kind === 'unknown-quiz') return UNKNOWN_QUIZ;
    if (r.kind === 'recorded' || r.kind === 'repeat')
      return personal(r.quiz, c, turn, r.answer.choice);
    if (r.kind === 'refused') return personal(r.quiz, c, turn, r.previous.choice, true);
    return notice(r.quiz, r.kind);
  });

  const refresh = withClick(async (c, turn) => {
    const quiz = await quizOf(c);
    if (!quiz) return UNKNOWN_QUIZ;
    const question = c.data.question ?? quiz.current;
    if (!isAnswerable(quiz, question, quizzes.now())) return ownResults(quiz, c, question);
    const mine = await quizzes.answerOf({ ...c, quizId: quiz.quizId, question });
    if (mine) return personal(quiz, c, turn, mine.choice);
    const memberIds = await turn.teams?.memberIds(MAX_REFRESH_USERS);
    return { kind: 'card', card: questionCard(quizzes, quiz, memberIds) };
  });

  /** Everyone may look privately; the starter's click also posts the tally for everyone, once. */
  const showResults = withClick(async (c) => {
    const quiz = await quizOf(c);
    if (!quiz) return UNKNOWN_QUIZ;
    const question = c.data.question ?? quiz.current;
    const own = await ownResults(quiz, c, question);
    if (own.kind !== 'card' || !isStarter(quiz, c)) return own;
    const everyone = await resultsCard(quizzes, quiz, question, 'everyone');
    const ref = { quizId: quiz.quizId, conversationKey: c.conversationKey, question };
    if (!everyone || !(await quizzes.markShown({ ...ref, answered: everyone.answered })))
      return own;
    return { ...own, post: [{ lang: quiz.lang, card: everyone.card }] };
  });

  const advance = (how: 'next' | 'close') =>
    withClick(async (c, turn) => {
      const question = c.data.question;
      if (question === undefined) return badRequest('BadQuizData', 'This quiz card is not valid.');
      const input = { ...c, quizId: c.data.quizId, question };
      const r = how === 'next' ? await quizzes.next(input) : await quizzes.close(input);
      if (r.kind === 'unknown-quiz') return UNKNOWN_QUIZ;
      if (r.kind === 'not-starter') return notice(r.quiz, 'not-starter');
      const post: Reply[] = [];
      if (r.changed && r.kind === 'advanced') {
        const memberIds = await membersOf(turn);
        await showOnStage(turn, quizzes, r.quiz, memberIds);
        post.push({ lang: r.quiz.lang, card: questionCard(quizzes, r.quiz, memberIds) });
      } else if (r.changed && r.kind === 'closed') {
        post.push(summaryReply(quizzes, lookup, r.quiz, r.summary));
      }
      const shown = await ownResults(r.quiz, c, question);
      return shown.kind === 'bad-request' ? shown : { ...shown, post };
    });

  return {
    [QUIZ_VERBS.quizAnswer]: answer,
    [QUIZ_VERBS.quizRefresh]: refresh,
    [QUIZ_VERBS.quizResults]: showResults,
    [QUIZ_VERBS.quizNext]: advance('next'),
    [QUIZ_VERBS.quizClose]: advance('close'),
  };
}
