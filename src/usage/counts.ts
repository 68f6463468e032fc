// One day's usage counts: how often each catalogue entry was answered, how often "did you mean"
// was offered, how often nothing matched, and the "Was this helpful?" clicks per entry.
// Numbers and catalogue ids only: no question text, no person, no conversation, no time of day.

export interface UsageCounts {
  /** Questions answered, by catalogue entry id. */
  readonly matched: Readonly<Record<string, number>>;
  readonly didYouMean: number;
  readonly notFound: number;
  /** "Was this helpful?" → yes / no, by entry id. */
  readonly helpful: Readonly<Record<string, number>>;
  readonly notHelpful: Readonly<Record<string, number>>;
}

/** What is stored at usage/<day>/<instanceId>. */
export interface UsageRecord extends UsageCounts {
  readonly day: string;
}

export const emptyCounts = (): UsageCounts => ({
  matched: {},
  didYouMean: 0,
  notFound: 0,
  helpful: {},
  notHelpful: {},
});

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
  };
}

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
});

export const totalMatched = (c: UsageCounts): number =>
  Object.values(c.matched).reduce((sum, n) => sum + n, 0);
