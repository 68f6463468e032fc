// The answer card: one catalogue entry, its verdict (examples), the guidance text, why it matters
// (the entry's own why-text, or the reflection questions that apply), related entries, support and
// feedback.
import type { CardJson } from '../../../contract/activities.js';
import type { Entry, Lang, Verdict } from '../../../guidance/types.js';
import { paragraphs, type Paragraph } from '../../../cards/paragraphs.js';
import { render } from '../../../cards/render.js';
import { entryRows, VERDICT_ICONS, type EntryRow } from '../../../cards/rows.js';
import { STRINGS, type Audience, type UiStrings } from '../../../i18n/strings.js';
import { baseView, type BaseView } from '../../../cards/view.js';

export type EntryLookup = (id: string) => Entry | undefined;

export interface AnswerOptions {
  /** The user already answered "Was this helpful?": show the thank-you line instead of the buttons. */
  readonly feedbackGiven?: boolean;
  /**
   * Entries answering the other parts of a question asked in several parts: offered first among the
   * related entries.
   */
  readonly alsoAsked?: readonly string[];
}

export interface VerdictView {
  readonly icon: string;
  readonly label: string;
  /** TextBlock colour and Container style: colour repeats the text and icon, never replaces them. */
  readonly color: 'Good' | 'Warning' | 'Attention';
  readonly style: 'good' | 'warning' | 'attention';
}

export interface QuestionView {
  readonly title: string;
  readonly paragraphs: readonly Paragraph[];
}

export interface AnswerView extends BaseView {
  readonly s: UiStrings['answer'];
  readonly entryId: string;
  readonly title: string;
  readonly hasVerdict: boolean;
  readonly verdict?: VerdictView;
  readonly paragraphs: readonly Paragraph[];
  readonly hasWhy: boolean;
  readonly whyParagraphs: readonly Paragraph[];
  readonly questions: readonly QuestionView[];
  readonly hasRelated: boolean;
  readonly related: readonly EntryRow[];
  readonly feedbackGiven: boolean;
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

const VERDICT_LOOK: Readonly<Record<Verdict, Pick<VerdictView, 'color' | 'style'>>> = {
  appropriate: { color: 'Good', style: 'good' },
  risky: { color: 'Warning', style: 'warning' },
  inappropriate: { color: 'Attention', style: 'attention' },
};

function verdictView(verdict: Verdict, lang: Lang): VerdictView {
  return {
    icon: VERDICT_ICONS[verdict],
    label: STRINGS[lang].answer.verdicts[verdict],
    ...VERDICT_LOOK[verdict],
  };
}

/** The reflection questions that apply to an example or topic, with their why-texts. */
function applicableQuestions(entry: Entry, lookup: EntryLookup, lang: Lang): Entry[] {
  if (entry.kind === 'reflection-question') return [];
  const found = (entry.questions ?? []).map(lookup);
  return found.filter((q): q is Entry => q?.kind === 'reflection-question' && Boolean(q[lang].why));
}

/** A reflection question's text usually repeats its title: don't show it twice. */
function bodyParagraphs(entry: Entry, lang: Lang): Paragraph[] {
  const { title, text } = entry[lang];
  return text.trim() === title.trim() ? [] : paragraphs(text);
}

export function answerView(
  entry: Entry,
  lookup: EntryLookup,
  lang: Lang,
  opts: AnswerOptions = {},
): AnswerView {
  const local = entry[lang];
  const questions = applicableQuestions(entry, lookup, lang);
  const whyParagraphs = entry.kind === 'reflection-question' ? paragraphs(local.why) : [];
  const also = (opts.alsoAsked ?? []).filter((id) => id !== entry.id);
  const related = entryRows(
    [...also, ...entry.related.filter((id) => !also.includes(id))],
    lookup,
    lang,
  );
  const shown = [entry, ...questions];
  return {
    ...baseView(lang),
    s: STRINGS[lang].answer,
    entryId: entry.id,
    title: local.title,
    hasVerdict: entry.verdict !== undefined,
    ...(entry.verdict ? { verdict: verdictView(entry.verdict, lang) } : {}),
    paragraphs: bodyParagraphs(entry, lang),
    hasWhy: whyParagraphs.length > 0 || questions.length > 0,
    whyParagraphs,
    questions: questions.map((q) => ({
      title: q[lang].title,
      paragraphs: paragraphs(q[lang].why),
    })),
    hasRelated: related.length > 0,
    related,
    feedbackGiven: opts.feedbackGiven === true,
    showTranslationNote: lang === 'fr' && shown.some((e) => e.fr.source === 'bot-translation'),
    audience: audienceOf(entry),
  };
}

/**
 * Answer cards, rendered once per entry, language and options: an entry's card depends on nothing
 * else (the catalogue is fixed at start-up), and expanding the template was most of the CPU time of
 * a question (docs/benchmarks.md). Keyed by the lookup and entry objects themselves, so another
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
