import type { Bounds, RegionCollection } from '../data/boundaries';
import type { ByodHost, LoadSource } from './host';
import type { Choropleth } from '../scale/choropleth';
import { AT_FILE, issue, type Issue, type Note, type Warning } from './issues';
import { MAX_BOUNDARY_BYTES, MAX_METRICS_BYTES, megabytes } from './limits';
import { emptyChoropleth } from './read-metrics';
import { type MetricsFileOptions, readMetricsFile } from './formats/read-table-metrics';
import type { BoundaryRequest, BoundaryResponse } from './boundary-worker';
import type { JoinTarget } from './join-user';
import { refusedReport, shownReport } from './report-view';
import { isBoundaryName, looksLikeGeoJsonStart, ROLE_SNIFF_BYTES, roleOf } from './formats/role';
import type { LoadTimings } from '../test-surface';

type Role = 'metrics' | 'boundaries';

let sequence = 0;
/** What was repaired in the boundaries on the map, still worth saying when metrics are joined to them. */
let shownBoundaryWarnings: readonly Warning[] = [];
/** The boundary file on the map: figures joined to its areas credit it as their boundaries. */
let shownBoundaryFile = '';

/**
 * Loads each source in turn (boundaries before metrics, so a drop of both works), checking each
 * completely before the map is touched: a refused file leaves the map as it was.
 */
export async function loadSources(
  host: ByodHost,
  sources: readonly LoadSource[],
  options: MetricsFileOptions = {},
): Promise<void> {
  const ticket = ++sequence;
  const ordered = [...sources].sort((a, b) => rank(a) - rank(b));
  for (const source of ordered) {
    if (ticket !== sequence) return;
    const ok = await loadSource(host, source, ticket, options);
    if (!ok) return;
  }
}

function rank(source: LoadSource): number {
  if (source.kind === 'link') return source.role === 'boundaries' ? 0 : 1;
  return isBoundaryName(source.file.name) ? 0 : 1;
}

async function loadSource(
  host: ByodHost,
  source: LoadSource,
  ticket: number,
  options: MetricsFileOptions,
): Promise<boolean> {
  const file = source.kind === 'file' ? source.file.name : source.path;
  const started = performance.now();
  host.report.busy(file);
  const read = await readSource(source);
  if (ticket !== sequence) return false;
  if ('issue' in read) return refuse(host, [read.issue], []);
  const readMs = performance.now() - started;

  if (read.role === 'boundaries') {
    const key = source.kind === 'link' ? source.key : host.store.state.key;
    const result = await checkInWorker(read.bytes, file, key);
    if (ticket !== sequence) return false;
    if (!result.ok) return refuse(host, result.issues, result.notes);
    const workerMs = performance.now() - started - readMs;
    await styleLoaded(host);
    // The link no longer describes what is shown once a picked or dropped file replaces it.
    if (source.kind === 'file' && host.store.state.boundaries) host.store.update({ boundaries: null });
    const applying = performance.now();
    const report = showBoundaries(
      host,
      result.collection,
      result.bounds,
      file,
      result.key,
      result.notes,
      result.warnings,
    );
    shownBoundaryWarnings = result.warnings;
    shownBoundaryFile = file;
    const drawing = performance.now();
    await drawn(host);
    host.report.show('shown', report);
    const end = performance.now();
    record({
      file,
      role: 'boundaries',
      readMs,
      workerMs,
      ...result.timings,
      applyMs: drawing - applying,
      drawMs: end - drawing,
      totalMs: end - started,
    });
    return true;
  }

  const parsing = performance.now();
  const result = await readMetricsFile(read.bytes, file, joinTargets(host), options);
  const parseMs = performance.now() - parsing;
  if (ticket !== sequence) return false;
  if (!result.ok) return refuse(host, result.issues, result.notes);
  if (source.kind === 'file' && host.store.state.data) host.store.update({ data: null });
  const level = result.choropleth.level;
  const view = host.store.state.view;
  if (level === 'province' && view !== 'china') host.store.update({ view: 'china' });
  if (level === 'city' && view === 'china') host.store.update({ view: 'zhejiang' });
  await styleLoaded(host);
  const applying = performance.now();
  host.showUserData(
    onBoundaries(result.choropleth, level),
    result.table?.alternatives?.map((c) => onBoundaries(c, level)),
  );
  if (level === 'custom') host.view.fitCustomBoundaries(false);
  const drawing = performance.now();
  await drawn(host);
  host.report.show(
    'shown',
    shownReport({
      file,
      choropleth: result.choropleth,
      join: result.join,
      notes: result.notes,
      warnings: level === 'custom' ? shownBoundaryWarnings : [],
      // Two columns name different regions: the report asks which, and loads the file again with the pick.
      regionPicker: result.table?.shape.regionChoices.length
        ? {
            choices: result.table.shape.regionChoices,
            chosen: result.table.shape.regionColumn,
            pick: (regionColumn) => void loadSources(host, [source], { regionColumn }),
          }
        : undefined,
    }),
  );
  const end = performance.now();
  record({
    file,
    role: 'metrics',
    readMs,
    parseMs,
    applyMs: drawing - applying,
    drawMs: end - drawing,
    totalMs: end - started,
  });
  return true;
}

function showBoundaries(
  host: ByodHost,
  collection: RegionCollection,
  bounds: Bounds,
  file: string,
  key: string,
  notes: Note[],
  warnings: Warning[],
) {
  host.view.showCustomBoundaries(collection, bounds);
  const choropleth = emptyChoropleth(file);
  host.showUserData(choropleth);
  return shownReport({
    file,
    choropleth,
    join: null,
    notes: [...notes, { code: 'boundariesWithoutMetrics', params: { key } }],
    warnings,
    features: collection.features.length,
  });
}

function onBoundaries(choropleth: Choropleth, level: string): Choropleth {
  if (level !== 'custom' || choropleth.metric.id !== 'user') return choropleth;
  return { ...choropleth, metric: { ...choropleth.metric, boundaries: shownBoundaryFile } };
}

function styleLoaded(host: ByodHost): Promise<void> {
  return host.view.whenStyleReady();
}

/** The regions a metrics file may name: loaded boundaries first, then the built-in provinces and cities. */
function joinTargets(host: ByodHost): JoinTarget[] {
  const custom = host.view.regionsAt('custom');
  const targets: JoinTarget[] = [
    { level: 'province', regions: host.view.regionsAt('province') },
    { level: 'city', regions: host.view.regionsAt('city') },
  ];
  return custom.length ? [{ level: 'custom', regions: custom }, ...targets] : targets;
}

function refuse(host: ByodHost, issues: Issue[], notes: Note[]): false {
  host.report.show('refused', refusedReport(issues, notes));
  return false;
}

type Read = { role: Role; bytes: Uint8Array } | { issue: Issue };

async function readSource(source: LoadSource): Promise<Read> {
  if (source.kind === 'file') {
    const role = await roleOfFile(source.file);
    const limit = role === 'boundaries' ? MAX_BOUNDARY_BYTES : MAX_METRICS_BYTES;
    // A file far too large is refused before it is read into memory.
    if (source.file.size > limit)
      return {
        issue: issue('tooLarge', source.file.name, AT_FILE, {
          size: megabytes(source.file.size),
          limit: megabytes(limit),
        }),
      };
    return { role, bytes: new Uint8Array(await source.file.arrayBuffer()) };
  }
  const limit = source.role === 'boundaries' ? MAX_BOUNDARY_BYTES : MAX_METRICS_BYTES;
  const fetched = await fetchLimited(source.path, limit);
  if ('issue' in fetched) return fetched;
  const role = source.role === 'metrics' && looksLikeGeoJsonStart(fetched.bytes) ? 'boundaries' : source.role;
  return { role, bytes: fetched.bytes };
}

/** Boundaries (GeoJSON, TopoJSON, a zipped shapefile) or metrics, by the name and the file's first bytes. */
async function roleOfFile(file: File): Promise<Role> {
  return roleOf(file.name, new Uint8Array(await file.slice(0, ROLE_SNIFF_BYTES).arrayBuffer()));
}

async function fetchLimited(path: string, limit: number): Promise<{ bytes: Uint8Array } | { issue: Issue }> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch (error) {
    return {
      issue: issue('fetchFailed', path, AT_FILE, { detail: error instanceof Error ? error.message : String(error) }),
    };
  }
  if (!response.ok)
    return { issue: issue('httpError', path, AT_FILE, { status: response.status, statusText: response.statusText }) };
  if ((response.headers.get('content-type') ?? '').includes('text/html'))
    return { issue: issue('webPage', path, AT_FILE) };
  const declared = Number(response.headers.get('content-length') ?? 'NaN');
  if (declared > limit)
    return { issue: issue('tooLarge', path, AT_FILE, { size: megabytes(declared), limit: megabytes(limit) }) };
  const reader = response.body?.getReader();
  if (!reader) return { bytes: new Uint8Array(await response.arrayBuffer()) };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return { issue: issue('tooLarge', path, AT_FILE, { size: `> ${megabytes(limit)}`, limit: megabytes(limit) }) };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes };
}

let worker: Worker | null = null;
let requests = 0;

function checkInWorker(bytes: Uint8Array, file: string, key: string | null): Promise<BoundaryResponse> {
  worker ??= new Worker(new URL('./boundary-worker.ts', import.meta.url), { type: 'module' });
  const id = ++requests;
  const active = worker;
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent<BoundaryResponse>) => {
      if (event.data.id !== id) return;
      active.removeEventListener('message', onMessage);
      active.removeEventListener('error', onError);
      resolve(event.data);
    };
    const onError = (event: ErrorEvent) => {
      active.removeEventListener('message', onMessage);
      active.removeEventListener('error', onError);
      worker = null;
      resolve({ id, ok: false, issues: [issue('unexpected', file, AT_FILE, { detail: event.message })], notes: [] });
    };
    active.addEventListener('message', onMessage);
    active.addEventListener('error', onError);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const request: BoundaryRequest = { id, bytes: buffer, file, key };
    active.postMessage(request, [buffer]);
  });
}

/** Resolves once MapLibre has drawn the change. */
function drawn(host: ByodHost): Promise<void> {
  const map = host.view.map;
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

function record(timings: LoadTimings): void {
  window.__byodTimings ??= [];
  window.__byodTimings.push(timings);
  performance.mark('byod-shown', { detail: timings });
}
