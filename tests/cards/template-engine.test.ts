// The templating engine is loaded on the first card that was not pre-rendered, not at start-up
// (src/cards/template-engine.ts), and its one-file build (scripts/bundle.ts), which the built bot
// loads, expands every template's samples exactly as the package does.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTemplate, samplePath, TEMPLATE_NAMES } from '../../src/cards/render.js';
import {
  ENGINE_FILE,
  ENGINE_MODULE,
  loadTemplateEngine,
  templateEngine,
  type TemplateEngine,
} from '../../src/cards/template-engine.js';
import { bundleTemplateEngine } from '../../scripts/bundle.js';
import { named, staticPackages } from '../helpers/static-imports.js';

const dir = mkdtempSync(join(tmpdir(), 'template-engine-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the templating engine', () => {
  it('is not among the packages loaded at start-up', () => {
    const packages = staticPackages();
    expect(packages.has('restify')).toBe(true); // the walk does find packages
    expect(named(packages, 'adaptivecards-templating', 'adaptive-expressions')).toEqual([]);
  });

  it('comes from the package when no one-file build sits beside the code (src/)', () => {
    expect(existsSync(ENGINE_FILE)).toBe(false);
    expect(templateEngine()).toBe(createRequire(import.meta.url)(ENGINE_MODULE));
  });

  it('built into one file, expands every template sample as the package does', async () => {
    const file = join(dir, 'template-engine.cjs');
    await bundleTemplateEngine(file);
    const built = loadTemplateEngine(file);
    expect(built).not.toBe(templateEngine());
    const expand = (engine: TemplateEngine, name: (typeof TEMPLATE_NAMES)[number], data: object) =>
      new engine.Template(loadTemplate(name)).expand({ $root: data }) as unknown;
    for (const name of TEMPLATE_NAMES)
      for (const lang of ['en', 'fr'] as const) {
        const data = JSON.parse(readFileSync(samplePath(name, lang), 'utf8')) as object;
        const card = expand(built, name, data);
        expect(JSON.stringify(card)).not.toContain('${');
        expect(card).toEqual(expand(templateEngine(), name, data));
      }
  });
});
