// One day's usage counts: how often each catalogue entry was answered, how often "did you mean"
// was offered, how often nothing matched, and the "Was this helpful?" clicks per entry.
// Numbers and catalogue ids only: no question text, no person, no conversation, no time of day.
import { NOT_HELPFUL_REASONS, type NotHelpfulReason } from './reasons.js';

export type ByEntry = Readonly<Record<string, number>>;

export interface UsageCounts {
  /** Questions answered, by catalogue entry id. */
  readonly matched: Readonly<Record<string, number>>;
  readonly didYouMean: number;
  readonly notFound: number;
  /** "Was this helpful?" → yes / no, by entry id. */
  readonly helpful: Readonly<Record<string, number>>;
  readonly notHelpful: Readonly<Record<string, number>>;
  /** After "No": what was missing, by reason, then by entry id. */
  readonly missing: Readonly<Record<NotHelpfulReason, ByEntry>>;
}

/** What is stored at usage/<day>/<instanceId>. */
export interface UsageRecord extends UsageCounts {
  readonly day: string;
}

const byReason = <T>(make: (reason: NotHelpfulReason) => T) =>
  Object.fromEntries(NOT_HELPFUL_REASONS.map((r) => [r, make(r)])) as Record<NotHelpfulReason, T>;

export const emptyMissing = (): Record<NotHelpfulReason, Record<string, number>> =>
  byReason(() => ({}));

/** A day's counts while they are being added to (src/usage/recorder.ts). */
export type MutableCounts = {
  -readonly [K in keyof UsageCounts]: UsageCounts[K] extends number
    ? number
    : K extends 'missing'
      ? Record<NotHelpfulReason, Record<string, number>>
      : Record<string, number>;
};

export const newCounts = (): MutableCounts => ({
  matched: {},
  didYouMean: 0,
  notFound: 0,
  helpful: {},
  notHelpful: {},
  missing: emptyMissing(),
});

export const emptyCounts = (): UsageCounts => newCounts();

/** Catalogue ids are short slugs; anything else in a record is ignored rather than trusted. */
const ENTRY_ID = /^[A-Za-z0-9_.-]{1,100}$/;

const count = (value: unknown): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0;

function byEntry(value: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [id, n] of Object.entries(value)) {
    if (ENTRY_ID.test(id) && count(n) > 0) out[id] = count(n);
  }
  return out;
}

/** Reads a stored record defensively: an old or hand-edited record never breaks a report. */
export function parseCounts(raw: unknown): UsageCounts {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    matched: byEntry(r.matched),
    didYouMean: count(r.didYouMean),
    notFound: count(r.notFound),
    helpful: byEntry(r.helpful),
    notHelpful: byEntry(r.notHelpful),
    missing: byReason((reason) => byEntry(field(r.missing, reason))),
  };
}

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

function addMaps(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>) {
  const out: Record<string, number> = { ...a };
  for (const [id, n] of Object.entries(b)) out[id] = (out[id] ?? 0) + n;
  return out;
}

export const addCounts = (a: UsageCounts, b: UsageCounts): UsageCounts => ({
  matched: addMaps(a.matched, b.matched),
  didYouMean: a.didYouMean + b.didYouMean,
  notFound: a.notFound + b.notFound,
  helpful: addMaps(a.helpful, b.helpful),
  notHelpful: addMaps(a.notHelpful, b.notHelpful),
  missing: byReason((reason) => addMaps(a.missing[reason], b.missing[reason])),
});

export const totalMatched = (c: UsageCounts): number =>
  Object.values(c.matched).reduce((sum, n) => sum + n, 0);
