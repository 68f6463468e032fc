// The verdict row of the answer and scenario cards: icon and word, on the container colour of the
// verdict. The words keep Teams' default text colour, which each theme (default, dark, high
// contrast) draws at full contrast on its own container colours; coloured text on a coloured
// container did not (yellow on amber measured about 1.2:1). Meaning never rests on colour alone.
import type { Lang, Verdict } from '../guidance/types.js';
import { STRINGS } from '../i18n/strings.js';
import { VERDICT_ICONS } from './rows.js';

export interface VerdictView {
  readonly icon: string;
  readonly label: string;
  readonly style: 'good' | 'warning' | 'attention';
}

const VERDICT_STYLE: Readonly<Record<Verdict, VerdictView['style']>> = {
  appropriate: 'good',
  risky: 'warning',
  inappropriate: 'attention',
};

export const verdictView = (verdict: Verdict, lang: Lang): VerdictView => ({
  icon: VERDICT_ICONS[verdict],
  label: STRINGS[lang].answer.verdicts[verdict],
  style: VERDICT_STYLE[verdict],
});
