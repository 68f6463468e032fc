// "@bot schedule weekly Monday 9:00", "pause", "resume", "skip next", "stop", "schedule": the
// per-channel weekly scenario. Every reply in a channel is the schedule card (cards/schedule-card.ts):
// the state, the next post in the schedule's time zone and, for team members, the buttons
// (on-actions.ts). A command that cannot be read gets the card's help: what was wrong, and the forms
// that work. The reply goes to the channel, so it says who changed what.
import { langOfLocale } from '../../i18n/lang.js';
import type { MessageTurn, Reply } from '../../contract/activities.js';
import type { Conversations } from '../../conversations/conversations.js';
import type { Feature } from '../../contract/feature.js';
import { parseScheduleCommand, type ScheduleCommand } from './command.js';
import { applyChange } from './manage.js';
import { scheduleActions } from './on-actions.js';
import { mayManage, showSchedule } from './present.js';
import type { ScheduleStore } from './store.js';
import { SCHEDULE_STRINGS } from './strings.js';

export interface ScheduleFeatureDeps {
  readonly schedules: ScheduleStore;
  readonly conversations: Conversations;
  readonly now?: () => Date;
}

export function scheduleFeature(deps: ScheduleFeatureDeps): Feature {
  const now = deps.now ?? (() => new Date());
  const show = showSchedule(deps.schedules, now);
  const card = async (...[key, lang, input]: Parameters<typeof show>): Promise<Reply[]> => [
    { lang, card: await show(key, lang, input) },
  ];

  async function run(turn: MessageTurn, command: ScheduleCommand): Promise<Reply[]> {
    const { lang } = command;
    const t = SCHEDULE_STRINGS[lang];
    const key = deps.conversations.keyOf(turn);
    if (turn.conversation !== 'channel' || !key) return [{ lang, text: t.onlyInChannels }];
    if (command.kind === 'invalid') return card(key, lang, { canManage: false, problem: command });
    const canManage = await mayManage(turn);
    const current = async () => (await deps.schedules.get(key))?.schedule;
    if (command.kind === 'show') return card(key, lang, { schedule: await current(), canManage });
    if (!canManage)
      return card(key, lang, {
        schedule: await current(),
        canManage,
        notice: t.guestsCannot,
      });
    const change = command.kind === 'set' ? command : { kind: command.kind };
    const outcome = await applyChange(deps.schedules, { key, lang, command: change, turn }, now);
    return card(key, lang, {
      schedule: outcome.schedule,
      canManage,
      notice: outcome.notice,
      utcAssumed: outcome.utcAssumed,
      stopped: outcome.changed && !outcome.schedule,
    });
  }

  return {
    forgetConversation: (key) => deps.schedules.removeConversation(key),
    command(turn) {
      const command = parseScheduleCommand(turn.text, langOfLocale(turn.locale));
      return command ? run(turn, command) : undefined;
    },
    actions: scheduleActions({ ...deps, now, show }),
  };
}
