// Structured logs. Privacy: never pass message text, card contents or names to the logger;
// the redact paths below are a second line of defence, not the first.
import { pino, type Logger } from 'pino';

export type { Logger };

export const REDACTED_PATHS = [
  'text',
  '*.text',
  'activity.text',
  'from.name',
  '*.from.name',
  'card',
  '*.card',
  'password',
  '*.password',
  'secret',
  '*.secret',
];

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } });
}

/** A logger that drops everything, for tests. */
export const silentLogger = (): Logger => pino({ level: 'silent' });
