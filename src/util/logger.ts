// Structured logs (pino, JSON lines). Privacy: never pass message text, card contents, names,
// Entra object ids or conversation references to the logger; log types, ids of activities,
// hashed keys, counts and error names. The redact paths below are a second line of defence, not
// the first: whatever is logged under these names is replaced before it is written.
import { pino, type DestinationStream, type Logger } from 'pino';

export type { DestinationStream, Logger };

export const CENSOR = '[redacted]';

/** Fields that carry what people wrote or who they are: redacted at the top and two levels down. */
const SENSITIVE_FIELDS = [
  // what people wrote, and what the bot showed them
  'text',
  'question',
  'card',
  'cards',
  'attachments',
  'value',
  'body',
  'speak',
  'summary',
  'entities',
  // who they are
  'from',
  'user',
  'members',
  'aadObjectId',
  'userName',
  'displayName',
  'changedBy',
  'startedBy',
  // references carry the last sender (id, name, Entra object id) and the conversation's name
  'reference',
  'conversationReference',
  // secrets
  'password',
  'secret',
  'connectionString',
  'authorization',
];

/** Names that are harmless elsewhere but not on a conversation or a recipient. */
const SENSITIVE_PATHS = ['conversation.name', 'recipient.name', 'channelData.channel.name'];

export const REDACTED_PATHS: readonly string[] = [
  ...SENSITIVE_FIELDS,
  ...SENSITIVE_FIELDS.map((f) => `*.${f}`),
  ...SENSITIVE_FIELDS.map((f) => `*.*.${f}`),
  ...SENSITIVE_PATHS,
  ...SENSITIVE_PATHS.map((p) => `*.${p}`),
  ...SENSITIVE_PATHS.map((p) => `*.*.${p}`),
  'req.headers.authorization',
  'req.headers.cookie',
];

/**
 * The process logger. `destination` is where JSON lines go (stdout by default); tests pass a stream
 * to read every line written.
 */
export function createLogger(
  level = process.env.LOG_LEVEL ?? 'info',
  destination?: DestinationStream,
): Logger {
  const options = { level, redact: { paths: [...REDACTED_PATHS], censor: CENSOR } };
  return destination ? pino(options, destination) : pino(options);
}

/** A logger that drops everything, for tests. */
export const silentLogger = (): Logger => pino({ level: 'silent' });
