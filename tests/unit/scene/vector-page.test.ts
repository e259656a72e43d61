/**
 * Text snapshots of the vector page (the SVG and PDF exports' document) per view and language, as Observable Plot
 * keeps its tests: the committed SVG is the expected page; open it in a browser to review a change.
 * `UPDATE=1 npx vitest run tests/unit/scene` rewrites them; a difference writes `<name>-actual.svg` beside the
 * snapshot and fails.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS, pageOf, VIEWS } from './pages';

const DIR = join(import.meta.dirname, 'snapshots');

describe('the vector page of each view and language matches its snapshot', () => {
  for (const view of VIEWS)
    for (const lang of LANGS)
      it(`${view}-${lang}`, () => {
        const svg = `${pageOf(view, lang).svg}\n`;
        const file = join(DIR, `${view}-${lang}.svg`);
        const actual = join(DIR, `${view}-${lang}-actual.svg`);
        if (process.env['UPDATE'] || !existsSync(file)) {
          mkdirSync(DIR, { recursive: true });
          writeFileSync(file, svg);
          rmSync(actual, { force: true });
          return;
        }
        if (svg === readFileSync(file, 'utf8')) {
          rmSync(actual, { force: true });
          return;
        }
        writeFileSync(actual, svg);
        expect.fail(`the ${view} page in ${lang} differs from ${file}: compare it with ${actual}`);
      });
});
