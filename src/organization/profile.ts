// An organization's own support contacts (e.g. its values and ethics advisor), shown on the support
// and not-found cards. Loaded once at start-up from configuration; a bad file must fail loudly with
// every problem listed, so whoever edits it can fix them all in one go.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../guidance/types.js';
import { findUp } from '../util/find-up.js';
import { isEmailAddress, telUri, webUrlProblem } from './contact-links.js';
import { reminderProblems, toReminder, type Reminder } from './reminder.js';

export interface SupportContact {
  readonly name: string;
  readonly role: Readonly<Record<Lang, string>>;
  readonly phone?: string;
  readonly email?: string;
  /** The contact's web page (e.g. the values and ethics office's): the name links to it. */
  readonly url?: string;
}

/**
 * An organization's profile: its name, its own support contacts (shown on the support and not-found
 * cards) and, optionally, its own reminder to employees (entries only its users see).
 */
export interface SupportProfile {
  readonly organization: Readonly<Record<Lang, string>>;
  readonly contacts: readonly SupportContact[];
  readonly reminder?: Reminder;
}

export class SupportProfileError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`Invalid support profile ${source}:\n- ${problems.join('\n- ')}`);
    this.name = 'SupportProfileError';
  }
}

/** Built-in profiles are named by file (src/organization/profiles/<name>.json); anything else is a path. */
const PROFILE_NAME = /^[a-z0-9-]+$/;
const PROFILES_DIR = 'src/organization/profiles';
// Cards have a 28 KB budget and contacts are shown on two cards: keep the list and fields short.
const MAX_CONTACTS = 8;
const MAX_TEXT = 200;
const PHONE = /^\+?[0-9(][0-9 ().-]{6,24}(\s*(ext\.?|poste)\s*[0-9]{1,6})?$/i;
const PROFILE_KEYS = ['$comment', 'organization', 'contacts', 'reminder'];
const CONTACT_KEYS = ['name', 'role', 'phone', 'email', 'url'];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function checkText(value: unknown, where: string, problems: string[]): void {
  if (typeof value !== 'string' || value.trim() === '')
    problems.push(`${where} must be a non-empty string`);
  else if (value.length > MAX_TEXT) problems.push(`${where} is longer than ${MAX_TEXT} characters`);
  // Profile text is shown in TextBlocks, which render markdown: refuse link and template syntax.
  else if (/[[\]<>]|\$\{/.test(value)) problems.push(`${where} must not contain [ ] < > or \${`);
}

function checkBilingual(value: unknown, where: string, problems: string[]): void {
  if (!isRecord(value))
    return void problems.push(`${where} must be an object { "en": …, "fr": … }`);
  checkText(value.en, `${where}.en`, problems);
  checkText(value.fr, `${where}.fr`, problems);
}

function checkKeys(
  value: Record<string, unknown>,
  allowed: readonly string[],
  where: string,
  problems: string[],
): void {
  for (const key of Object.keys(value))
    if (!allowed.includes(key)) problems.push(`${where} has unknown field "${key}"`);
}

// The card links a phone number (tel:, E.164) and a web page: refuse what would make a dead link.
function checkPhone(value: unknown, where: string, problems: string[]): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || !PHONE.test(value))
    problems.push(`${where} must look like a phone number, e.g. "613-555-0100"`);
  else if (telUri(value) === undefined)
    problems.push(
      `${where} must be a full number: area code and number ("613-555-0100"), or "+" and the country code`,
    );
}

function checkUrl(value: unknown, where: string, problems: string[]): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || value.length > MAX_TEXT)
    return void problems.push(`${where} must be a web address of at most ${MAX_TEXT} characters`);
  const problem = webUrlProblem(value);
  if (problem) problems.push(`${where} ${problem}`);
}

function checkContact(value: unknown, where: string, problems: string[]): void {
  if (!isRecord(value)) return void problems.push(`${where} must be an object`);
  checkKeys(value, CONTACT_KEYS, where, problems);
  checkText(value.name, `${where}.name`, problems);
  checkBilingual(value.role, `${where}.role`, problems);
  checkPhone(value.phone, `${where}.phone`, problems);
  if (
    value.email !== undefined &&
    (typeof value.email !== 'string' || !isEmailAddress(value.email))
  )
    problems.push(`${where}.email must be an email address`);
  checkUrl(value.url, `${where}.url`, problems);
}

/** Every problem with `json` as a support profile; empty when it is valid. */
export function supportProfileProblems(json: unknown): string[] {
  const problems: string[] = [];
  if (!isRecord(json)) return ['the profile must be a JSON object'];
  checkKeys(json, PROFILE_KEYS, 'profile', problems);
  checkBilingual(json.organization, 'organization', problems);
  const { contacts } = json;
  if (!Array.isArray(contacts) || contacts.length === 0)
    problems.push('contacts must be a non-empty array');
  else if (contacts.length > MAX_CONTACTS)
    problems.push(`contacts has more than ${MAX_CONTACTS} entries`);
  else contacts.forEach((c, i) => checkContact(c, `contacts[${i}]`, problems));
  if (json.reminder !== undefined) problems.push(...reminderProblems(json.reminder, 'reminder'));
  return problems;
}

/** Validates `json` and returns it typed, or throws a SupportProfileError listing every problem. */
export function parseSupportProfile(json: unknown, source = 'profile'): SupportProfile {
  const problems = supportProfileProblems(json);
  if (problems.length > 0) throw new SupportProfileError(source, problems);
  const { organization, contacts, reminder } = json as SupportProfile & { reminder?: unknown };
  return { organization, contacts, ...(reminder ? { reminder: toReminder(reminder) } : {}) };
}

/** The file a profile name or path refers to. */
export function supportProfilePath(pathOrName: string): string {
  if (!PROFILE_NAME.test(pathOrName)) return resolve(pathOrName);
  return join(findUp(import.meta.url, PROFILES_DIR), PROFILES_DIR, `${pathOrName}.json`);
}

/** Loads a built-in profile by name ("justice") or a profile file by path; throws SupportProfileError. */
export function loadSupportProfile(pathOrName: string): SupportProfile {
  const file = supportProfilePath(pathOrName);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SupportProfileError(file, [`cannot read the file (${(error as Error).message})`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SupportProfileError(file, [`not valid JSON (${(error as Error).message})`]);
  }
  return parseSupportProfile(json, file);
}
