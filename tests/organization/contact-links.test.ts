import { describe, expect, it } from 'vitest';
import {
  isEmailAddress,
  mailtoUri,
  telUri,
  webUrlProblem,
} from '../../src/organization/contact-links.js';

describe('telUri', () => {
  it.each([
    ['613-946-3816', 'tel:+16139463816'],
    ['(613) 946-3816', 'tel:+16139463816'],
    ['613.946.3816', 'tel:+16139463816'],
    ['1-866-944-0454', 'tel:+18669440454'],
    ['+1 613 957 9999', 'tel:+16139579999'],
    ['+44 20 7946 0000', 'tel:+442079460000'],
    ['613-555-0100 ext. 12', 'tel:+16135550100;ext=12'],
    ['613-555-0100 poste 4567', 'tel:+16135550100;ext=4567'],
    ['+1 613-555-0100 EXT 3', 'tel:+16135550100;ext=3'],
  ])('dials %s as %s (E.164)', (phone, tel) => {
    expect(telUri(phone)).toBe(tel);
  });

  it.each([
    ['a local number without its area code', '946-3816'],
    ['nine digits', '613-946-381'],
    ['twelve digits without a country code', '613-946-381600'],
    ['eleven digits not starting with 1', '2613-946-3816'],
    ['letters', '613-CALL-NOW'],
    ['too many digits after +', '+1234567890123456'],
    ['too few digits after +', '+1234567'],
  ])('refuses %s', (_label, phone) => {
    expect(telUri(phone)).toBeUndefined();
  });
});

describe('e-mail addresses', () => {
  it('accepts ordinary addresses and makes a mailto: link of them', () => {
    expect(isEmailAddress('pamela.richmire@justice.gc.ca')).toBe(true);
    expect(isEmailAddress('Integrity-integrite@tbs-sct.gc.ca')).toBe(true);
    expect(mailtoUri('a.b@c.ca')).toBe('mailto:a.b@c.ca');
  });

  it.each([
    'nobody',
    'a@b',
    'a b@c.ca',
    'a%20b@c.ca',
    'a@b.ca)',
    '[a](b)@c.ca',
    'a@b.ca?cc=x@y.ca',
  ])('refuses %s', (email) => {
    expect(isEmailAddress(email)).toBe(false);
  });
});

describe('webUrlProblem', () => {
  it.each([
    'https://www.canada.ca/en/government/publicservice/values.html',
    'https://intranet/ethics?lang=fr#contact',
  ])('accepts %s', (url) => {
    expect(webUrlProblem(url)).toBeUndefined();
  });

  it.each([
    ['http://www.canada.ca', 'must start with https://'],
    ['javascript:alert(1)', 'must not contain spaces, quotes, brackets or parentheses'],
    ['javascript:void0', 'must start with https://'],
    ['mailto:a@b.ca', 'must start with https://'],
    ['www.canada.ca', 'must be a full web address, e.g. "https://www.canada.ca/en/…"'],
    ['https://www.canada.ca/a page', 'must not contain spaces, quotes, brackets or parentheses'],
    [
      'https://x.ca/a)](https://evil.example',
      'must not contain spaces, quotes, brackets or parentheses',
    ],
    ['https://user:pw@x.ca/', 'must not hold a user name or password'],
  ])('refuses %s', (url, problem) => {
    expect(webUrlProblem(url)).toBe(problem);
  });
});
