// What every schedule reply shares: who may change the schedule, and the card showing it with how
// the last weekly post went.
import type { CardJson, Turn } from '../../contract/activities.js';
import type { Lang } from '../../guidance/types.js';
import { scheduleCard, type ScheduleCardInput } from './cards/schedule-card.js';
import { lastPost } from './last-post.js';
import type { ScheduleStore } from './store.js';

/** Guests (and anonymous meeting attendees) may not change a channel's schedule. */
export async function mayManage(turn: Turn): Promise<boolean> {
  // The role is unknown when Teams cannot be asked (e.g. the Playground): the person is let through,
  // as before the card existed.
  const role = await turn.teams?.senderRole();
  return role !== 'guest' && role !== 'anonymous';
}

export type ShowSchedule = (
  key: string,
  lang: Lang,
  input: Omit<ScheduleCardInput, 'now' | 'last'>,
) => Promise<CardJson>;

export function showSchedule(schedules: ScheduleStore, now: () => Date): ShowSchedule {
  return async (key, lang, input) => {
    const at = now();
    const last = input.schedule ? lastPost(await schedules.lastSlot(key), at) : undefined;
    return scheduleCard({ ...input, now: at, ...(last ? { last } : {}) }, lang);
  };
}
