// The schedule card's buttons: Pause, Resume, Skip next, Stop. A click applies the change to the
// schedule the card showed (a stale card changes nothing) and answers with the updated card. Teams
// shows that card to the person who clicked, so the channel is also told who changed what.
import type { ActionResult, Reply } from '../../contract/activities.js';
import type { ActionHandler } from '../../contract/feature.js';
import { SCHEDULE_VERBS, type ScheduleVerb } from '../../contract/verbs.js';
import type { Conversations } from '../../conversations/conversations.js';
import { langOfLocale } from '../../i18n/lang.js';
import { badRequest } from '../team/team-context.js';
import { scheduleActionData } from './action-data.js';
import type { ControlKind } from './command.js';
import { applyChange } from './manage.js';
import { mayManage, type ShowSchedule } from './present.js';
import type { ScheduleStore } from './store.js';
import { SCHEDULE_STRINGS } from './strings.js';

export interface ScheduleActionDeps {
  readonly schedules: ScheduleStore;
  readonly conversations: Conversations;
  readonly now: () => Date;
  readonly show: ShowSchedule;
}

export function scheduleActions(
  deps: ScheduleActionDeps,
): Readonly<Record<ScheduleVerb, ActionHandler>> {
  const button =
    (kind: ControlKind): ActionHandler =>
    async (turn): Promise<ActionResult> => {
      const data = scheduleActionData(turn.data);
      if (!data) return badRequest('BadScheduleData', 'This schedule card is not valid.');
      const lang = data.lang ?? langOfLocale(turn.locale);
      const t = SCHEDULE_STRINGS[lang];
      const key = deps.conversations.keyOf(turn);
      if (turn.conversation !== 'channel' || !key)
        return { kind: 'message', message: t.onlyInChannels };
      if (!(await mayManage(turn))) return { kind: 'message', message: t.guestsCannot };
      const outcome = await applyChange(
        deps.schedules,
        { key, lang, command: { kind }, turn, expectChangedAt: data.changedAt },
        deps.now,
      );
      const card = await deps.show(key, lang, {
        schedule: outcome.schedule,
        canManage: true,
        notice: outcome.notice,
        stopped: outcome.changed && !outcome.schedule,
      });
      const post: Reply[] = outcome.changed ? [{ lang, text: outcome.notice }] : [];
      return { kind: 'card', card, post };
    };

  return {
    [SCHEDULE_VERBS.schedulePause]: button('pause'),
    [SCHEDULE_VERBS.scheduleResume]: button('resume'),
    [SCHEDULE_VERBS.scheduleSkip]: button('skip'),
    [SCHEDULE_VERBS.scheduleStop]: button('stop'),
  };
}
