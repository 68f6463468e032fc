// The support card: who to talk to, in the guidance's words, plus the organization's own contacts
// when a support profile is configured.
import type { CardJson } from '../app/contract.js';
import type { Lang } from '../guidance/types.js';
import type { SupportProfile } from '../support/profile.js';
import { orgContacts, type ContactView, type OrgView } from './contacts.js';
import { bullets, type Paragraph } from './paragraphs.js';
import { render } from './render.js';
import { STRINGS, type SupportGroup, type UiStrings } from './strings.js';
import { baseView, type BaseView } from './view.js';

export interface SupportGroupView {
  readonly heading: string;
  readonly blocks: readonly Paragraph[];
}

export interface SupportView extends BaseView {
  readonly s: UiStrings['support'];
  readonly groups: readonly SupportGroupView[];
  readonly hasProfile: boolean;
  readonly org?: OrgView<ContactView>;
}

function groupView(group: SupportGroup): SupportGroupView {
  const blocks: Paragraph[] = [];
  if (group.lead) blocks.push({ text: group.lead });
  if (group.items?.length) blocks.push(bullets(group.items));
  return { heading: group.heading, blocks };
}

export function supportView(lang: Lang, profile?: SupportProfile): SupportView {
  const s = STRINGS[lang].support;
  return {
    ...baseView(lang),
    s,
    groups: s.groups.map(groupView),
    hasProfile: profile !== undefined,
    ...(profile ? { org: orgContacts(profile, lang) } : {}),
  };
}

export function supportCard(lang: Lang, profile?: SupportProfile): CardJson {
  return render('support', supportView(lang, profile));
}
