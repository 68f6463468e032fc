// What Node loads before a module runs: the packages statically reachable from it through our own
// sources (`import type` and `export type` are erased, so skipped; `await import()` is on demand).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** Packages (bare specifiers) statically reachable from `entry` (repo-relative), with one importer each. */
export function staticPackages(entry = 'src/index.ts'): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(STATIC_IMPORT)) {
      if (spec!.startsWith('.')) visit(resolve(dirname(file), spec!.replace(/\.js$/, '.ts')));
      else if (!spec!.startsWith('node:') && !packages.has(spec!))
        packages.set(spec!, file.slice(ROOT.length));
    }
  };
  visit(join(ROOT, entry));
  return packages;
}

/** The packages of `packages` whose name starts with one of `prefixes`. */
export const named = (packages: Map<string, string>, ...prefixes: string[]) =>
  [...packages.keys()].filter((p) => prefixes.some((prefix) => p.startsWith(prefix)));
