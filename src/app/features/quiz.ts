// The team quiz as a bot feature: the start command and the card verbs.
import { parseQuizCommand } from '../../quiz/command.js';
import type { QuizService } from '../../quiz/service.js';
import type { Feature } from '../feature.js';
import { quizActions } from './quiz-actions.js';
import { startQuiz } from './quiz-command.js';
import type { TeamContext } from './team-context.js';

export function quizFeature(ctx: TeamContext, quizzes: QuizService): Feature {
  return {
    command(turn) {
      const command = parseQuizCommand(turn.text);
      return command ? startQuiz(ctx, quizzes, turn, command) : undefined;
    },
    actions: quizActions(ctx, quizzes),
  };
}
