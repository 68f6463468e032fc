// Builders for the activities Teams sends a bot.
import { randomUUID } from 'node:crypto';

export const BOT = { id: '28:test-bot-id', name: 'Guidance Bot' };
export const USER = {
  id: '29:test-user-id',
  name: 'Test User',
  aadObjectId: '00000000-0000-0000-0000-0000000000aa',
};
export const TENANT = '00000000-0000-0000-0000-0000000000ff';

export type ConversationType = 'personal' | 'groupChat' | 'channel';

export interface Base {
  readonly serviceUrl: string;
  readonly locale?: string;
  readonly conversationType?: ConversationType;
  readonly conversationId?: string;
  readonly [extra: string]: unknown;
}

export type Activity = Record<string, unknown> & {
  conversation: { id: string; [key: string]: unknown };
};

function base(type: string, options: Base): Activity {
  const {
    serviceUrl,
    locale = 'en-US',
    conversationType = 'personal',
    conversationId,
    ...extra
  } = options;
  const id = conversationId ?? `a:test-${randomUUID()}`;
  return {
    type,
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    locale,
    from: USER,
    recipient: BOT,
    conversation: {
      id,
      conversationType,
      tenantId: TENANT,
      isGroup: conversationType !== 'personal',
    },
    channelData: {
      tenant: { id: TENANT },
      ...(conversationType === 'channel' && {
        channel: { id: '19:channel@thread.tacv2' },
        team: { id: '19:team' },
      }),
    },
    ...extra,
  };
}

export const message = (text: string, options: Base): Activity =>
  base('message', { text, textFormat: 'plain', ...options });

/** A message that @mentions the bot, as Teams sends it in group chats and channels. */
export const mentionMessage = (text: string, options: Base): Activity =>
  base('message', {
    text: `<at>${BOT.name}</at> ${text}`,
    textFormat: 'plain',
    entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }],
    conversationType: 'channel',
    ...options,
  });

/** Action.Submit from an old client: a message with `value` and no text. */
export const submit = (value: Record<string, unknown>, options: Base): Activity =>
  base('message', { value, ...options });

/** adaptiveCard/action for an Action.Execute; pass `value` to send a malformed one. */
export const cardAction = (verb: unknown, data: unknown, options: Base): Activity =>
  base('invoke', {
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    ...options,
  });

export const invoke = (name: string, value: unknown, options: Base): Activity =>
  base('invoke', { name, value, ...options });

export const installationUpdate = (action: 'add' | 'remove', options: Base): Activity =>
  base('installationUpdate', { action, ...options });

export const conversationUpdate = (
  membersAdded: readonly { id: string }[],
  options: Base,
): Activity => base('conversationUpdate', { membersAdded, ...options });
