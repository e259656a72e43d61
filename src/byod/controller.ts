import type { LoadedBoundaries } from '../map/surface';
import type { ByodHost, LoadSource } from './host';
import type { Choropleth } from '../scale/choropleth';
import { AT_FILE, issue, type Issue, type Note, type Warning } from './issues';
import { MAX_BOUNDARY_BYTES, MAX_METRICS_BYTES, megabytes } from './limits';
import { emptyChoropleth, withChoropleths } from './user-choropleth';
import type { MetricsFileOptions } from './formats/read-table-metrics';
import { checkInWorker, readMetricsInWorker, type WorkerResult } from './worker-client';
import { claimEarlyCheck, type EarlyCheck } from './early-start';
import type { StageListener } from './progress';
import type { JoinTarget } from './join-user';
import { cancelledReport, refusedReport, shownReport } from './report-view';
import { fetchLimited } from './fetch-limited';
import { isBoundaryName, looksLikeGeoJsonStart, ROLE_SNIFF_BYTES, roleOf } from './formats/role';
import type { LoadTimings } from '../test-surface';
import type { ShapesForMap } from './transfer';
import { cancelCheck, checkSettled, followCheck } from './background-check';

type Role = 'metrics' | 'boundaries';

let sequence = 0;
/** What was repaired in the boundaries on the map, still worth saying when metrics are joined to them. */
let shownBoundaryWarnings: readonly Warning[] = [];
/** The boundary file on the map: figures joined to its areas credit it as their boundaries. */
let shownBoundaryFile = '';
let running: AbortController | null = null;
/** The blob: URL of the loaded shapes on the map. */
let shownUrl: string | null = null;

/** The reader's Cancel: the load under way stops before the map is touched, and the report says so. */
export function cancelLoad(): void {
  running?.abort('cancelled');
}

/**
 * Loads each source in turn (boundaries before metrics, so a drop of both works), checking each
 * completely before the map is touched: a refused file leaves the map as it was, and so does one
 * cancelled before it is drawn: its fetch is aborted and its worker ended. A new load stops the last.
 */
export async function loadSources(
  host: ByodHost,
  sources: readonly LoadSource[],
  options: MetricsFileOptions = {},
): Promise<void> {
  running?.abort('replaced');
  const load = new AbortController();
  running = load;
  const ticket = ++sequence;
  let file = '';
  load.signal.addEventListener('abort', () => {
    if (ticket === sequence) sequence++;
    if (load.signal.reason === 'cancelled') host.report.show('cancelled', cancelledReport(file));
  });
  const ordered = [...sources].sort((a, b) => rank(a) - rank(b));
  // The link's boundary file may be read and checked already (early-start.ts); any other load ends that check.
  const early = claimEarlyCheck(ordered[0], host.map.loadedShapes);
  try {
    for (const source of ordered) {
      if (ticket !== sequence) return;
      file = source.kind === 'file' ? source.file.name : source.path;
      const taken = source === ordered[0] ? early : null;
      if (!(await loadSource(host, source, ticket, options, load.signal, taken))) return;
    }
  } finally {
    if (running === load) running = null;
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
  signal: AbortSignal,
  early: EarlyCheck | null,
): Promise<boolean> {
  const file = source.kind === 'file' ? source.file.name : source.path;
  let started = performance.now();
  const progress: StageListener = (stage, fraction) => {
    if (ticket === sequence) host.report.progress(file, stage, fraction);
  };
  progress('reading', null);
  const read = early
    ? await earlyRead(early, signal, progress)
    : await readSource(source, signal, (fraction) => progress('reading', fraction));
  if (ticket !== sequence) return false;
  if ('issue' in read) return refuse(host, [read.issue], []);
  // An early check's times are its own, from the page's start.
  if ('checked' in read) started = read.started;
  const readMs = 'checked' in read ? read.readMs : performance.now() - started;

  if (read.role === 'boundaries') {
    const key = source.kind === 'link' ? source.key : host.store.state.key;
    const result =
      'checked' in read
        ? read.checked
        : await checkInWorker(read.bytes, file, key, host.map.loadedShapes, signal, progress);
    if (ticket !== sequence || result === 'cancelled') return false;
    if (!result.ok) return refuse(host, result.issues, result.notes);
    const workerMs = 'checked' in read ? read.workerMs : performance.now() - started - readMs;
    await styleLoaded(host);
    if (ticket !== sequence) {
      result.later?.cancel();
      return false;
    }
    // From here the map changes: the bar says so and offers no Cancel.
    progress('drawing', null);
    // The boundaries on the map are replaced: their check, if still under way, is of no more use.
    cancelCheck();
    // The link no longer describes what is shown once a picked or dropped file replaces it.
    if (source.kind === 'file' && host.store.state.boundaries) host.store.update({ boundaries: null });
    const applying = performance.now();
    const choropleth = showBoundaries(
      host,
      {
        shapes: drawableShapes(result.shapes),
        regions: result.regions,
        bounds: result.bounds,
      },
      file,
    );
    const reportWith = (notes: Note[], warnings: readonly Warning[]) =>
      boundariesReport(file, choropleth, result.key, notes, warnings, result.regions.length);
    const checkingNote: Note[] = result.later ? [{ code: 'checkingCrossings', params: {} }] : [];
    shownBoundaryWarnings = result.warnings;
    shownBoundaryFile = file;
    const drawing = performance.now();
    await drawn(host);
    host.report.show('shown', reportWith([...result.notes, ...checkingNote], result.warnings));
    const end = performance.now();
    const timings: LoadTimings = {
      file,
      role: 'boundaries',
      readMs,
      workerMs,
      ...result.timings,
      applyMs: drawing - applying,
      drawMs: end - drawing,
      totalMs: end - started,
    };
    record(timings);
    if (result.later)
      followCheck({
        later: result.later,
        map: host.map,
        drawable: drawableShapes,
        finished: (answer) => {
          if (answer.ok) shownBoundaryWarnings = answer.warnings;
          if (answer.ok) Object.assign(timings, { ...answer.timings, checkedMs: performance.now() - started });
          if (ticket !== sequence) return; // a load begun since reports for itself (its figures list these repairs)
          const report = reportWith(answer.ok ? result.notes : [...result.notes, answer.note], shownBoundaryWarnings);
          // Repairs and a failed check reopen a closed report (show); nothing found leaves it closed (update).
          if (answer.ok && answer.repaired === 0) host.report.update(report);
          else host.report.show('shown', report);
        },
      });
    return true;
  }

  // Figures joined to loaded areas need their checked areas: a check under way ends first.
  await checkSettled();
  if (ticket !== sequence) return false;
  progress('checking', null);
  const parsing = performance.now();
  // Marks a test reads to count the page's frames drawn while the worker parses.
  performance.mark('byod-parse-start');
  const reading = await readMetricsInWorker(read.bytes, file, joinTargets(host), options, signal, progress);
  performance.mark('byod-parse-end');
  const parseMs = performance.now() - parsing;
  if (ticket !== sequence || reading === 'cancelled') return false;
  const result = withChoropleths(reading, file);
  if (!result.ok) return refuse(host, result.issues, result.notes);
  if (source.kind === 'file' && host.store.state.data) host.store.update({ data: null });
  const level = result.choropleth.level;
  const view = host.store.state.view;
  if (level === 'province' && view !== 'china') host.store.update({ view: 'china' });
  if (level === 'city' && view === 'china') host.store.update({ view: 'zhejiang' });
  await styleLoaded(host);
  if (ticket !== sequence) return false;
  progress('drawing', null);
  const applying = performance.now();
  host.showUserData(
    onBoundaries(result.choropleth, level),
    result.table?.alternatives?.map((c) => onBoundaries(c, level)),
  );
  if (level === 'custom') host.map.fitCustomBoundaries(false);
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
            pick: (regionColumn) => void loadSources(host, [source], { ...options, regionColumn }),
          }
        : undefined,
      // A workbook with several tables: the report offers its other sheets (a new sheet, a new region column).
      sheetPicker: result.table?.sheets.length
        ? {
            choices: result.table.sheets,
            chosen: result.table.sheet ?? '',
            pick: (sheet) => void loadSources(host, [source], { sheet }),
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

/** The worker's GeoJSON text as a URL MapLibre's worker fetches and parses itself; the one it replaces is let go. */
function drawableUrl(drawable: ArrayBuffer): string {
  if (shownUrl) URL.revokeObjectURL(shownUrl);
  shownUrl = URL.createObjectURL(new Blob([drawable], { type: 'application/geo+json' }));
  return shownUrl;
}

/** The worker's shapes as the map takes them: packed arrays as they are, GeoJSON text behind a blob: URL. */
function drawableShapes(shapes: ShapesForMap): LoadedBoundaries['shapes'] {
  return shapes.kind === 'geojson' ? { kind: 'geojson', url: drawableUrl(shapes.text) } : shapes;
}

/** Draws loaded boundaries with no figures yet: the choropleth that colours them all as "no data". */
function showBoundaries(host: ByodHost, drawn: LoadedBoundaries, file: string): Choropleth {
  host.map.showCustomBoundaries(drawn);
  const choropleth = emptyChoropleth(file);
  host.showUserData(choropleth);
  return choropleth;
}

function boundariesReport(
  file: string,
  choropleth: Choropleth,
  key: string,
  notes: Note[],
  warnings: readonly Warning[],
  features: number,
) {
  return shownReport({
    file,
    choropleth,
    join: null,
    notes: [...notes, { code: 'boundariesWithoutMetrics', params: { key } }],
    warnings,
    features,
  });
}

function onBoundaries(choropleth: Choropleth, level: string): Choropleth {
  if (level !== 'custom' || choropleth.metric.id !== 'user') return choropleth;
  return { ...choropleth, metric: { ...choropleth.metric, boundaries: shownBoundaryFile } };
}

function styleLoaded(host: ByodHost): Promise<void> {
  return host.map.whenStyleReady();
}

/** The regions a metrics file may name: loaded boundaries first, then the built-in provinces and cities. */
function joinTargets(host: ByodHost): JoinTarget[] {
  const custom = host.map.regionsAt('custom');
  const targets: JoinTarget[] = [
    { level: 'province', regions: host.map.regionsAt('province') },
    { level: 'city', regions: host.map.regionsAt('city') },
  ];
  return custom.length ? [{ level: 'custom', regions: custom }, ...targets] : targets;
}

function refuse(host: ByodHost, issues: Issue[], notes: Note[]): false {
  host.report.show('refused', refusedReport(issues, notes));
  return false;
}

type Read =
  | { role: Role; bytes: Uint8Array }
  | { role: 'boundaries'; checked: WorkerResult | 'cancelled'; readMs: number; workerMs: number; started: number }
  | { issue: Issue };

/** The early check's outcome, its progress told from now on; the reader's Cancel ends it. */
async function earlyRead(early: EarlyCheck, signal: AbortSignal, progress: StageListener): Promise<Read> {
  early.follow(progress);
  const onAbort = () => early.abort();
  if (signal.aborted) onAbort();
  signal.addEventListener('abort', onAbort);
  const { result, ...times } = await early.outcome;
  signal.removeEventListener('abort', onAbort);
  return { role: 'boundaries', checked: result, ...times };
}

async function readSource(
  source: LoadSource,
  signal: AbortSignal,
  progress: (fraction: number | null) => void,
): Promise<Read> {
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
  const fetched = await fetchLimited(source.path, limit, signal, progress);
  if ('issue' in fetched) return fetched;
  const role = source.role === 'metrics' && looksLikeGeoJsonStart(fetched.bytes) ? 'boundaries' : source.role;
  return { role, bytes: fetched.bytes };
}

/** Boundaries (GeoJSON, TopoJSON, a zipped shapefile) or metrics, by the name and the file's first bytes. */
async function roleOfFile(file: File): Promise<Role> {
  return roleOf(file.name, new Uint8Array(await file.slice(0, ROLE_SNIFF_BYTES).arrayBuffer()));
}

/** Resolves once the map has drawn the change. */
function drawn(host: ByodHost): Promise<void> {
  return host.map.whenDrawn();
}

function record(timings: LoadTimings): void {
  window.__byodTimings ??= [];
  window.__byodTimings.push(timings);
  performance.mark('byod-shown', { detail: timings });
}
