// Start-up cost: the Blob SDK and @azure/identity are loaded only when STORAGE=blob (src/storage/
// create.ts imports the blob client on demand). Walks the static imports (what Node loads before
// main runs) from the entry point and checks neither package is among them.
import { describe, expect, it } from 'vitest';
import { staticPackages } from '../helpers/static-imports.js';

describe('start-up imports', () => {
  it('load neither the Blob SDK nor @azure/identity (imported when STORAGE=blob)', () => {
    const packages = staticPackages();
    expect(packages.has('restify')).toBe(true); // the walk does find packages
    expect(packages.get('@azure/storage-blob')).toBeUndefined();
    expect(packages.get('@azure/identity')).toBeUndefined();
  });
});
