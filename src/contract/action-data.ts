// Reading card action data defensively: it comes back from a client and can be anything.
import { AUDIENCES, type Audience } from '../i18n/strings.js';

export const stringField = (
  data: Readonly<Record<string, unknown>>,
  key: string,
): string | undefined => {
  const value = data[key];
  return typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : undefined;
};

/** A longer text the card carries back (the question on "None of these"), cut to `max`. */
export const textField = (
  data: Readonly<Record<string, unknown>>,
  key: string,
  max: number,
): string | undefined => {
  const value = data[key];
  return typeof value === 'string' && value.length > 0 ? value.slice(0, max) : undefined;
};

/** Whose support avenues to show first; anything unexpected means an employee's. */
export const audienceOf = (data: Readonly<Record<string, unknown>>): Audience =>
  AUDIENCES.includes(data.audience as Audience) ? (data.audience as Audience) : 'employees';
