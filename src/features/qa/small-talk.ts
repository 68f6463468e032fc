// Greetings, thanks and goodbyes: a short polite reply in the user's language, not "I couldn't find
// that in the guidance". A message is small talk only when every word of it is small talk ("hi",
// "thanks a lot!", "ok merci bonne journée"): "thanks, can I share this petition?" is a question.
import type { Lang } from '../../guidance/types.js';
import { normalise, words } from '../../matching/text.js';

export const SMALL_TALK = ['greeting', 'thanks', 'goodbye'] as const;
export type SmallTalk = (typeof SMALL_TALK)[number];

/** Words that make a message small talk of a kind, with the language they belong to. */
const MARKERS: Readonly<Record<string, readonly [SmallTalk, Lang | undefined]>> = {
  hi: ['greeting', 'en'],
  hello: ['greeting', 'en'],
  hey: ['greeting', 'en'],
  hiya: ['greeting', 'en'],
  howdy: ['greeting', 'en'],
  morning: ['greeting', 'en'],
  afternoon: ['greeting', 'en'],
  evening: ['greeting', 'en'],
  bonjour: ['greeting', 'fr'],
  salut: ['greeting', 'fr'],
  allo: ['greeting', 'fr'],
  bonsoir: ['greeting', 'fr'],
  coucou: ['greeting', 'fr'],
  thanks: ['thanks', 'en'],
  thank: ['thanks', 'en'],
  thx: ['thanks', 'en'],
  ty: ['thanks', 'en'],
  cheers: ['thanks', 'en'],
  merci: ['thanks', 'fr'],
  bye: ['goodbye', 'en'],
  goodbye: ['goodbye', 'en'],
  later: ['goodbye', 'en'],
  cya: ['goodbye', 'en'],
  revoir: ['goodbye', 'fr'],
  ciao: ['goodbye', undefined],
  journee: ['goodbye', 'fr'],
  soiree: ['goodbye', 'fr'],
  tard: ['goodbye', 'fr'],
};

/** Words that may come with a marker without making the message a question. */
const FILLERS = new Set(
  `a ok okay oh so much lot very great cool nice good awesome perfect there all everyone folks bot you
  again for the help and just have day night see ya to u guys team got it sounds
  ok oui super parfait genial beaucoup bien tout le monde toi vous pour aide et au a bonne bonnes
  bon la plus tard merci mille fois tres`.split(/\s+/),
);

/** The longest small talk, in words: anything longer is treated as a question. */
const MAX_WORDS = 8;

export interface SmallTalkReading {
  readonly kind: SmallTalk;
  /** The language the words belong to, when they tell. */
  readonly lang?: Lang;
}

export function readSmallTalk(text: string): SmallTalkReading | undefined {
  const ws = words(normalise(text));
  if (ws.length === 0 || ws.length > MAX_WORDS) return undefined;
  const found = ws.flatMap((w) => (MARKERS[w] ? [MARKERS[w]] : []));
  if (found.length === 0 || !ws.every((w) => MARKERS[w] || FILLERS.has(w))) return undefined;
  // "thanks, bye" is a goodbye; "hi, thanks" a thank-you: the last kind named wins.
  const [kind] = found[found.length - 1]!;
  const langs = new Set(found.map(([, l]) => l).filter((l): l is Lang => l !== undefined));
  return { kind, lang: langs.size === 1 ? [...langs][0] : undefined };
}
