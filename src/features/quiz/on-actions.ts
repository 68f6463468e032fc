// The quiz card's verbs. The invoke response is the clicking person's own view; what everyone
// should see (the next question, the closing summary) is posted to the conversation.
import { MAX_REFRESH_USERS } from '../../cards/team-parts.js';
import { quizPersonalCard } from './cards/personal.js';
import { quizResultsCard } from './cards/results.js';
import { QUIZ_STRINGS, type QuizNotice } from '../../i18n/team-cards.js';
import { quizSummaryCard } from './cards/summary.js';
import { quizActionData, type QuizActionData } from './action-data.js';
import type { QuizService } from './service.js';
import type { QuizRecord, QuizSummary } from './types.js';
import type { ActionResult, ActionTurn, Reply } from '../../contract/activities.js';
import type { ActionHandler } from '../../contract/feature.js';
import { QUIZ_VERBS } from '../../contract/verbs.js';
import { questionCard } from './on-command.js';
import { badRequest, lookupIn, personKeyOf, type TeamContext } from '../team/team-context.js';
import { TEAM_STRINGS } from '../team/strings.js';

interface Clicked {
  readonly data: QuizActionData;
  readonly conversationKey: string;
  readonly personKey: string;
}

export function quizActions(ctx: TeamContext, quizzes: QuizService): Record<string, ActionHandler> {
  const lookup = lookupIn(ctx.catalogue);
  const notice = (quiz: QuizRecord, n: QuizNotice): ActionResult => ({
    kind: 'message',
    message: QUIZ_STRINGS[quiz.lang].notices[n],
  });
  const scenarioOf = (quiz: QuizRecord, question: number) =>
    quizzes.scenario(quiz.scenarioIds[question] ?? '');

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
  ) => {
    const scenario = scenarioOf(quiz, c.data.question ?? quiz.current)!;
    const memberIds = await turn.teams?.memberIds(MAX_REFRESH_USERS);
    const card = quizPersonalCard(
      {
        quizId: quiz.quizId,
        question: c.data.question ?? quiz.current,
        total: quiz.scenarioIds.length,
        starterName: quiz.startedBy.name,
        scenario,
        choice,
        refused,
        showStarterControls: quiz.startedBy.personKey === c.personKey,
        ...(memberIds ? { memberIds } : {}),
      },
      quiz.lang,
      lookup,
    );
    return { kind: 'card', card, personal: true } as const;
  };

  const results = async (quiz: QuizRecord, c: Clicked, question: number): Promise<ActionResult> => {
    const scenario = scenarioOf(quiz, question);
    const tally = await quizzes.tally({
      quizId: quiz.quizId,
      conversationKey: c.conversationKey,
      question,
    });
    if (!scenario || !tally)
      return badRequest('UnknownQuestion', 'This quiz question does not exist.');
    const live = quiz.status === 'open' && question === quiz.current;
    return {
      kind: 'card',
      card: quizResultsCard({ quizId: quiz.quizId, question, scenario, tally, live }, quiz.lang),
    };
  };

  const summaryReply = (quiz: QuizRecord, summary: QuizSummary): Reply => {
    const questions = summary.questions.map((q) => ({
      ...q,
      scenario: quizzes.scenario(q.scenarioId)!,
    }));
    return {
      lang: quiz.lang,
      card: quizSummaryCard({ questions, participants: summary.participants }, quiz.lang, lookup),
    };
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
    if (r.kind === 'unknown-quiz')
      return badRequest('UnknownQuiz', 'This quiz does not exist any more.');
    if (r.kind === 'recorded' || r.kind === 'repeat')
      return personal(r.quiz, c, turn, r.answer.choice);
    if (r.kind === 'refused') return personal(r.quiz, c, turn, r.previous.choice, true);
    return notice(r.quiz, r.kind);
  });

  const refresh = withClick(async (c, turn) => {
    const quiz = await quizzes.get({ quizId: c.data.quizId, conversationKey: c.conversationKey });
    if (!quiz) return badRequest('UnknownQuiz', 'This quiz does not exist any more.');
    const question = c.data.question ?? quiz.current;
    if (quiz.status !== 'open' || question !== quiz.current) return results(quiz, c, question);
    const mine = await quizzes.answerOf({
      quizId: quiz.quizId,
      conversationKey: c.conversationKey,
      question,
      personKey: c.personKey,
    });
    if (mine) return personal(quiz, c, turn, mine.choice);
    return {
      kind: 'card',
      card: questionCard(quizzes, quiz, await turn.teams?.memberIds(MAX_REFRESH_USERS)),
    };
  });

  const showResults = withClick(async (c) => {
    const quiz = await quizzes.get({ quizId: c.data.quizId, conversationKey: c.conversationKey });
    if (!quiz) return badRequest('UnknownQuiz', 'This quiz does not exist any more.');
    return results(quiz, c, c.data.question ?? quiz.current);
  });

  const advance = (how: 'next' | 'close') =>
    withClick(async (c, turn) => {
      const question = c.data.question;
      if (question === undefined) return badRequest('BadQuizData', 'This quiz card is not valid.');
      const input = {
        quizId: c.data.quizId,
        conversationKey: c.conversationKey,
        personKey: c.personKey,
        question,
      };
      const r = how === 'next' ? await quizzes.next(input) : await quizzes.close(input);
      if (r.kind === 'unknown-quiz')
        return badRequest('UnknownQuiz', 'This quiz does not exist any more.');
      if (r.kind === 'not-starter') return notice(r.quiz, 'not-starter');
      const post: Reply[] = !r.changed
        ? []
        : r.kind === 'advanced'
          ? [
              {
                lang: r.quiz.lang,
                card: questionCard(quizzes, r.quiz, await turn.teams?.memberIds(MAX_REFRESH_USERS)),
              },
            ]
          : [summaryReply(r.quiz, r.summary)];
      const shown = await results(r.quiz, c, question);
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
