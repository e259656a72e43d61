/**
 * `npm run geo`: rebuilds public/geo/*.json from the ECharts 4.9.0 map data in node_modules.
 * All decisions live in geo/boundaries.ts; this file only reads, writes and reports.
 * A bad input ends with one line, `geo: <file>: feature <code> <name>: <problem>`, and exit code 1.
 *
 * Options (for tests and experiments; the defaults are the committed build):
 *   --china <file>  --zhejiang <file>  --out-dir <dir>   paths relative to the project root
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildBoundaries, serializeCollection, type BuiltLayer, type SourceFile } from './boundaries';
import { GeoInputError } from './errors';
import { PROVINCES_GZIP_BUDGET_BYTES, ZHEJIANG_CITIES_GZIP_BUDGET_BYTES, gzipBytes, utf8Bytes } from './budget';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PROVINCES_SOURCE = 'node_modules/echarts/map/json/china.json';
const CITIES_SOURCE = 'node_modules/echarts/map/json/province/zhejiang.json';
const OUTPUT_DIR = 'public/geo';
const PROVINCES_OUTPUT_NAME = 'provinces.json';
const CITIES_OUTPUT_NAME = 'zhejiang-cities.json';

function readSource(file: string): SourceFile {
  let text: string;
  try {
    text = readFileSync(resolve(ROOT, file), 'utf8');
  } catch (error) {
    throw new GeoInputError(file, `cannot read the file (${(error as Error).message}); is echarts@4.9.0 installed?`);
  }
  try {
    return { file, json: JSON.parse(text) };
  } catch (error) {
    throw new GeoInputError(file, `not valid JSON (${(error as Error).message})`);
  }
}

function formatKB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** Writes one layer and returns its size line; over budget is an error after writing, so the file can be inspected. */
function writeLayer(file: string, layer: BuiltLayer, budgetBytes: number): string {
  const text = serializeCollection(layer.collection);
  mkdirSync(dirname(resolve(ROOT, file)), { recursive: true });
  writeFileSync(resolve(ROOT, file), text);
  const gzip = gzipBytes(text);
  const polygons = layer.collection.features.reduce(
    (sum, f) => sum + (f.geometry.type === 'Polygon' ? 1 : f.geometry.coordinates.length),
    0,
  );
  const line =
    `${file}: ${layer.collection.features.length} features, ${polygons} polygons, ` +
    `${formatKB(utf8Bytes(text))} raw, ${formatKB(gzip)} gzip (budget ${formatKB(budgetBytes)})`;
  if (gzip > budgetBytes)
    throw new GeoInputError(file, `${formatKB(gzip)} gzip is over the ${formatKB(budgetBytes)} budget`);
  return line;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      china: { type: 'string', default: PROVINCES_SOURCE },
      zhejiang: { type: 'string', default: CITIES_SOURCE },
      'out-dir': { type: 'string', default: OUTPUT_DIR },
    },
  });
  const built = buildBoundaries({ provinces: readSource(values.china), cities: readSource(values.zhejiang) });
  for (const note of [...built.provinces.notes, ...built.cities.notes]) console.log(`geo: ${note}`);
  const outDir = values['out-dir'];
  console.log(`geo: ${writeLayer(join(outDir, PROVINCES_OUTPUT_NAME), built.provinces, PROVINCES_GZIP_BUDGET_BYTES)}`);
  console.log(`geo: ${writeLayer(join(outDir, CITIES_OUTPUT_NAME), built.cities, ZHEJIANG_CITIES_GZIP_BUDGET_BYTES)}`);
}

try {
  main();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`geo: ${message}`);
  // A GeoInputError says everything; anything else is a bug, so keep its stack for the developer.
  if (!(error instanceof GeoInputError) && error instanceof Error && error.stack) console.error(error.stack);
  process.exit(1);
}
