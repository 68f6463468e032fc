// A choice made on the meeting-stage page (stage-page.ts): the page submits the choice's verb and
// data with TeamsJS (dialog.url.submit), and Teams sends them to the bot as a task/submit invoke
// from the person who chose. It is then the same card action as a click in the chat: the same
// verbs admitted, the same handler, the same create-only answer record. The answer is a dialog
// response: the person's own view as an Adaptive Card dialog, or a message.
// https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/task-modules/task-modules-bots
import type { InvokeResponse, TaskModuleResponse } from 'botbuilder';
import type { ActionResult } from '../../../contract/activities.js';
import { hostStrings } from '../../../i18n/host.js';
import { ADAPTIVE_CARD, isRecord, sendReplies } from '../activities.js';
import { actOn } from './action.js';
import type { HandlerDeps } from './deps.js';
import type { HostTurn } from '../turn.js';

export const TASK_SUBMIT = 'task/submit';

export function taskResponse(result: ActionResult): TaskModuleResponse {
  if (result.kind === 'card') {
    // A dialog is one person's view, never refreshed for others: the card's refresh (the member
    // list of a shared message) has no place in it.
    const { refresh: _refresh, ...card } = result.card;
    return {
      task: {
        type: 'continue',
        value: {
          card: { contentType: ADAPTIVE_CARD, content: card },
          height: 'medium',
          width: 'medium',
        },
      },
    };
  }
  return { task: { type: 'message', value: result.message } };
}

export async function handleTaskSubmit(
  context: HostTurn,
  deps: HandlerDeps,
): Promise<InvokeResponse<TaskModuleResponse>> {
  const { activity } = context;
  const value: unknown = activity.value;
  const data = isRecord(value) && isRecord(value.data) ? value.data : undefined;
  if (!data || typeof data.verb !== 'string') {
    deps.logger.info({ activity: { type: activity.type, id: activity.id } }, 'unreadable submit');
    const message = hostStrings(activity.locale).invalidAction;
    return { status: 200, body: { task: { type: 'message', value: message } } };
  }
  const { verb, ...rest } = data;
  const result = await actOn(context, deps, { verb, data: rest });
  if (result.kind !== 'bad-request' && result.post) await sendReplies(context, result.post);
  return { status: 200, body: taskResponse(result) };
}
