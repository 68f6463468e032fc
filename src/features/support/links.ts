// Links on the support card, as markdown in TextBlocks and fact values (Teams renders
// "[text](url)" there): e-mail addresses open a new message (mailto:), phone numbers dial (tel:,
// E.164) and the guidance's courses open their page. The text shown stays as written.
import type { Lang } from '../../guidance/types.js';
import { mailtoUri, telUri } from '../../organization/contact-links.js';
import { coursePage } from './courses.js';

/**
 * "[text](url)". Callers pass text without square brackets (the guidance's words, or profile text
 * the loader checked) and a url with no space or parenthesis (built here or checked at load).
 */
export const markdownLink = (text: string, url: string): string => `[${text}](${url})`;

const EMAIL = /[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;
/** North American numbers as the guidance and profiles write them: 613-946-3816, (613) 946-3816. */
const PHONE = /(?<![\d+])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)/;
/** One pass, so a link's own text is never linked again. */
const CONTACT = new RegExp(`${EMAIL.source}|${PHONE.source}`, 'g');

export function emailLink(email: string): string {
  return markdownLink(email, mailtoUri(email));
}

/** The number as a tel: link, or as written when it cannot be dialled (never a dead link). */
export function phoneLink(phone: string): string {
  const tel = telUri(phone);
  return tel ? markdownLink(phone, tel) : phone;
}

/** Every e-mail address and phone number in a sentence of the guidance, as links. */
export function linkContacts(text: string): string {
  return text.replace(CONTACT, (found) =>
    found.includes('@') ? emailLink(found) : phoneLink(found),
  );
}

/** A learning item ("Course name (CODE)") as a link to its page, else its contacts linked. */
export function linkLearningItem(item: string, lang: Lang): string {
  const page = coursePage(item, lang);
  return page ? markdownLink(item, page) : linkContacts(item);
}
