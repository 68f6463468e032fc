// An organization's configured contacts (src/organization/profile.ts), shaped for the support card
// (one block per person, phone and email as facts) and the not-found card (one line per person).
import type { Lang } from '../../guidance/types.js';
import type { SupportContact, SupportProfile } from '../../organization/profile.js';
import type { Paragraph } from '../../cards/paragraphs.js';
import { STRINGS } from '../../i18n/strings.js';

export interface Fact {
  readonly title: string;
  readonly value: string;
}

export interface ContactView {
  readonly name: string;
  readonly role: string;
  readonly facts: readonly Fact[];
}

export interface OrgView<C> {
  readonly name: string;
  readonly contacts: readonly C[];
}

function contactFacts(contact: SupportContact, lang: Lang): Fact[] {
  const { phone, email } = STRINGS[lang].support;
  const facts: Fact[] = [];
  if (contact.phone) facts.push({ title: phone, value: contact.phone });
  if (contact.email) facts.push({ title: email, value: contact.email });
  return facts;
}

export function orgContacts(profile: SupportProfile, lang: Lang): OrgView<ContactView> {
  const contacts = profile.contacts.map((c) => ({
    name: c.name,
    role: c.role[lang],
    facts: contactFacts(c, lang),
  }));
  return { name: profile.organization[lang], contacts };
}

/** "**Name**, role, phone, email": profile text is validated to hold no link or template syntax. */
export function orgContactLines(profile: SupportProfile, lang: Lang): OrgView<Paragraph> {
  const line = (c: SupportContact): Paragraph => ({
    text: [`**${c.name}**`, c.role[lang], c.phone, c.email].filter(Boolean).join(', '),
  });
  return { name: profile.organization[lang], contacts: profile.contacts.map(line) };
}
