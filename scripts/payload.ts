import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type PayloadPart = 'maplibre' | 'appJs' | 'css' | 'data' | 'html';

/** What the default view downloads, gzip bytes by part, read from the build's manifest. */
export interface Payload {
  files: { file: string; part: PayloadPart; gzipBytes: number }[];
  gzipBytes: Record<PayloadPart, number>;
  /** Everything the app adds on top of MapLibre itself: app JS, app CSS, HTML and boundary data. */
  appAddsGzipBytes: number;
}

interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** The first view's boundary files, as index.html preloads them. */
export const DATA_FILES = ['geo/provinces.json', 'geo/zhejiang-cities.json'];

/**
 * What the app imports dynamically but unconditionally at start, so that it does not hold up the first paint: the
 * figures panel and `auto`'s vector map, shown first on every machine (one chunk, FIRST_VIEW_CHUNK), and the
 * hand-over to MapLibre that follows on a GPU (src/ui/settle-auto.ts). MapLibre's own chunk is counted above: the
 * budget is a GPU's first view.
 */
export const FIRST_VIEW_CHUNK = 'first-view';
export const STARTUP_DYNAMIC_IMPORTS = ['src/ui/hand-over.ts'];

/**
 * The modules of FIRST_VIEW_CHUNK (vite.config.ts): the figures panel and its time line, the vector map and the
 * popups and scale bar it shares with MapLibre's page. One file instead of seven: over HTTP/1.1's six connections a
 * host the first view's fifteen requests took three rounds (issue 23), and one chunk is 1.4 KB gzip smaller.
 */
export const FIRST_VIEW_MODULES =
  /[\\/]src[\\/](story[\\/](figures-panel|timeline)|ui[\\/]start-vector-map|vector[\\/]|map[\\/](popup|popup-content|popup-frame|scale-bar)\.ts$)/;

export function isMaplibreFile(file: string): boolean {
  return /(^|\/)maplibre[-.]/.test(file);
}

export function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** Follows the entry's static imports, and MapLibre's dynamic one: lazily loaded chunks (kiosk, export, your data) are not in the first view. */
export function firstViewFiles(manifest: Record<string, ManifestChunk>): string[] {
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
  if (!entry) throw new Error('payload: the build manifest has no entry chunk');
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry[0]);
  // MapLibre's code is imported dynamically (the first paint draws before it is parsed), yet every first view loads it.
  for (const [key, chunk] of Object.entries(manifest))
    if (isMaplibreFile(chunk.file) && chunk.file.endsWith('.js')) visit(key);
  // Imported dynamically too, yet fetched by every start (src/app.ts): what loads for the first screen counts.
  const firstView = Object.entries(manifest).find(([, chunk]) => chunk.name === FIRST_VIEW_CHUNK);
  if (!firstView)
    throw new Error(`payload: the build manifest has no "${FIRST_VIEW_CHUNK}" chunk, which every start loads`);
  visit(firstView[0]);
  for (const key of STARTUP_DYNAMIC_IMPORTS) {
    if (!manifest[key]) throw new Error(`payload: the build manifest has no "${key}", which the app imports at start`);
    visit(key);
  }
  return [...files];
}

export function measurePayload(distDir: string): Payload {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const worker = Object.values(manifest).find((c) => c.file.includes('maplibre-gl-worker'))?.file;
  const files: Payload['files'] = [];
  const add = (file: string, part: PayloadPart) => files.push({ file, part, gzipBytes: gzipSize(join(distDir, file)) });
  add('index.html', 'html');
  for (const file of firstViewFiles(manifest)) {
    const part: PayloadPart = isMaplibreFile(file) ? 'maplibre' : file.endsWith('.css') ? 'css' : 'appJs';
    add(file, part);
  }
  if (worker) add(worker, 'maplibre');
  for (const file of DATA_FILES) add(file, 'data');
  const gzipBytes: Record<PayloadPart, number> = { maplibre: 0, appJs: 0, css: 0, data: 0, html: 0 };
  for (const f of files) gzipBytes[f.part] += f.gzipBytes;
  return { files, gzipBytes, appAddsGzipBytes: gzipBytes.appJs + gzipBytes.css + gzipBytes.data + gzipBytes.html };
}
