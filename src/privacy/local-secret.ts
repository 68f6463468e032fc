// Local mode needs a secret for the keyed hashes too; it is generated once and kept beside the data
// (owner-only permissions), so hashes stay stable across restarts. Production configures its own.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadOrCreateLocalSecret(dataDir: string): string {
  const file = join(dataDir, 'user-key-secret');
  mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx': two instances starting together keep whichever secret was written first.
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
}
