// Validates a card exactly as /work/shared/eval/cards.mjs does (the evaluation harness): parse at
// schema 1.5 with zero events, zero validation events, version <= 1.5, no "${", under 28 KB.
// adaptivecards is CommonJS and needs no DOM for parse/validate.
import { createRequire } from 'node:module';

interface AcEvent {
  readonly message: string;
}
interface AdaptiveCardsModule {
  readonly Versions: { readonly v1_5: unknown };
  readonly SerializationContext: new (version: unknown) => {
    eventCount: number;
    getEventAt(i: number): AcEvent;
  };
  readonly AdaptiveCard: new () => {
    parse(json: unknown, ctx: unknown): void;
    validateProperties(): { validationEvents: AcEvent[] };
  };
}

const AC = createRequire(import.meta.url)(
  'adaptivecards/dist/adaptivecards.js',
) as AdaptiveCardsModule;

export const MAX_CARD_BYTES = 28 * 1024;

export function cardProblems(json: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  if (json.type !== 'AdaptiveCard') return ['not an AdaptiveCard'];
  if (!json.version) problems.push('no version');
  else if (Number(json.version) > 1.5)
    problems.push(`version ${JSON.stringify(json.version)} is above 1.5`);
  if (JSON.stringify(json).includes('${'))
    problems.push('unexpanded template expression ${...} left in card');
  const ctx = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(json, ctx);
  for (let i = 0; i < ctx.eventCount; i++) problems.push(`parse: ${ctx.getEventAt(i).message}`);
  for (const e of card.validateProperties().validationEvents)
    problems.push(`validate: ${e.message}`);
  const size = Buffer.byteLength(JSON.stringify(json));
  if (size > MAX_CARD_BYTES) problems.push(`card is ${size} bytes (over 28 KB)`);
  return problems;
}
