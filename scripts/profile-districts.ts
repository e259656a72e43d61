/**
 * `npx tsx scripts/profile-districts.ts`: the boundary worker's pipeline on the bench's districts file, in Node,
 * stage by stage (median of a few runs), to see where a load's time goes without a browser. The file is the
 * bench's (dist-bench/app/bench/districts.geojson), written here first when the bench has not run yet.
 * Run with `node --cpu-prof --import tsx scripts/profile-districts.ts` for a profile to open in Chromium's DevTools.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkBoundaries } from '../src/byod/repair-crossings';
import { openBoundaries } from '../src/byod/formats/open-boundaries';
import { readBoundaries, readToDrawFirst } from '../src/byod/read-boundaries';
import { checkStructure } from '../src/byod/check-boundaries';
import { toRegionCollection } from '../src/byod/region-geometry';
import { packForMap } from '../src/byod/transfer';
import { ringCrossing } from '../src/geometry/crossing';
import { repairSelfCrossings } from '../src/geometry/repair';
import { untwistPolygon } from '../src/geometry/untwist';
import { chinaDistricts } from './bench-districts';
import { area } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { decodeBytes } from '../src/byod/decode';
import { labelPoint } from '../src/geometry/label';

const FILE = 'dist-bench/app/bench/districts.geojson';
const RUNS = Number(process.env.PROFILE_RUNS ?? 3);

if (!existsSync(FILE)) {
  mkdirSync(dirname(FILE), { recursive: true });
  writeFileSync(FILE, JSON.stringify(chinaDistricts()));
}
const bytes = new Uint8Array(readFileSync(FILE));

type Times = Record<string, number>;

/** CPU time of this process (all its threads) in ms: steadier than the wall clock on a machine others share. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function time<T>(times: Times, stage: string, run: () => T): T {
  const start = cpuMs();
  const result = run();
  times[stage] = (times[stage] ?? 0) + cpuMs() - start;
  return result;
}

/** One pass, each stage on its own: the same calls the worker makes, in its order. */
function stages(): Times {
  const times: Times = {};
  const decoded = time(times, 'decode (bytes to text)', () => decodeBytes(bytes, FILE));
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.issue));
  time(times, 'JSON.parse', () => JSON.parse(decoded.text));
  const opened = time(times, 'open (decode + JSON.parse)', () => openBoundaries(bytes, FILE));
  if (!opened.ok) throw new Error(JSON.stringify(opened.issue));
  time(times, 'checkStructure (every refusal, before drawing)', () => checkStructure(opened.data, FILE, 'code'));
  const first = time(times, 'readToDrawFirst (bytes to the first drawing)', () => readToDrawFirst(bytes, FILE, 'code'));
  if (first.ok) time(times, 'finishCheck (after the first drawing)', () => first.finishCheck());
  const checked = time(times, 'checkBoundaries (all, repairs included)', () =>
    checkBoundaries(opened.data, FILE, 'code'),
  );
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  // The check's two costly parts again, apart, on the file's own rings: finding crossings, and repairing.
  const raw = (opened.data as FeatureCollection<Polygon | MultiPolygon>).features.map((f) =>
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  );
  let rings = 0;
  time(times, '  crossing search, every ring', () => {
    for (const polygons of raw)
      for (const polygon of polygons)
        for (const ring of polygon) {
          rings++;
          ringCrossing(ring);
        }
  });
  const repairs = checked.warnings.filter((w) => w.code === 'selfCrossingRepaired' || w.code === 'selfCrossingKept');
  const flagged = new Set(repairs.map((w) => (w.place.kind === 'feature' ? w.place.feature - 1 : -1)));
  time(times, '  repairs (flagged features)', () => {
    for (const index of flagged) repairSelfCrossings(raw[index]!);
  });
  const features = checked.checked.features;
  time(times, '  areas (turf)', () => {
    for (const f of features) area({ type: 'MultiPolygon', coordinates: f.polygons });
  });
  time(times, '  label points', () => {
    for (const f of features) labelPoint(f.polygons, 1e-3);
  });
  const collection = time(times, 'areas + label points', () => toRegionCollection(checked.checked));
  time(times, 'pack for MapLibre (GeoJSON text)', () => packForMap(collection, 'geojson'));
  time(times, 'pack for the vector map (typed arrays)', () => packForMap(collection, 'packed'));
  time(times, 'readBoundaries, whole', () => readBoundaries(bytes, FILE, 'code'));
  times['rings'] = rings;
  times['repairs'] = repairs.length;
  times['polygons left to polyclip-ts'] = raw
    .filter((_, i) => flagged.has(i))
    .flat()
    .filter((polygon) => polygon.some((ring) => ringCrossing(ring)) && untwistPolygon(polygon) === null).length;
  return times;
}

// PROFILE_WHOLE=1: only the worker's call, as it runs in the browser (for --cpu-prof).
if (process.env.PROFILE_WHOLE) {
  for (let run = 0; run < RUNS; run++) {
    const start = cpuMs();
    const result = readBoundaries(bytes, FILE, 'code');
    console.log(`readBoundaries ${(cpuMs() - start).toFixed(0)} CPU ms`, result.ok ? result.timings : result);
  }
  process.exit(0);
}
const runs = Array.from({ length: RUNS }, stages);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`${FILE}: ${(bytes.length / 1e6).toFixed(1)} MB, ${RUNS} runs, median CPU ms per stage`);
for (const stage of Object.keys(runs[0]!))
  console.log(`${stage.padEnd(44)} ${median(runs.map((t) => t[stage]!)).toFixed(0)}`);
