// What Microsoft 365 Copilot does not render in a custom engine agent's cards, as Microsoft lists it
// (MicrosoftDocs/m365copilot-docs, docs/known-issues.md, "Custom engine agents"): dynamic Adaptive
// Card refresh, typeahead, @mention, the password control, nonstandard elements, and rich cards
// other than Adaptive Cards (hero, thumbnail, sign-in, connector…). Copilot's messages also don't
// support HTML. Action.Execute and Action.ToggleVisibility are not on the list: they work, but a
// card updated by Action.Execute shows its original content again when the chat is reopened.
import { nodes } from '../../cards/card-walk.js';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** What in this Adaptive Card Copilot would not render; empty when nothing. */
export function copilotProblems(card: unknown): string[] {
  const problems: string[] = [];
  for (const node of nodes(card)) {
    const type = typeof node.type === 'string' ? node.type : '';
    if ('refresh' in node) problems.push('refresh (dynamic card refresh)');
    if (type === 'Input.ChoiceSet' && (node.style === 'filtered' || 'choices.data' in node))
      problems.push('Input.ChoiceSet typeahead');
    if (type === 'Input.Text' && String(node.style).toLowerCase() === 'password')
      problems.push('Input.Text password');
    if (type === 'mention') problems.push('@mention entity');
    if (type.startsWith('Component')) problems.push(`nonstandard element ${type}`);
  }
  return problems;
}

/** What in a sent message Copilot would not show: rich cards that are not Adaptive, HTML text. */
export function copilotMessageProblems(activity: Readonly<Record<string, unknown>>): string[] {
  const attachments = (activity.attachments ?? []) as { contentType?: unknown }[];
  const problems = attachments
    .filter((a) => a.contentType !== ADAPTIVE_CARD)
    .map((a) => `attachment ${String(a.contentType)}`);
  const text = typeof activity.text === 'string' ? activity.text : '';
  if (/<\/?[a-z][^>]*>/i.test(text) || activity.textFormat === 'xml') problems.push('HTML text');
  return problems;
}
