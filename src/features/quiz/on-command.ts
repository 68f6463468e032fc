// "@bot quiz", "quiz 4", "questionnaire": starts a quiz in a meeting, group chat or channel and
// posts its first question for everyone.
import { quizQuestionCard } from './cards/question.js';
import { langOfText } from '../../i18n/lang.js';
import type { QuizCommand } from './command.js';
import type { QuizService } from './service.js';
import type { QuizRecord } from './types.js';
import type { MessageTurn, Reply } from '../../contract/activities.js';
import { MAX_REFRESH_USERS } from '../../cards/team-parts.js';
import { personKeyOf, type TeamContext } from '../team/team-context.js';
import { TEAM_STRINGS } from '../team/strings.js';

export async function answerQuizCommand(
  ctx: TeamContext,
  quizzes: QuizService,
  turn: MessageTurn,
  command: QuizCommand,
): Promise<Reply[]> {
  const lang = command.lang ?? langOfText(turn.text, turn.locale);
  const conversationKey = ctx.conversations.keyOf(turn);
  const personKey = personKeyOf(ctx, turn);
  if (turn.conversation === 'personal' || !conversationKey || !personKey) {
    return [{ lang, text: TEAM_STRINGS[lang].quizOnlyInGroups }];
  }
  const starter = { name: turn.user?.name?.trim() || '—', personKey };
  const started = await quizzes.start({ conversationKey, starter, count: command.count, lang });
  const memberIds = await turn.teams?.memberIds(MAX_REFRESH_USERS);
  const notice = started.kind === 'already-open' ? ('already-open' as const) : undefined;
  return [
    { lang: started.quiz.lang, card: questionCard(quizzes, started.quiz, memberIds, notice) },
  ];
}

/** The current question as everyone sees it. */
export function questionCard(
  quizzes: QuizService,
  quiz: QuizRecord,
  memberIds: readonly string[] | undefined,
  notice?: 'already-open',
) {
  const scenario = quizzes.scenario(quiz.scenarioIds[quiz.current]!)!;
  return quizQuestionCard(
    {
      quizId: quiz.quizId,
      question: quiz.current,
      total: quiz.scenarioIds.length,
      starterName: quiz.startedBy.name,
      scenario,
      ...(memberIds ? { memberIds } : {}),
      ...(notice ? { notice } : {}),
    },
    quiz.lang,
  );
}
