// Text typed by users reaches cards only as template data, and only inside TextRuns (which never
// render markdown). Two more guards live here.
/** Inserted between "$" and "{": invisible, so the text reads the same, but no "${" survives. */
const WORD_JOINER = '\u2060';
/** Echoes stay short: a pasted essay must not push a card past the 28 KB limit. */
export const MAX_ECHO_LENGTH = 300;

/**
 * Deep copy of `value` with every "${" in a string broken up. The templating engine does not expand
 * data, but a literal "${" in a rendered card is rejected by validators (and by render) as an
 * unexpanded expression, so a user who types "${x}" would otherwise break their own reply.
 */
export function neutralizeTemplateSyntax<T>(value: T): T {
  if (typeof value === 'string') return value.replaceAll('${', `$${WORD_JOINER}{`) as T;
  if (Array.isArray(value))
    return (value as unknown[]).map((item) => neutralizeTemplateSyntax(item)) as T;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([k, v]: [string, unknown]) => [
      k,
      neutralizeTemplateSyntax(v),
    ]);
    return Object.fromEntries(entries) as T;
  }
  return value;
}

/** The user's question as echoed on a card: whitespace collapsed, cut to MAX_ECHO_LENGTH. */
export function echoQuestion(question: string): string {
  const flat = question.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_ECHO_LENGTH ? flat : `${flat.slice(0, MAX_ECHO_LENGTH - 1)}…`;
}
