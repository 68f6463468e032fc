// Catalogue files validated by the build are not checked again at start-up (src/guidance/
// validated.ts): the catalogue loaded that way is the one a full check gives, and any file that
// differs from what the build checked — edited, broken, or changed by its own check — is checked.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CatalogueError } from '../../src/guidance/errors.js';
import {
  DEFAULT_CONTENT_DIR,
  loadCatalogue,
  validatedContentKeys,
} from '../../src/guidance/load.js';
import type { Entry } from '../../src/guidance/types.js';
import { readValidated, VALIDATED_FILE, writeValidated } from '../../src/guidance/validated.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the shipped catalogue with examples-risky.json changed by `mutate`. */
function copyWith(mutate: (entries: Entry[]) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'validated-'));
  dirs.push(dir);
  cpSync(DEFAULT_CONTENT_DIR, dir, { recursive: true });
  const file = join(dir, 'examples-risky.json');
  const entries = JSON.parse(readFileSync(file, 'utf8')) as Entry[];
  mutate(entries);
  writeFileSync(file, JSON.stringify(entries));
  return dir;
}

const shipped = new Set(validatedContentKeys());

describe('catalogue files validated by the build', () => {
  it('are every shipped file, and load to exactly the fully checked catalogue', () => {
    expect(shipped.size).toBe(11); // sections.json and the ten entry files
    expect(loadCatalogue(DEFAULT_CONTENT_DIR, shipped)).toEqual(
      loadCatalogue(DEFAULT_CONTENT_DIR, new Set()),
    );
  });

  it('do not cover an edited file: a broken one is still refused', () => {
    const dir = copyWith((es) => delete (es[0] as { fr?: unknown }).fr);
    expect(() => loadCatalogue(dir, shipped)).toThrow(CatalogueError);
    expect(() => validatedContentKeys(dir)).toThrow(CatalogueError);
  });

  it('leave out a file the check changes (a title with spaces around it is trimmed)', () => {
    const dir = copyWith((es) => {
      const en = es[0]!.en as { title: string };
      en.title = ` ${en.title} `;
    });
    const keys = new Set(validatedContentKeys(dir));
    expect(keys.size).toBe(10);
    const untrimmed = loadCatalogue(dir, keys).entries.filter((e) => /^\s|\s$/.test(e.en.title));
    expect(untrimmed).toEqual([]); // checked, so trimmed, as without the record
  });

  it('are read back as written; a missing record means everything is checked', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'validated-')), 'keys.json');
    dirs.push(file);
    writeValidated(file, [...shipped]);
    expect(readValidated(file)).toEqual(shipped);
    expect(readValidated(join(tmpdir(), 'no-such-dir', 'keys.json')).size).toBe(0);
    expect(existsSync(VALIDATED_FILE)).toBe(false); // from src/, nothing is skipped
  });
});
