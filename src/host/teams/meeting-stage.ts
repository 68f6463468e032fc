// Showing a notice on a Teams meeting's stage: the targeted in-meeting notification, as Microsoft
// documents it ("Build in-meeting notification for Teams meeting", learn.microsoft.com/microsoftteams/
// platform/apps-in-teams-meetings/in-meeting-notification-for-meeting, and "Meeting apps APIs"):
//   POST {serviceUrl}/v1/meetings/{meetingId}/notification
//   { "type": "targetedMeetingNotification",
//     "value": { "recipients": ["29:…"], "surfaces": [{ "surface": "meetingStage",
//       "contentType": "task", "content": { "value": { "height", "width", "title", "url" } } }] } }
// The dialog shows the page at `url` (a domain of the app's validDomains): the API takes a URL,
// not an Adaptive Card. At most 50 recipients per call ("call the API again" for more). Needs the
// resource-specific consent OnlineMeetingNotification.Send.Chat (manifest). Sent with botbuilder's
// TeamsInfo.sendMeetingNotification, which posts exactly that body (botframework-connector's
// sendMeetingNotificationOperationSpec), or by the Agents host's Bot Connector call (src/host/agents/).
import type { TargetedMeetingNotification } from 'botbuilder';
import { statusOf } from './send-retry.js';
import type { HostTurn } from './turn.js';
import type { StageNotice } from '../../contract/activities.js';
import type { Logger } from '../../util/logger.js';

/** Teams' documented limit of recipients per call. */
export const STAGE_BATCH = 50;
/** The dialog's size in pixels (strings, as documented): room for a question and three choices. */
export const STAGE_SIZE = { width: '400', height: '480' } as const;
/** A notification still unanswered after this long is given up: the quiz goes on without it. */
export const STAGE_TIMEOUT_MS = 5_000;

export interface StageOptions {
  /** The bot's public https origin (PUBLIC_URL): where Teams loads the stage page. */
  readonly baseUrl: string;
  readonly logger: Pick<Logger, 'info' | 'warn'>;
  readonly timeoutMs?: number;
}

/** Where Teams loads the page: <baseUrl>/stage/<page>?<query>. */
export const stageUrl = (baseUrl: string, notice: Pick<StageNotice, 'page' | 'query'>): string =>
  `${baseUrl}/stage/${encodeURIComponent(notice.page)}?${new URLSearchParams(notice.query).toString()}`;

export function targetedNotification(
  recipients: readonly string[],
  title: string,
  url: string,
): TargetedMeetingNotification {
  return {
    type: 'targetedMeetingNotification',
    value: {
      recipients: [...recipients],
      surfaces: [
        {
          surface: 'meetingStage',
          contentType: 'task',
          content: { value: { ...STAGE_SIZE, title, url } },
        },
      ],
    },
  };
}

const batches = (ids: readonly string[]): string[][] => {
  const unique = [...new Set(ids.filter((id) => id.startsWith('29:')))];
  const out: string[][] = [];
  for (let i = 0; i < unique.length; i += STAGE_BATCH) out.push(unique.slice(i, i + STAGE_BATCH));
  return out;
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('meeting notification timed out')), ms);
  });
  promise.catch(() => undefined); // a late rejection after the timeout is not unhandled
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Sends the notice to its recipients, 50 per call, the calls at once and within one time budget (the
 * turn must still answer Teams in time). Never throws: a refusal (no consent, not a meeting, a
 * meeting that ended) or a timeout is logged without anyone's identity, and the quiz goes on in
 * the chat. True when Teams accepted at least one call.
 */
export async function notifyMeetingStage(
  context: HostTurn,
  meetingId: string,
  notice: StageNotice,
  options: StageOptions,
): Promise<boolean> {
  const url = stageUrl(options.baseUrl, notice);
  const activity = { type: context.activity.type, id: context.activity.id };
  const timeoutMs = options.timeoutMs ?? STAGE_TIMEOUT_MS;
  const calls = batches(notice.recipients).map((recipients) => {
    const body = targetedNotification(recipients, notice.title, url);
    return withTimeout(context.teams.meetingNotification(meetingId, body), timeoutMs);
  });
  const settled = await Promise.allSettled(calls);
  const refused = settled.filter((r) => r.status === 'rejected');
  const notDelivered = settled.reduce(
    (n, r) => n + (r.status === 'fulfilled' ? (r.value?.recipientsFailureInfo?.length ?? 0) : 0),
    0,
  );
  if (refused.length > 0) {
    const error: unknown = refused[0]!.reason;
    options.logger.warn(
      {
        activity,
        calls: settled.length,
        failed: refused.length,
        status: statusOf(error),
        err: { name: (error as Error)?.name },
      },
      'meeting stage notification failed',
    );
  }
  if (notDelivered > 0)
    options.logger.info(
      { activity, recipients: notice.recipients.length, notDelivered },
      'meeting stage notification not delivered to some recipients',
    );
  return refused.length < settled.length;
}
