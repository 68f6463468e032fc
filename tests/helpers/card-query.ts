// Reading cards the way a person would: their visible text and the actions they can click.

type Json = unknown;

/** Every `text` in the card (TextBlock, TextRun, FactSet values…), in order. */
export function cardTexts(node: Json): string[] {
  if (Array.isArray(node)) return node.flatMap(cardTexts);
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) =>
    (k === 'text' || k === 'value' || k === 'title') && typeof v === 'string' ? [v] : cardTexts(v),
  );
}

export interface FoundAction {
  readonly verb: string;
  readonly data: Record<string, unknown>;
  readonly title?: string;
}

/** Every Action.Execute (buttons and selectActions) with the given verb, fallbacks excluded. */
export function cardActions(node: Json, verb?: string): FoundAction[] {
  if (Array.isArray(node)) return node.flatMap((n) => cardActions(n, verb));
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const own =
    o.type === 'Action.Execute' && typeof o.verb === 'string' && (!verb || o.verb === verb)
      ? [
          {
            verb: o.verb,
            data: (o.data ?? {}) as Record<string, unknown>,
            title: o.title as string | undefined,
          },
        ]
      : [];
  const children = Object.entries(o)
    .filter(([k]) => k !== 'fallback' && k !== 'refresh')
    .flatMap(([, v]) => cardActions(v, verb));
  return [...own, ...children];
}

/** The Adaptive Card of a captured activity. */
export const cardOfActivity = (activity: Record<string, unknown>): Record<string, unknown> =>
  (activity.attachments as { content: Record<string, unknown> }[])[0]!.content;

/** The card of a Universal Action invoke response body. */
export const cardOfInvoke = (json: unknown): Record<string, unknown> => {
  const body = json as { statusCode: number; type: string; value: Record<string, unknown> };
  if (body.type !== 'application/vnd.microsoft.card.adaptive')
    throw new Error(`not a card: ${JSON.stringify(body).slice(0, 200)}`);
  return body.value;
};
