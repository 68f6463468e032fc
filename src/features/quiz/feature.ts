// The team quiz as a bot feature: the start command and the card verbs.
import { parseQuizCommand } from './command.js';
import type { QuizService } from './service.js';
import type { Feature } from '../../contract/feature.js';
import { quizActions } from './on-actions.js';
import { answerQuizCommand } from './on-command.js';
import type { TeamContext } from '../team/team-context.js';

export function quizFeature(ctx: TeamContext, quizzes: QuizService): Feature {
  return {
    command(turn) {
      const command = parseQuizCommand(turn.text);
      return command ? answerQuizCommand(ctx, quizzes, turn, command) : undefined;
    },
    forgetConversation: (key) => quizzes.forget(key),
    actions: quizActions(ctx, quizzes),
  };
}
