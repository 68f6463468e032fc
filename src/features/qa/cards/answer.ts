// The answer card, answer first: the entry's title and verdict, the guidance's own answer line, the
// reflection questions named on one line; one toggle unfolds the rest of the text and why each
// question matters. Then related entries, support and "Was this helpful?".
import type { CardJson } from '../../../contract/activities.js';
import type { Entry, Lang } from '../../../guidance/types.js';
import { paragraphs, type Paragraph } from '../../../cards/paragraphs.js';
import { render } from '../../../cards/render.js';
import { entryRows, type EntryRow } from '../../../cards/rows.js';
import { verdictView, type VerdictView } from '../../../cards/verdict.js';
import { STRINGS, type Audience, type UiStrings } from '../../../i18n/strings.js';
import { baseView, type BaseView } from '../../../cards/view.js';
import { NOT_HELPFUL_REASONS, type NotHelpfulReason } from '../../../usage/reasons.js';
import { answerText } from './answer-parts.js';

export type EntryLookup = (id: string) => Entry | undefined;

/** Where "Was this helpful?" stands on this card. */
export type FeedbackStep = 'ask' | 'why-not' | 'thanks';

export interface AnswerOptions {
  /** "ask" by default; "why-not" after "No" (what was missing?); "thanks" once answered. */
  readonly feedback?: FeedbackStep;
  /**
   * Entries answering the other parts of a question asked in several parts: offered first among the
   * related entries.
   */
  readonly alsoAsked?: readonly string[];
}

export interface QuestionView {
  readonly title: string;
  readonly paragraphs: readonly Paragraph[];
}

export interface ReasonView {
  readonly reason: NotHelpfulReason;
  readonly title: string;
}

export interface AnswerView extends BaseView {
  readonly s: UiStrings['answer'];
  readonly entryId: string;
  readonly title: string;
  readonly hasVerdict: boolean;
  readonly verdict?: VerdictView;
  /** "Why this is important" above a reflection question's answer, which is its why-text. */
  readonly hasLeadHeading: boolean;
  readonly lead: readonly Paragraph[];
  readonly more: readonly Paragraph[];
  /** "Ask yourself: …" naming the reflection questions; their why-texts are folded. */
  readonly hasQuestions: boolean;
  readonly askLine: string;
  readonly questions: readonly QuestionView[];
  /** Something is folded: the card shows the one toggle that unfolds it all. */
  readonly hasDetails: boolean;
  readonly hasRelated: boolean;
  /** The first related entries are in the first view; the others unfold with the details. */
  readonly related: readonly EntryRow[];
  readonly hasMoreRelated: boolean;
  readonly moreRelated: readonly EntryRow[];
  readonly feedback: FeedbackStep;
  readonly reasons: readonly ReasonView[];
  readonly showTranslationNote: boolean;
  /** Whose avenues the support card should show first: an answer for leaders implies a leader. */
  readonly audience: Audience;
}

const audienceOf = (entry: Entry): Audience =>
  entry.section !== 'leaders'
    ? 'employees'
    : entry.id.startsWith('topic-executives')
      ? 'executives'
      : 'managers';

/** The reflection questions that apply to an example or topic, with their why-texts. */
function applicableQuestions(entry: Entry, lookup: EntryLookup, lang: Lang): Entry[] {
  if (entry.kind === 'reflection-question') return [];
  const found = (entry.questions ?? []).map(lookup);
  return found.filter((q): q is Entry => q?.kind === 'reflection-question' && Boolean(q[lang].why));
}

/** Related entries shown at once; more would push the card past a glance. */
const FIRST_VIEW_RELATED = 2;

/** The support entry is the card's own support row: listing it again would show it twice. */
const SUPPORT_ENTRY = 'topic-support';

/** Related rows: the other parts asked first, never the card itself, what it shows, or support. */
function relatedRows(shown: readonly Entry[], lookup: EntryLookup, lang: Lang) {
  const skip = new Set([SUPPORT_ENTRY, ...shown.map((e) => e.id)]);
  const titles = new Set(shown.map((e) => e[lang].title));
  return (ids: readonly string[]) =>
    entryRows(
      ids.filter((id) => !skip.has(id)),
      lookup,
      lang,
    ).filter((row) => !titles.has(row.title));
}

export function answerView(
  entry: Entry,
  lookup: EntryLookup,
  lang: Lang,
  opts: AnswerOptions = {},
): AnswerView {
  const s = STRINGS[lang].answer;
  const questions = applicableQuestions(entry, lookup, lang);
  const { lead, more } = answerText(entry, lang);
  const shown = [entry, ...questions];
  const also = opts.alsoAsked ?? [];
  const related = relatedRows(shown, lookup, lang)([...also, ...entry.related]);
  return {
    ...baseView(lang),
    s,
    entryId: entry.id,
    title: entry[lang].title,
    hasVerdict: entry.verdict !== undefined,
    ...(entry.verdict ? { verdict: verdictView(entry.verdict, lang) } : {}),
    hasLeadHeading: entry.kind === 'reflection-question',
    lead,
    more,
    hasQuestions: questions.length > 0,
    askLine: `**${s.askYourself}** ${questions.map((q) => q[lang].title).join(' · ')}`,
    questions: questions.map((q) => ({
      title: q[lang].title,
      paragraphs: paragraphs(q[lang].why),
    })),
    hasDetails: more.length > 0 || questions.length > 0 || related.length > FIRST_VIEW_RELATED,
    hasRelated: related.length > 0,
    related: related.slice(0, FIRST_VIEW_RELATED),
    hasMoreRelated: related.length > FIRST_VIEW_RELATED,
    moreRelated: related.slice(FIRST_VIEW_RELATED),
    feedback: opts.feedback ?? 'ask',
    reasons: NOT_HELPFUL_REASONS.map((reason) => ({ reason, title: s.reasons[reason] })),
    showTranslationNote: lang === 'fr' && shown.some((e) => e.fr.source === 'bot-translation'),
    audience: audienceOf(entry),
  };
}

/**
 * Answer cards, rendered once per entry, language and options: an entry's card depends on nothing
 * else (a catalogue never changes once built; a new profile builds a new one), and expanding the
 * template was most of the CPU time of a question (docs/benchmarks.md). Keyed by the lookup and entry objects themselves, so another
 * catalogue (tests) never sees these cards. Cached cards are deeply frozen: a card is never changed
 * after rendering, and anything that tried would fail loudly rather than alter later answers.
 */
const rendered = new WeakMap<EntryLookup, WeakMap<Entry, Map<string, CardJson>>>();

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function answerCard(
  entry: Entry,
  lookup: EntryLookup,
  lang: Lang,
  opts?: AnswerOptions,
): CardJson {
  let byEntry = rendered.get(lookup);
  if (!byEntry) rendered.set(lookup, (byEntry = new WeakMap()));
  let cards = byEntry.get(entry);
  if (!cards) byEntry.set(entry, (cards = new Map<string, CardJson>()));
  const key = `${lang} ${JSON.stringify(opts ?? {})}`;
  let card = cards.get(key);
  if (!card)
    cards.set(key, (card = deepFreeze(render('answer', answerView(entry, lookup, lang, opts)))));
  return card;
}
