// The support card: who to talk to, in the guidance's words, the asker's own avenues first (an
// employee's, a manager's or an executive's), plus the organization's own contacts when a profile
// is configured. E-mail addresses, phone numbers and course names are links (./links.ts).
import type { CardJson } from '../../contract/activities.js';
import type { Lang } from '../../guidance/types.js';
import type { SupportProfile } from '../../organization/profile.js';
import { orgContacts, type ContactView, type OrgView } from './contacts.js';
import { linkContacts, linkLearningItem } from './links.js';
import { bullets, type Paragraph } from '../../cards/paragraphs.js';
import { render } from '../../cards/render.js';
import { STRINGS, type Audience, type SupportGroup, type UiStrings } from '../../i18n/strings.js';
import { baseView, type BaseView } from '../../cards/view.js';

export interface SupportGroupView {
  readonly heading: string;
  readonly blocks: readonly Paragraph[];
}

export interface SupportView extends BaseView {
  readonly s: UiStrings['support'];
  readonly groups: readonly SupportGroupView[];
  readonly hasProfile: boolean;
  readonly org?: OrgView<ContactView>;
  readonly showTranslationNote: boolean;
}

/** The guidance's words as written, its e-mail addresses, phone numbers and courses as links. */
function groupView(group: SupportGroup, lang: Lang): SupportGroupView {
  const blocks: Paragraph[] = group.paragraphs.map((text) => ({ text: linkContacts(text) }));
  if (group.items?.length)
    blocks.push(bullets(group.items.map((item) => linkLearningItem(item, lang))));
  return { heading: group.heading, blocks };
}

/**
 * The asker's own avenues first, then those for everyone, then the other audiences': a manager
 * sees the managers' avenues on top, an employee those meant for everyone.
 */
export function groupsFor(groups: readonly SupportGroup[], audience: Audience): SupportGroup[] {
  const rank = (g: SupportGroup) => (g.for === audience ? 0 : g.for === undefined ? 1 : 2);
  return groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => rank(a.g) - rank(b.g) || a.i - b.i)
    .map((x) => x.g);
}

export function supportView(
  lang: Lang,
  profile?: SupportProfile,
  audience: Audience = 'employees',
): SupportView {
  const s = STRINGS[lang].support;
  return {
    ...baseView(lang),
    s,
    groups: groupsFor(s.groups, audience).map((g) => groupView(g, lang)),
    hasProfile: profile !== undefined,
    ...(profile ? { org: orgContacts(profile, lang) } : {}),
    showTranslationNote: s.translationNote !== '',
  };
}

export function supportCard(
  lang: Lang,
  profile?: SupportProfile,
  audience: Audience = 'employees',
): CardJson {
  return render('support', supportView(lang, profile, audience));
}
