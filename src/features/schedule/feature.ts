// "@bot schedule weekly Monday 9:00", "pause", "resume", "skip next", "stop", "schedule": the
// per-channel weekly scenario. The reply goes to the channel, so it says who changed what.
import type { Lang } from '../../guidance/types.js';
import { langOfLocale } from '../../i18n/lang.js';
import {
  describe,
  EXPECTED_FORMAT,
  lastPost,
  parseScheduleCommand,
  planChange,
  type ControlKind,
  type ScheduleCommand,
  type ScheduleStore,
  type SetScheduleCommand,
} from './index.js';
import { PreconditionFailedError } from '../../storage/errors.js';
import type { MessageTurn, Reply } from '../../contract/activities.js';
import type { Conversations } from '../../conversations/conversations.js';
import type { Feature } from '../../contract/feature.js';
import { SCHEDULE_STRINGS } from './strings.js';

export interface ScheduleFeatureDeps {
  readonly schedules: ScheduleStore;
  readonly conversations: Conversations;
  readonly now?: () => Date;
}

const text = (lang: Lang, t: string): Reply[] => [{ lang, text: t }];

type ChangeRequest = SetScheduleCommand | { readonly kind: ControlKind; readonly lang: Lang };

export function scheduleFeature(deps: ScheduleFeatureDeps): Feature {
  const now = deps.now ?? (() => new Date());

  async function run(turn: MessageTurn, command: ScheduleCommand): Promise<Reply[]> {
    const { lang } = command;
    const t = SCHEDULE_STRINGS[lang];
    const key = deps.conversations.keyOf(turn);
    if (turn.conversation !== 'channel' || !key) return text(lang, t.onlyInChannels);
    if (command.kind === 'show') return text(lang, await show(key, lang));
    if (command.kind === 'invalid') return text(lang, EXPECTED_FORMAT[lang]);
    const role = await turn.teams?.senderRole();
    if (role === 'guest' || role === 'anonymous') return text(lang, t.guestsCannot);
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        return text(lang, await change(turn, key, command as ChangeRequest));
      } catch (error) {
        if (!(error instanceof PreconditionFailedError)) throw error;
      }
    }
    return text(lang, t.busy);
  }

  async function show(key: string, lang: Lang): Promise<string> {
    const t = SCHEDULE_STRINGS[lang];
    const current = (await deps.schedules.get(key))?.schedule;
    if (!current) return t.none;
    const last = lastPost(await deps.schedules.lastSlot(key), now());
    const notes = [
      current.skipNext ? t.skipNote : '',
      current.inactiveReason === 'blocked' ? t.blockedNote : '',
      last ? t.lastPost(last, current.timeZone) : '',
    ];
    return [t.show(describe(current, lang), t.status[current.status], current.changedBy), ...notes]
      .filter(Boolean)
      .join(' ');
  }

  async function change(turn: MessageTurn, key: string, command: ChangeRequest) {
    const { lang } = command;
    const t = SCHEDULE_STRINGS[lang];
    const who = turn.user?.name?.trim() || t.someone;
    const current = await deps.schedules.get(key);
    const plan = planChange(
      current?.schedule,
      command.kind === 'set' ? command : { kind: command.kind },
      {
        conversationKey: key,
        timeZone: turn.timezone,
        reference: turn.reference,
        changedBy: who,
        now: now(),
      },
    );
    if (plan.kind === 'rejected') return t.unknownZone;
    if (plan.kind === 'none') return t.nothingToDo[plan.reason];
    if (plan.kind === 'remove') {
      await deps.schedules.remove(key);
      return t.stopped(who);
    }
    await deps.schedules.put({ ...plan.schedule, lang }, current?.eTag);
    const when = describe(plan.schedule, lang);
    const said = {
      set: t.set(who, when),
      pause: t.paused(who),
      resume: t.resumed(who, when),
      skip: t.skipped(who),
      stop: t.stopped(who),
    };
    return [said[command.kind], plan.timeZoneFallback ? t.utcAssumed : '']
      .filter(Boolean)
      .join(' ');
  }

  return {
    forgetConversation: (key) => deps.schedules.removeConversation(key),
    command(turn) {
      const command = parseScheduleCommand(turn.text, langOfLocale(turn.locale));
      return command ? run(turn, command) : undefined;
    },
    actions: {},
  };
}
