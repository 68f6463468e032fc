import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadSupportProfile,
  parseSupportProfile,
  SupportProfileError,
  supportProfileProblems,
} from '../../src/organization/profile.js';

const thrown = (fn: () => unknown): SupportProfileError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof SupportProfileError) return error;
    throw error;
  }
  throw new Error('expected a SupportProfileError');
};

describe('the shipped Justice profile', () => {
  it('loads by name with the contact from the Justice reminder, in both languages', () => {
    const { reminder, ...rest } = loadSupportProfile('justice');
    expect(reminder?.entries).toHaveLength(3);
    expect(rest).toEqual({
      organization: { en: 'Department of Justice Canada', fr: 'Ministère de la Justice Canada' },
      contacts: [
        {
          name: 'Pamela Richmire',
          role: {
            en: 'Senior Advisor, Values and Ethics and Designated Political Activities Representative, Workplace Branch',
            fr: "Conseillère principale, Valeurs et éthique, et représentante désignée en matière d'activités politiques, Direction générale du milieu de travail",
          },
          phone: '613-946-3816',
          email: 'pamela.richmire@justice.gc.ca',
        },
      ],
    });
  });
});

describe('loadSupportProfile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'profile-'));

  it('loads a profile from a path', () => {
    const file = join(dir, 'org.json');
    writeFileSync(
      file,
      JSON.stringify({
        organization: { en: 'Org', fr: 'Org' },
        contacts: [{ name: 'A', role: { en: 'R', fr: 'R' } }],
      }),
    );
    expect(loadSupportProfile(file).organization.en).toBe('Org');
  });

  it('refuses at load a file with a malformed e-mail address, phone number and web page, listing each', () => {
    const file = join(dir, 'malformed.json');
    writeFileSync(
      file,
      JSON.stringify({
        organization: { en: 'Org', fr: 'Org' },
        contacts: [
          {
            name: 'A',
            role: { en: 'R', fr: 'R' },
            phone: '946-3816',
            email: 'a@',
            url: 'javascript:alert(1)',
          },
        ],
      }),
    );
    const error = thrown(() => loadSupportProfile(file));
    expect(error.source).toBe(file);
    expect(error.problems).toEqual([
      'contacts[0].phone must be a full number: area code and number ("613-555-0100"), or "+" and the country code',
      'contacts[0].email must be an email address',
      'contacts[0].url must not contain spaces, quotes, brackets or parentheses',
    ]);
    for (const problem of error.problems) expect(error.message).toContain(problem);
  });

  it('reports a missing built-in profile and bad JSON as problems', () => {
    expect(thrown(() => loadSupportProfile('no-such-org')).problems[0]).toMatch(
      /cannot read the file/,
    );
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ nope');
    expect(thrown(() => loadSupportProfile(bad)).problems[0]).toMatch(/not valid JSON/);
  });
});

describe('supportProfileProblems', () => {
  it('lists every problem at once', () => {
    const problems = supportProfileProblems({
      organization: { en: '', fr: 3 },
      contacts: [
        { name: 'A', role: { en: 'R' }, phone: 'call me', email: 'nobody', extra: 1 },
        { name: '[x](https://evil.example)', role: { en: 'R', fr: '${x}' } },
        'not a contact',
      ],
      colour: 'blue',
    });
    expect(problems).toEqual([
      'profile has unknown field "colour"',
      'organization.en must be a non-empty string',
      'organization.fr must be a non-empty string',
      'contacts[0] has unknown field "extra"',
      'contacts[0].role.fr must be a non-empty string',
      'contacts[0].phone must look like a phone number, e.g. "613-555-0100"',
      'contacts[0].email must be an email address',
      'contacts[1].name must not contain [ ] < > or ${',
      'contacts[1].role.fr must not contain [ ] < > or ${',
      'contacts[2] must be an object',
    ]);
  });

  it('requires an object with at least one contact', () => {
    expect(supportProfileProblems([])).toEqual(['the profile must be a JSON object']);
    expect(supportProfileProblems({ organization: { en: 'O', fr: 'O' }, contacts: [] })).toEqual([
      'contacts must be a non-empty array',
    ]);
  });

  it('accepts phone extensions and a $comment', () => {
    const profile = {
      $comment: 'source',
      organization: { en: 'O', fr: 'O' },
      contacts: [{ name: 'N', role: { en: 'R', fr: 'R' }, phone: '+1 613-555-0100 ext. 12' }],
    };
    expect(supportProfileProblems(profile)).toEqual([]);
    expect(parseSupportProfile(profile)).not.toHaveProperty('$comment');
  });

  it('refuses what cannot become a link: a phone number without its area code, a bad address or page', () => {
    const problems = supportProfileProblems({
      organization: { en: 'O', fr: 'O' },
      contacts: [
        { name: 'A', role: { en: 'R', fr: 'R' }, phone: '946-3816', email: 'a%20b@justice.gc.ca' },
        { name: 'B', role: { en: 'R', fr: 'R' }, url: 'http://www.justice.gc.ca' },
        { name: 'C', role: { en: 'R', fr: 'R' }, url: 'https://x.ca/a)](https://evil.example' },
        { name: 'D', role: { en: 'R', fr: 'R' }, url: 'www.justice.gc.ca' },
        { name: 'E', role: { en: 'R', fr: 'R' }, url: 42 },
      ],
    });
    expect(problems).toEqual([
      'contacts[0].phone must be a full number: area code and number ("613-555-0100"), or "+" and the country code',
      'contacts[0].email must be an email address',
      'contacts[1].url must start with https://',
      'contacts[2].url must not contain spaces, quotes, brackets or parentheses',
      'contacts[3].url must be a full web address, e.g. "https://www.canada.ca/en/…"',
      'contacts[4].url must be a web address of at most 200 characters',
    ]);
  });

  it('accepts a contact’s web page and keeps it', () => {
    const url = 'https://www.canada.ca/en/government/publicservice/values.html';
    const profile = {
      organization: { en: 'O', fr: 'O' },
      contacts: [{ name: 'N', role: { en: 'R', fr: 'R' }, phone: '(613) 555-0100', url }],
    };
    expect(supportProfileProblems(profile)).toEqual([]);
    expect(parseSupportProfile(profile).contacts[0]?.url).toBe(url);
  });

  it('throws with the source and problems in the message', () => {
    const error = thrown(() => parseSupportProfile({}, 'config/org.json'));
    expect(error.message).toContain('config/org.json');
    expect(error.problems).toContain('contacts must be a non-empty array');
  });
});
