// An organization's configured contacts (src/organization/profile.ts), shaped for the support card
// (one block per person, phone and email as facts) and the not-found card (one line per person).
// Phone numbers, e-mail addresses and web pages are links (tel:, mailto:, https:), shown as written.
import type { Lang } from '../../guidance/types.js';
import type { SupportContact, SupportProfile } from '../../organization/profile.js';
import type { Paragraph } from '../../cards/paragraphs.js';
import { STRINGS } from '../../i18n/strings.js';
import { emailLink, markdownLink, phoneLink } from './links.js';

export interface Fact {
  readonly title: string;
  readonly value: string;
}

export interface ContactView {
  /** Markdown: the name, a link to the contact's page when the profile gives one. */
  readonly name: string;
  readonly role: string;
  readonly facts: readonly Fact[];
}

export interface OrgView<C> {
  readonly name: string;
  readonly contacts: readonly C[];
}

/** Profile text holds no link or template syntax (the loader checks), so it is safe as markdown. */
const nameOf = (c: SupportContact): string => (c.url ? markdownLink(c.name, c.url) : c.name);

function contactFacts(contact: SupportContact, lang: Lang): Fact[] {
  const { phone, email } = STRINGS[lang].support;
  const facts: Fact[] = [];
  if (contact.phone) facts.push({ title: phone, value: phoneLink(contact.phone) });
  if (contact.email) facts.push({ title: email, value: emailLink(contact.email) });
  return facts;
}

export function orgContacts(profile: SupportProfile, lang: Lang): OrgView<ContactView> {
  const contacts = profile.contacts.map((c) => ({
    name: nameOf(c),
    role: c.role[lang],
    facts: contactFacts(c, lang),
  }));
  return { name: profile.organization[lang], contacts };
}

/** "**Name**, role, phone, email", the name, phone and email as links. */
export function orgContactLines(profile: SupportProfile, lang: Lang): OrgView<Paragraph> {
  const line = (c: SupportContact): Paragraph => ({
    text: [
      `**${nameOf(c)}**`,
      c.role[lang],
      c.phone && phoneLink(c.phone),
      c.email && emailLink(c.email),
    ]
      .filter(Boolean)
      .join(', '),
  });
  return { name: profile.organization[lang], contacts: profile.contacts.map(line) };
}
