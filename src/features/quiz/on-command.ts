// "@bot quiz", "quiz 4", "quiz 4 60s", "questionnaire": starts a quiz in a meeting, group chat or
// channel and posts its first question for everyone; in a meeting, also on the stage.
import { langOfText } from '../../i18n/lang.js';
import type { QuizCommand } from './command.js';
import { questionCard } from './replies.js';
import type { QuizService } from './service.js';
import { MAX_STAGE_MEMBERS, showOnStage } from './stage.js';
import type { MessageTurn, Reply, Turn } from '../../contract/activities.js';
import { MAX_REFRESH_USERS } from '../../cards/team-parts.js';
import { personKeyOf, type TeamContext } from '../team/team-context.js';
import { TEAM_STRINGS } from '../team/strings.js';

/** The members to list on the card (refresh) and, in a meeting, to notify on the stage. */
export const membersOf = (turn: Turn): Promise<readonly string[] | undefined> =>
  turn.teams?.memberIds(turn.meeting ? MAX_STAGE_MEMBERS : MAX_REFRESH_USERS) ??
  Promise.resolve(undefined);

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
  const started = await quizzes.start({
    conversationKey,
    starter,
    count: command.count,
    lang,
    ...(command.timeLimitSec !== undefined ? { timeLimitSec: command.timeLimitSec } : {}),
    ...(turn.reference ? { reference: turn.reference } : {}),
  });
  const memberIds = await membersOf(turn);
  // A quiz already running was shown on the stage when its question was asked.
  if (started.kind === 'started') await showOnStage(turn, quizzes, started.quiz, memberIds);
  const notice = started.kind === 'already-open' ? ('already-open' as const) : undefined;
  return [
    { lang: started.quiz.lang, card: questionCard(quizzes, started.quiz, memberIds, notice) },
  ];
}
