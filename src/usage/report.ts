// The usage report for content owners: per catalogue entry how often it was the answer (and the
// "Was this helpful?" clicks), and how often "did you mean" was offered or nothing matched, over
// the last N UTC days. Reads the per-instance day records and sums them.
import type { Catalogue } from '../guidance/types.js';
import type { Storage } from '../storage/storage.js';
import { addCounts, emptyCounts, parseCounts, totalMatched, type UsageCounts } from './counts.js';
import { NOT_HELPFUL_REASONS, type NotHelpfulReason } from './reasons.js';
import { lastDays } from './day.js';
import { countsPrefix, unmatchedPrefix } from './keys.js';
import type { UnmatchedRecord } from './unmatched.js';

export interface UsageReport {
  /** The UTC days covered, oldest first. */
  readonly days: readonly string[];
  readonly counts: UsageCounts;
}

export interface UnmatchedLine {
  readonly text: string;
  readonly count: number;
  readonly days: number;
}

const BATCH = 16;

async function readValues(storage: Storage, keys: readonly string[]): Promise<unknown[]> {
  const values: unknown[] = [];
  for (let i = 0; i < keys.length; i += BATCH) {
    const items = await Promise.all(keys.slice(i, i + BATCH).map((key) => storage.read(key)));
    for (const item of items) if (item) values.push(item.value);
  }
  return values;
}

export async function readUsage(
  storage: Storage,
  options: { readonly days: number; readonly now?: Date },
): Promise<UsageReport> {
  const days = lastDays(options.now ?? new Date(), options.days);
  let counts = emptyCounts();
  for (const day of days) {
    for (const value of await readValues(storage, await storage.list(countsPrefix(day))))
      counts = addCounts(counts, parseCounts(value));
  }
  return { days, counts };
}

/** Unmatched question texts kept over the days (only present when the setting was on). */
export async function readUnmatched(
  storage: Storage,
  options: { readonly days: number; readonly now?: Date },
): Promise<UnmatchedLine[]> {
  const byText = new Map<string, { count: number; days: number }>();
  for (const day of lastDays(options.now ?? new Date(), options.days)) {
    const values = await readValues(storage, await storage.list(unmatchedPrefix(day)));
    for (const value of values as Partial<UnmatchedRecord>[]) {
      if (typeof value.text !== 'string' || typeof value.count !== 'number') continue;
      const seen = byText.get(value.text) ?? { count: 0, days: 0 };
      byText.set(value.text, { count: seen.count + value.count, days: seen.days + 1 });
    }
  }
  return [...byText]
    .map(([text, c]) => ({ text, ...c }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

export interface ReportRow {
  readonly id: string;
  readonly title: string;
  readonly matched: number;
  readonly helpful: number;
  readonly notHelpful: number;
  /** What was missing, by reason (after "No"). */
  readonly missing: Readonly<Record<NotHelpfulReason, number>>;
}

/** Every catalogue entry, busiest first, zeros included: an entry nobody reaches is news too. */
export function reportRows(report: UsageReport, catalogue: Catalogue): ReportRow[] {
  const { counts } = report;
  const ids = new Set([
    ...catalogue.entries.map((e) => e.id),
    ...Object.keys(counts.matched),
    ...Object.keys(counts.helpful),
    ...Object.keys(counts.notHelpful),
  ]);
  return [...ids]
    .map((id) => ({
      id,
      title: catalogue.byId.get(id)?.en.title ?? '(no longer in the catalogue)',
      matched: counts.matched[id] ?? 0,
      helpful: counts.helpful[id] ?? 0,
      notHelpful: counts.notHelpful[id] ?? 0,
      missing: Object.fromEntries(
        NOT_HELPFUL_REASONS.map((reason) => [reason, counts.missing[reason][id] ?? 0]),
      ) as Record<NotHelpfulReason, number>,
    }))
    .sort((a, b) => b.matched - a.matched || a.title.localeCompare(b.title));
}

const pad = (n: number | string, width: number) => String(n).padStart(width);

/** One narrow column per reason a person gave after "No" (named under the table). */
const MISSING_COLUMNS = ['Topic', 'Long', 'Unclear', 'Situation'] as const;
const MISSING_HEADER = MISSING_COLUMNS.map((c) => pad(c, 9)).join(' ');
const missingCells = (r: ReportRow) =>
  NOT_HELPFUL_REASONS.map((reason) => pad(r.missing[reason], 9)).join(' ');

export function formatReport(
  report: UsageReport,
  catalogue: Catalogue,
  unmatched?: readonly UnmatchedLine[],
): string {
  const { counts, days } = report;
  const answered = totalMatched(counts);
  const lines = [
    `Usage from ${days[0]} to ${days[days.length - 1]} (${days.length} ${days.length === 1 ? 'day' : 'days'}, UTC)`,
    '',
    `${pad('Matched', 8)} ${pad('Helpful', 8)} ${pad('Not helpful', 12)}  ${MISSING_HEADER}  Entry`,
    ...reportRows(report, catalogue).map(
      (r) =>
        `${pad(r.matched, 8)} ${pad(r.helpful, 8)} ${pad(r.notHelpful, 12)}  ${missingCells(r)}  ${r.title} (${r.id})`,
    ),
    '',
    `Why not helpful: ${NOT_HELPFUL_REASONS.map((r, i) => `${MISSING_COLUMNS[i]} = ${r}`).join(', ')}`,
    '',
    `Answered:      ${answered}`,
    `Did you mean:  ${counts.didYouMean}`,
    `Not found:     ${counts.notFound}`,
    `Questions:     ${answered + counts.didYouMean + counts.notFound}`,
  ];
  if (unmatched !== undefined) {
    lines.push('', `Unmatched questions kept (${unmatched.length}):`);
    for (const u of unmatched) lines.push(`${pad(u.count, 8)}  ${u.text}`);
  }
  return lines.join('\n');
}
