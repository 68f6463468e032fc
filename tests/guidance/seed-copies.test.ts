// The repository's copies of the source texts (tests/fixtures/seeds) are the sources themselves:
// where ../shared/seeds exists (the project's machines), they must be byte for byte the same.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SHARED = new URL('../../../shared/seeds/', import.meta.url);
const COPIES = new URL('../fixtures/seeds/', import.meta.url);
const FILES = [
  'guidance-personal-use-of-social-media.txt',
  'justice-social-media-reminder-en-fr.txt',
];

describe.runIf(existsSync(SHARED))('the copies of the source texts', () => {
  it.each(FILES)('%s is the shared seed, unchanged', (file) => {
    expect(readFileSync(new URL(file, COPIES), 'utf8')).toBe(
      readFileSync(new URL(file, SHARED), 'utf8'),
    );
  });
});
