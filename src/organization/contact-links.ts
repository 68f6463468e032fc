// The addresses behind a contact's phone number, e-mail address and web page, so cards can make
// them links (tel:, mailto:, https:) while showing the text as the profile wrote it. The profile
// loader refuses what cannot become one, so a card never shows a link that goes nowhere.

const PHONE_EXTENSION = /\s*(?:ext\.?|poste)\s*([0-9]{1,6})$/i;
/** E.164: a plus sign, then 8 to 15 digits (country code first). */
const E164_DIGITS = /^[0-9]{8,15}$/;
const EMAIL = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
// Characters that would end or break a markdown link target, or are never in a web address.
const UNSAFE_IN_LINK = /[\s()[\]<>"'`\\{}|^]/;

/**
 * `tel:` in E.164 (RFC 3966), e.g. "613-946-3816" → "tel:+16139463816"; an extension is kept
 * (";ext=12"). A number written without a country code is read as North American (+1), as the
 * Government of Canada writes its numbers; one that cannot be dialled as written gives undefined.
 */
export function telUri(phone: string): string | undefined {
  const extension = PHONE_EXTENSION.exec(phone)?.[1];
  const number = phone.replace(PHONE_EXTENSION, '').trim();
  if (!/^\+?[0-9(][0-9 ().-]*$/.test(number)) return undefined;
  let digits = number.replace(/\D/g, '');
  if (!number.startsWith('+')) {
    if (digits.length === 10) digits = `1${digits}`;
    else if (!(digits.length === 11 && digits.startsWith('1'))) return undefined;
  }
  if (!E164_DIGITS.test(digits)) return undefined;
  return `tel:+${digits}${extension ? `;ext=${extension}` : ''}`;
}

export const isEmailAddress = (email: string): boolean => EMAIL.test(email);

/** `mailto:` for an address isEmailAddress accepts (its characters need no escaping). */
export const mailtoUri = (email: string): string => `mailto:${email}`;

/** Why `url` cannot be a contact's web page link, or undefined when it can. */
export function webUrlProblem(url: string): string | undefined {
  if (UNSAFE_IN_LINK.test(url)) return 'must not contain spaces, quotes, brackets or parentheses';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be a full web address, e.g. "https://www.canada.ca/en/…"';
  }
  if (parsed.protocol !== 'https:') return 'must start with https://';
  if (parsed.username || parsed.password) return 'must not hold a user name or password';
  return undefined;
}
