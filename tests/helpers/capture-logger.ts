// A real pino logger (no redaction) whose lines are kept, to check what the host logs.
import { pino, type Logger } from 'pino';

export interface CapturedLogger {
  readonly logger: Logger;
  readonly lines: string[];
  /** Every line joined: handy for "must not contain" checks. */
  text(): string;
}

export function captureLogger(): CapturedLogger {
  const lines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
  return { logger, lines, text: () => lines.join('') };
}
