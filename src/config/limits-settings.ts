// How long and how much one client may hold the server: a slow or stuck peer must not tie it up.
import { wholeNumber as whole } from './env.js';

export interface LimitsSettings {
  /** A request's body must arrive within this (else 408). Headers are Node's own timeout. */
  readonly bodyTimeoutMs: number;
  /** How long a request waits for its turn (and the turn's reply sends); then 202, logged. */
  readonly turnTimeoutMs: number;
  /** Local mode: open connections allowed per client address (0: no cap). */
  readonly maxConnectionsPerAddress: number;
}

export function readLimitsSettings(env: NodeJS.ProcessEnv, problems: string[]): LimitsSettings {
  return {
    bodyTimeoutMs: whole(env, 'BODY_TIMEOUT_MS', 20_000, [100, 120_000], problems),
    turnTimeoutMs: whole(env, 'TURN_TIMEOUT_MS', 12_000, [100, 120_000], problems),
    maxConnectionsPerAddress: whole(env, 'MAX_CONNECTIONS_PER_ADDRESS', 64, [0, 100_000], problems),
  };
}
