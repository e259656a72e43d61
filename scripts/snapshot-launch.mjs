/**
 * `npm run snapshot`: scripts/snapshot.ts run as plain JavaScript, bundled by esbuild (the compiler tsx itself uses)
 * into .cache/snapshot.mjs and bundled again whenever a script, a source file or package.json is newer. Run through
 * tsx, its loader hooks on each of the hundreds of modules Playwright loads cost about 1 s of CPU on every run
 * (docs/export.md). `npx tsx scripts/snapshot.ts` runs the same command from its source.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const BUNDLE = join(ROOT, '.cache', 'snapshot.mjs');
const INPUTS = ['scripts', 'src', 'package.json'];

/** @param {string} path @returns {number} */
function newestMtimeMs(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestMtimeMs(join(path, name))));
}

const bundled = existsSync(BUNDLE) ? statSync(BUNDLE).mtimeMs : 0;
if (bundled < Math.max(...INPUTS.map((p) => newestMtimeMs(join(ROOT, p))))) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(ROOT, 'scripts', 'snapshot.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    // Playwright and the other packages load from node_modules as they are; only our TypeScript is compiled.
    packages: 'external',
    write: false,
    outfile: BUNDLE,
    logLevel: 'warning',
  });
  mkdirSync(dirname(BUNDLE), { recursive: true });
  // Written aside and renamed, so a second command started meanwhile never imports half a file.
  const partial = `${BUNDLE}.${process.pid}.tmp`;
  writeFileSync(partial, result.outputFiles[0].contents);
  renameSync(partial, BUNDLE);
}
await import(pathToFileURL(BUNDLE).href);
