// What a person can say was missing after "Was this helpful? — No": a few fixed, anonymous choices
// (no free text: nothing a person typed is kept), counted per entry in the usage report.
export const NOT_HELPFUL_REASONS = [
  'wrong-topic',
  'too-long',
  'unclear',
  'not-my-situation',
] as const;

export type NotHelpfulReason = (typeof NOT_HELPFUL_REASONS)[number];

export const isNotHelpfulReason = (value: unknown): value is NotHelpfulReason =>
  typeof value === 'string' && (NOT_HELPFUL_REASONS as readonly string[]).includes(value);
