// Locates files shipped with the repo (card templates, support profiles) from a module's own URL.
// Walking up, rather than a fixed "../..", keeps this working both from src/ (tsx, vitest) and from
// the compiled dist/src/ tree, where tsc does not copy JSON files.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The closest ancestor directory of `fromUrl` that contains `marker` (a relative path). */
export function findUp(fromUrl: string, marker: string): string {
  let dir = dirname(fileURLToPath(fromUrl));
  for (;;) {
    if (existsSync(join(dir, marker))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find "${marker}" above ${fileURLToPath(fromUrl)}`);
    dir = parent;
  }
}
