// `npm run build`'s step after compiling: validates the catalogue with the same code the build
// compiled (a problem fails the build) and records its files by content in
// dist/validated-content.json, so the built bot does not check them again at start-up
// (src/guidance/validated.ts explains why a file edited after the build is still checked).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { validatedContentKeys } from '../src/guidance/load.js';
import { writeValidated } from '../src/guidance/validated.js';

/** Where dist/src/guidance/validated.js looks (its VALIDATED_FILE; from src/ it is elsewhere). */
const DIST_FILE = fileURLToPath(new URL('../dist/validated-content.json', import.meta.url));

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const compiled = new URL('../dist/src/guidance/validated.js', import.meta.url).href;
  const { VALIDATED_FILE } = (await import(compiled)) as { VALIDATED_FILE: string };
  if (VALIDATED_FILE !== DIST_FILE)
    throw new Error(`dist/src reads validated content from ${VALIDATED_FILE}, not ${DIST_FILE}`);
  const keys = validatedContentKeys();
  writeValidated(DIST_FILE, keys);
  console.log(`Recorded ${keys.length} validated catalogue files in ${DIST_FILE}`);
}
