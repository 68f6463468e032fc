import { describe, expect, it } from 'vitest';
import { CSPS_COURSES } from '../../../src/features/support/courses.js';
import { linkContacts, linkLearningItem, phoneLink } from '../../../src/features/support/links.js';
import { STRINGS, type SupportGroup } from '../../../src/i18n/strings.js';
import { LANGS } from '../../../src/guidance/types.js';

/** The text a reader sees once Teams has rendered the markdown links. */
const shown = (markdown: string) => markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');

describe('linkContacts', () => {
  it('links an e-mail address, leaving the full stop after it outside the link', () => {
    expect(linkContacts('Send comments to Integrity-integrite@tbs-sct.gc.ca.')).toBe(
      'Send comments to [Integrity-integrite@tbs-sct.gc.ca](mailto:Integrity-integrite@tbs-sct.gc.ca).',
    );
  });

  it('links phone numbers as written, dialling them in E.164', () => {
    expect(linkContacts('at 613-946-3816 or (613) 957-9999, or 1-866-944-0454')).toBe(
      'at [613-946-3816](tel:+16139463816) or [(613) 957-9999](tel:+16139579999), or [1-866-944-0454](tel:+18669440454)',
    );
  });

  it('links a sentence with both, as the Justice reminder writes them', () => {
    const text = 'at 613-946-3816 or pamela.richmire@justice.gc.ca.';
    const linked = linkContacts(text);
    expect(linked).toContain('[613-946-3816](tel:+16139463816)');
    expect(linked).toContain(
      '[pamela.richmire@justice.gc.ca](mailto:pamela.richmire@justice.gc.ca)',
    );
    expect(shown(linked)).toBe(text);
  });

  it('leaves course codes, years and other numbers alone', () => {
    const text = 'Cyber Security Best Practices (DDN250), in 2024, file 12345678901234.';
    expect(linkContacts(text)).toBe(text);
  });

  it('never links inside a link it made', () => {
    const linked = linkContacts('x 613-555-0100@justice.gc.ca');
    expect(linked.match(/\]\(/g)).toHaveLength(1);
  });
});

describe('phoneLink', () => {
  it('shows a number that cannot be dialled as plain text, never as a dead link', () => {
    expect(phoneLink('946-3816')).toBe('946-3816');
  });
});

describe.each(LANGS)('linkLearningItem (%s)', (lang) => {
  const groups: readonly SupportGroup[] = STRINGS[lang].support.groups;
  const learning = groups.find((g) => g.items?.length)!;

  it('links each of the guidance’s four courses to its page in the reader’s language', () => {
    expect(learning.items).toHaveLength(4);
    for (const item of learning.items!) {
      const code = /\(([^)]+)\)$/.exec(item)![1]!;
      const page = CSPS_COURSES[code]![lang];
      expect(linkLearningItem(item, lang)).toBe(`[${item}](${page})`);
      expect(page).toMatch(
        new RegExp(
          `^https://www\\.csps-efpc\\.gc\\.ca/catalogue/courses-${lang === 'en' ? 'eng' : 'fra'}\\.aspx\\?code=${code}$`,
        ),
      );
    }
  });

  it('leaves an item that is not one of those courses as written', () => {
    expect(linkLearningItem('Some other course (ABC123)', lang)).toBe('Some other course (ABC123)');
    expect(linkLearningItem('A list item', lang)).toBe('A list item');
  });
});
