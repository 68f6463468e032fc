// Reading the schedule card's action data defensively: it comes back from a client (or an old
// client's Action.Submit) and can be anything.
import { LANGS, type Lang } from '../../guidance/types.js';

export interface ScheduleActionData {
  /** The card's language, when it sent a valid one. */
  readonly lang?: Lang;
  /** The schedule version the card showed (Schedule.changedAt, an ISO instant). */
  readonly changedAt: string;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

export function scheduleActionData(
  data: Readonly<Record<string, unknown>>,
): ScheduleActionData | undefined {
  const { changedAt } = data;
  if (typeof changedAt !== 'string' || !INSTANT.test(changedAt)) return undefined;
  if (Number.isNaN(Date.parse(changedAt))) return undefined;
  const lang = LANGS.find((l) => l === data.lang);
  return { changedAt, ...(lang ? { lang } : {}) };
}
