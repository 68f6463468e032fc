// Card actions: Universal Actions (adaptiveCard/action invoke) and Action.Submit from old clients.
import { type ActionResult, UNKNOWN_VERB } from '../../../contract/activities.js';
import { isVerb } from '../../../contract/verbs.js';
import { ADAPTIVE_CARD, isRecord, sendReplies, turnOf } from '../activities.js';
import { langOfLocale } from '../../../i18n/lang.js';
import { hostStrings } from '../../../i18n/host.js';
import { ERROR_TYPE } from '../turn-error.js';
import type { HandlerDeps } from './deps.js';
import type { HostTurn } from '../turn.js';

export const MESSAGE_TYPE = 'application/vnd.microsoft.activity.message';

/** The body of an adaptiveCard/action invoke response (sent with HTTP 200). */
export interface CardActionBody {
  readonly statusCode: number;
  readonly type: string;
  readonly value: unknown;
}

export function actionBody(result: ActionResult): CardActionBody {
  switch (result.kind) {
    case 'card':
      return { statusCode: 200, type: ADAPTIVE_CARD, value: result.card };
    case 'message':
      return { statusCode: 200, type: MESSAGE_TYPE, value: result.message };
    case 'bad-request':
      return {
        statusCode: 400,
        type: ERROR_TYPE,
        value: { code: result.code, message: result.message },
      };
  }
}

/** A card action as read from the wire: any verb a client sent. */
export interface ReadAction {
  readonly verb: string;
  readonly data: Record<string, unknown>;
}

/** The bot acts on verbs of ours; any other gets UNKNOWN_VERB without reaching it. */
export const actOn = (context: HostTurn, deps: HandlerDeps, { verb, data }: ReadAction) =>
  isVerb(verb)
    ? deps.bot.onAction({ ...turnOf(context.activity, context, deps.stage), verb, data })
    : Promise.resolve(UNKNOWN_VERB);

/** The verb and data of an Action.Execute invoke value, or undefined when they are unusable. */
function executeAction(value: unknown): ReadAction | undefined {
  const action = isRecord(value) ? value.action : undefined;
  if (!isRecord(action) || typeof action.verb !== 'string') return undefined;
  const data = action.data ?? {};
  return isRecord(data) ? { verb: action.verb, data } : undefined;
}

export async function handleCardAction(
  context: HostTurn,
  deps: HandlerDeps,
): Promise<CardActionBody> {
  const { activity } = context;
  const action = executeAction(activity.value);
  if (!action) {
    deps.logger.info(
      { activity: { type: activity.type, id: activity.id } },
      'unreadable card action',
    );
    const message = hostStrings(activity.locale).invalidAction;
    return actionBody({ kind: 'bad-request', code: 'BadRequest', message });
  }
  const result = await actOn(context, deps, action);
  // Messages for everyone (the next quiz question, a closing summary) go to the conversation;
  // the invoke response itself is the clicking person's own view.
  if (result.kind !== 'bad-request' && result.post) await sendReplies(context, result.post);
  return actionBody(result);
}

/** A message carrying Action.Submit data with a string verb (no text), as old clients send. */
export function submittedAction(context: HostTurn): ReadAction | undefined {
  const { text } = context.activity;
  const value: unknown = context.activity.value;
  if ((text ?? '').trim() !== '' || !isRecord(value) || typeof value.verb !== 'string')
    return undefined;
  // Cards may nest the payload under `data` or spread it next to `verb`.
  const rest = Object.fromEntries(
    Object.entries(value).filter(([k]) => k !== 'verb' && k !== 'msteams'),
  );
  return { verb: value.verb, data: isRecord(value.data) ? value.data : rest };
}

export async function handleSubmit(
  context: HostTurn,
  deps: HandlerDeps,
  action: ReadAction,
): Promise<void> {
  const { activity } = context;
  const result = await actOn(context, deps, action);
  const lang = langOfLocale(activity.locale);
  if (result.kind !== 'bad-request' && result.post) await sendReplies(context, result.post);
  // An old client's Action.Submit answer arrives as a message and a reply is seen by everyone:
  // a personal view (their quiz result) is acknowledged instead of shown.
  if (
    result.kind === 'card' &&
    result.personal &&
    activity.conversation?.conversationType !== 'personal'
  )
    return sendReplies(context, [{ lang, text: hostStrings(activity.locale).answerRecorded }]);
  if (result.kind === 'card') return sendReplies(context, [{ lang, card: result.card }]);
  if (result.kind === 'message') return sendReplies(context, [{ lang, text: result.message }]);
  deps.logger.info(
    { code: result.code, activity: { type: activity.type, id: activity.id } },
    'submit rejected',
  );
  await sendReplies(context, [{ lang, text: hostStrings(activity.locale).invalidAction }]);
}
