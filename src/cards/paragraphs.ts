// Catalogue text is a markdown subset: paragraphs separated by a blank line, "- " bullets. Each
// paragraph becomes its own TextBlock (bullets stay inside their paragraph and render as a list).
export interface Paragraph {
  readonly text: string;
}

export function paragraphs(text: string | undefined): Paragraph[] {
  if (!text) return [];
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => ({ text: p }));
}

/** A bullet list as one markdown paragraph. */
export function bullets(items: readonly string[]): Paragraph {
  return { text: items.map((item) => `- ${item}`).join('\n') };
}
