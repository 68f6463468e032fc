// Small readers over rendered card JSON, so tests can ask "which TextBlocks / TextRuns / actions
// does this card have?" without caring where in the tree they sit.
type Node = Readonly<Record<string, unknown>>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object in the card, depth first, in document order. */
export function nodes(value: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(value)) for (const item of value) nodes(item, out);
  else if (isNode(value)) {
    out.push(value);
    for (const child of Object.values(value)) nodes(child, out);
  }
  return out;
}

export const ofType = (card: unknown, type: string): Node[] =>
  nodes(card).filter((n) => n.type === type);

export const textBlocks = (card: unknown): string[] =>
  ofType(card, 'TextBlock').map((n) => String(n.text));

export const textRuns = (card: unknown): string[] =>
  ofType(card, 'TextRun').map((n) => String(n.text));

export interface ExecuteAction {
  readonly title?: string;
  readonly verb: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export const executeActions = (card: unknown): ExecuteAction[] =>
  ofType(card, 'Action.Execute') as unknown as ExecuteAction[];

/** Body text a reader sees (the evaluation's cardText, minus actions), joined by newlines. */
export function visibleText(card: Node): string {
  const inBody = nodes(card.body).filter((n) => n.type === 'TextBlock' || n.type === 'TextRun');
  const facts = nodes(card.body).filter((n) => 'title' in n && 'value' in n && !('type' in n));
  return [
    ...inBody.map((n) => String(n.text)),
    ...facts.map((f) => `${String(f.title)} ${String(f.value)}`),
  ].join('\n');
}
