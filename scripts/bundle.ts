// `npm run build`'s last step: bundles the compiled server (dist/src/index.js, ~165 ES modules) with
// the pure-computation packages it uses (zod, pino, the stemmers, croner, p-throttle) into
// dist/bundle/index.js, the file production runs (`npm run start:prod`, infra/azure.bicep) and the
// benchmark measures. Fewer modules to resolve, read and compile one by one: about 0.2–0.3 s less
// CPU at start-up.
//
// The card templating engine (adaptivecards-templating with adaptive-expressions, antlr4ts and
// lodash: ~450 CommonJS modules, 1.4 MB bundled) is a second file, dist/bundle/template-engine.cjs,
// which src/cards/template-engine.ts loads on the first card that was not pre-rendered: not at
// start-up, where it cost about 0.2 s before the first answer.
//
// Everything else stays external, loaded by Node from node_modules at run time exactly as the tests
// load it: botbuilder (authentication, the Bot Connector client, msal, axios), restify, the Azure
// SDK (@azure/identity, @azure/storage-blob) — the code that talks to the network and to Azure,
// which no local run can exercise fully. A package is bundled only if it is listed in BUNDLED (or
// imported by one that is): a new dependency is external until someone decides otherwise.
//
// Our modules find their files from `import.meta.url` (card templates, catalogue and scenario
// content, support profiles): each one's `import.meta.url` is rewritten to the URL it has in
// dist/src/, so those paths resolve as they do when dist/src/index.js runs. Bundled CommonJS code
// gets a real `require` (createRequire) for Node built-ins. Whitespace and syntax are minified,
// identifiers are not (stack traces keep function names; dist/bundle/index.js.map maps lines back):
// V8 keeps every script's source in memory.
import { readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { ENGINE_MODULE } from '../src/cards/template-engine.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const COMPILED = join(ROOT, 'dist', 'src');
export const BUNDLE_DIR = join(ROOT, 'dist', 'bundle');

/** Packages our code imports that are bundled, with what they import in turn. */
export const BUNDLED = ['croner', 'p-throttle', 'pino', 'snowball-stemmers', 'zod'];

/** The templating engine, bundled on its own: src/cards/template-engine.ts loads it on demand. */
export const ENGINE_FILE = join(BUNDLE_DIR, 'template-engine.cjs');

const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const BUILTIN = new Set(builtinModules);
/** esbuild namespace of the external packages our code imports (see onlyListedPackages). */
const REQUIRED = 'required-package';

/**
 * Bare imports from our own code are external unless their package is in BUNDLED. An external
 * package is loaded with `require`, not `import`: they are CommonJS packages, and Node's ES-module
 * loader reads and lexes every file a CommonJS package re-exports to find its named exports (for
 * botbuilder, its whole tree) and keeps the result — measured, about 8 MB more resident memory than
 * `require`, which shares the CommonJS copies botbuilder loads itself.
 */
const onlyListedPackages: Plugin = {
  name: 'only-listed-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, ({ path, importer, namespace }) => {
      if (path.startsWith('node:') || BUILTIN.has(path)) return { path, external: true };
      if (namespace === REQUIRED) return { path, external: true };
      const fromOurCode = importer.startsWith(COMPILED + sep);
      if (fromOurCode && !BUNDLED.includes(packageOf(path))) return { path, namespace: REQUIRED };
      return undefined; // bundled: a listed package, or a dependency of one
    });
    b.onLoad({ filter: /.*/, namespace: REQUIRED }, ({ path }) => ({
      contents: `module.exports = require(${JSON.stringify(path)});`,
      loader: 'js',
      resolveDir: ROOT,
    }));
  },
};

/** Each compiled module of ours keeps its own dist/src URL as `import.meta.url`. */
const ownModuleUrls: Plugin = {
  name: 'own-module-urls',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async ({ path }) => {
      if (!path.startsWith(COMPILED + sep)) return undefined;
      const text = await readFile(path, 'utf8');
      if (!text.includes('import.meta.url')) return { contents: text, loader: 'js' };
      const url = `new URL(${JSON.stringify(relative(BUNDLE_DIR, path))}, import.meta.url).href`;
      return { contents: text.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
};

const BANNER = [
  "import { createRequire as __bundleRequire } from 'node:module';",
  "import { fileURLToPath as __bundlePath } from 'node:url';",
  'const require = __bundleRequire(import.meta.url);',
  'const __bundleFilename = __bundlePath(import.meta.url);',
  "const __bundleDirname = __bundlePath(new URL('.', import.meta.url));",
].join(' ');

export async function bundle(): Promise<void> {
  await rm(BUNDLE_DIR, { recursive: true, force: true }); // no stale chunks from an earlier build
  await build({
    entryPoints: [join(COMPILED, 'index.js')],
    outdir: BUNDLE_DIR,
    bundle: true,
    splitting: true, // what is imported on demand (the blob client) stays a separate chunk
    platform: 'node',
    format: 'esm',
    // No target: tsc already chose the language level (and esbuild's node20 table would rewrite
    // the matcher's \p{…} regular expressions as `new RegExp` calls).
    banner: { js: BANNER },
    define: { __dirname: '__bundleDirname', __filename: '__bundleFilename' },
    plugins: [onlyListedPackages, ownModuleUrls],
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
  await bundleTemplateEngine(ENGINE_FILE);
  for (const file of [join(BUNDLE_DIR, 'index.js'), ENGINE_FILE]) await checkOneByteSource(file);
}

/** The templating engine and everything it requires in one CommonJS file. */
export async function bundleTemplateEngine(outfile: string): Promise<void> {
  await build({
    entryPoints: [ENGINE_MODULE],
    absWorkingDir: ROOT,
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

/**
 * V8 keeps every script's source in memory, one byte per character only if all of it is Latin-1:
 * a single “ or œ in a regular expression (esbuild leaves those as they are) doubles the bundle's
 * resident source, about 2 MB. Such characters are written as \u escapes in src/; this keeps it so.
 */
async function checkOneByteSource(file: string): Promise<void> {
  const code = await readFile(file, 'utf8');
  const at = code.search(/[\u0100-\u{10ffff}]/u);
  if (at >= 0)
    throw new Error(
      `${relative(ROOT, file)} has a character past Latin-1 near ` +
        `${JSON.stringify(code.slice(Math.max(0, at - 60), at + 10))}: write it as a \\u escape in src/`,
    );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  bundle().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
