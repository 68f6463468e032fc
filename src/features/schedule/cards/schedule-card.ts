// The schedule card: the channel's weekly scenario at a glance (state, day and time, the next post
// in the schedule's time zone, who changed it last) with Pause or Resume / Skip next / Stop for
// team members; or, for a command that could not be read, what was wrong and the accepted forms.
// Every confirmation of a schedule command and the "schedule" reply is this card.
import type { CardJson } from '../../../contract/activities.js';
import { SCHEDULE_VERBS } from '../../../contract/verbs.js';
import type { Lang } from '../../../guidance/types.js';
import { render } from '../../../cards/render.js';
import { echoQuestion } from '../../../cards/user-text.js';
import { QUIZ_STRINGS } from '../../../i18n/team-cards.js';
import type { InvalidScheduleCommand } from '../command.js';
import type { AcceptedForm } from '../help-strings.js';
import type { LastPost } from '../last-post.js';
import type { Schedule } from '../schedule.js';
import { SCHEDULE_STRINGS } from '../strings.js';
import { upcoming } from '../upcoming.js';
import { postDate, weeklyParts, zoneName } from './when.js';

export interface ScheduleCardInput {
  /** The channel's schedule as it is now; undefined when there is none. */
  readonly schedule?: Schedule;
  readonly now: Date;
  /** Whether the person the card answers may change the schedule (guests may not). */
  readonly canManage: boolean;
  /** The line above the state: who changed what, or why nothing changed. */
  readonly notice?: string;
  /** How the last weekly post went, when it was late or missing. */
  readonly last?: LastPost;
  /** Teams sent no time zone, so UTC was used. */
  readonly utcAssumed?: boolean;
  /** The schedule was just stopped: say how to start it again. */
  readonly stopped?: boolean;
  /** A command that could not be read: the card explains it instead of showing the state. */
  readonly problem?: Pick<InvalidScheduleCommand, 'reason' | 'found'>;
}

/** One "Label: value" line; the value may be a display name, so the template shows it in a TextRun. */
export interface Fact {
  readonly label: string;
  readonly value: string;
}

export interface ScheduleCardView {
  readonly lang: Lang;
  readonly verbs: typeof SCHEDULE_VERBS;
  readonly fallbackText: string;
  readonly s: {
    readonly heading: string;
    readonly problemTitle: string;
    readonly acceptedHeading: string;
    readonly days: string;
    readonly times: string;
    readonly manageNote: string;
    readonly pause: string;
    readonly resume: string;
    readonly skip: string;
    readonly stop: string;
  };
  readonly hasNotice: boolean;
  readonly notice: string;
  readonly hasProblem: boolean;
  readonly problem: string;
  readonly forms: readonly AcceptedForm[];
  readonly hasSchedule: boolean;
  readonly facts: readonly Fact[];
  readonly notes: readonly { readonly text: string }[];
  readonly hasNone: boolean;
  readonly none: string;
  readonly hint: string;
  /** The version of the schedule shown; the buttons send it back (a stale card changes nothing). */
  readonly changedAt: string;
  readonly showPause: boolean;
  readonly showResume: boolean;
  readonly showSkip: boolean;
  readonly showStop: boolean;
  readonly showManageNote: boolean;
}

function facts(schedule: Schedule, lang: Lang, now: Date): Fact[] {
  const { card } = SCHEDULE_STRINGS[lang];
  const { next, skipped } = upcoming(schedule, now);
  const at = (date: Date) => postDate(date, lang, schedule.timeZone);
  const rows: (Fact | undefined)[] = [
    { label: card.labels.status, value: card.status[schedule.status] },
    { label: card.labels.when, value: card.weekly(...weeklyParts(schedule, lang)) },
    {
      label: card.labels.next,
      value: next ? at(next) : card.noNext[schedule.status === 'paused' ? 'paused' : 'inactive'],
    },
    skipped && { label: card.labels.skipped, value: at(skipped) },
    { label: card.labels.zone, value: zoneName(schedule.timeZone, lang, next ?? now) },
    { label: card.labels.changedBy, value: echoQuestion(schedule.changedBy) },
  ];
  return rows.filter((row): row is Fact => row !== undefined);
}

function notes(input: ScheduleCardInput, lang: Lang): { text: string }[] {
  const t = SCHEDULE_STRINGS[lang];
  const { schedule, last } = input;
  return [
    input.utcAssumed ? t.utcAssumed : '',
    schedule?.inactiveReason === 'blocked' ? t.blockedNote : '',
    last && schedule ? t.lastPost(last, schedule.timeZone) : '',
  ]
    .filter(Boolean)
    .map((text) => ({ text }));
}

function buttons(input: ScheduleCardInput) {
  const s = input.problem ? undefined : input.schedule;
  const may = input.canManage && s !== undefined;
  const active = s?.status === 'active';
  const shown = {
    showPause: may && active,
    showResume: may && !active,
    showSkip: may && active && !s.skipNext,
    showStop: may,
  };
  return { ...shown, showManageNote: may };
}

export function scheduleView(input: ScheduleCardInput, lang: Lang): ScheduleCardView {
  const t = SCHEDULE_STRINGS[lang];
  const { card, help } = t;
  const { problem } = input;
  const schedule = problem ? undefined : input.schedule;
  const shownFacts = schedule ? facts(schedule, lang, input.now) : [];
  // What a notification shows: the heading and the state (dates end in "a.m.", so none here).
  const state = schedule ? [card.heading, card.status[schedule.status]] : [card.heading];
  const about = problem ? help.title : state.join('. ');
  return {
    lang,
    verbs: SCHEDULE_VERBS,
    fallbackText: QUIZ_STRINGS[lang].fallbackText(about),
    s: {
      heading: card.heading,
      problemTitle: help.title,
      acceptedHeading: help.acceptedHeading,
      days: help.days,
      times: help.times,
      manageNote: card.manageNote,
      ...card.buttons,
    },
    hasNotice: Boolean(input.notice),
    notice: echoQuestion(input.notice ?? ''),
    hasProblem: problem !== undefined,
    problem: problem ? help.problems[problem.reason](problem.found ?? '') : '',
    forms: problem ? help.forms : [],
    hasSchedule: schedule !== undefined,
    facts: shownFacts,
    notes: notes({ ...input, schedule }, lang),
    hasNone: !problem && !schedule,
    none: card.none,
    hint: input.stopped ? card.restartHint : card.startHint,
    changedAt: schedule?.changedAt ?? '',
    ...buttons(input),
  };
}

export function scheduleCard(input: ScheduleCardInput, lang: Lang): CardJson {
  return render('schedule', scheduleView(input, lang));
}
