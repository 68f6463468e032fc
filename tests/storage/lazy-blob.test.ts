// Start-up cost: the Blob SDK and @azure/identity are loaded only when STORAGE=blob (src/storage/
// create.ts imports the blob client on demand). Walks the static imports (what Node loads before
// main runs) from the entry point and checks neither package is among them.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Every static import or re-export (`import type` and `export type` are erased, so skipped). */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** Packages (bare specifiers) statically reachable from `entry`, with one importer each. */
function staticPackages(entry = join(ROOT, 'src/index.ts')): Map<string, string> {
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
  visit(entry);
  return packages;
}

describe('start-up imports', () => {
  it('load neither the Blob SDK nor @azure/identity (imported when STORAGE=blob)', () => {
    const packages = staticPackages();
    expect(packages.has('botbuilder-core')).toBe(true); // the walk does find packages
    expect(packages.get('@azure/storage-blob')).toBeUndefined();
    expect(packages.get('@azure/identity')).toBeUndefined();
  });
  it("take botbuilder's values from their own modules, not its index (the whole SDK)", () => {
    const packages = staticPackages();
    expect(packages.has('botbuilder/lib/cloudAdapter.js')).toBe(true);
    expect(packages.get('botbuilder')).toBeUndefined();
  });
});
