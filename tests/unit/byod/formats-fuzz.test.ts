import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionCollection } from '../../../src/data/boundaries';
import { regionsOf } from '../../../src/data/boundaries';
import { ISSUE_CODES } from '../../../src/byod/issues';
import type { JoinTarget } from '../../../src/byod/join-user';
import { readBoundaries } from '../../../src/byod/read-boundaries';
import { readMetricsFile } from '../../../src/byod/user-choropleth';
import { encodeGbk } from '../../fixtures/formats/build';
import { askMetricsWorker } from './metrics-worker-shell';

/**
 * Issue 24, item 8: real fixtures of every format, mutated. Every outcome is a drawing or a refusal with a
 * known code naming the file; never a throw, never "unexpected", never slow. Failing inputs found by this test
 * are kept in tests/fixtures/formats/fuzz/ and replayed first.
 */
const dir = join(process.cwd(), 'tests/fixtures/formats');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const load = (file: string) => JSON.parse(readFileSync(`public/geo/${file}`, 'utf8')) as RegionCollection;
const TARGETS: JoinTarget[] = [
  { level: 'province', regions: regionsOf(load('provinces.json')) },
  { level: 'city', regions: regionsOf(load('zhejiang-cities.json')) },
];
const BOUNDARIES = ['yangtze-delta.topojson', 'yangtze-delta-shp.zip', 'yangtze-delta.geojson'];
// Kept as it was when the seeds below were found: a seed replays its failure only with the same choices.
const METRICS = ['nbs-province-population.csv', 'province-population.xlsx'];
const WORKER_METRICS = [...METRICS, 'two-tables.xlsx'];
// A slow answer is a frozen page for the reader; these files are small, so a second is generous.
const MAX_MS = 2000;
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 25);
/** Failures the test found, replayed by their fast-check seed and path before the random runs. */
const SEEDS = JSON.parse(readFileSync(join(dir, 'fuzz/seeds.json'), 'utf8')) as {
  test: 'boundaries' | 'tables';
  seed: number;
  path: string;
}[];

type Mutation = (bytes: Uint8Array) => Uint8Array;

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const utf8 = (s: string) => new TextEncoder().encode(s);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map(
    (at): Mutation =>
      (b) =>
        b.subarray(0, Math.floor(b.length * at)),
  ),
  fc
    .array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 8,
    })
    .map(
      (flips): Mutation =>
        (b) => {
          const out = b.slice();
          for (const [at, value] of flips) out[Math.min(out.length - 1, Math.floor(out.length * at))] = value;
          return out;
        },
    ),
  fc.constantFrom<Mutation>(
    (b) => encodeGbk(text(b)),
    (b) => Uint8Array.from([0xff, 0xfe, ...[...text(b)].flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8])]),
    (b) => utf8(text(b).replace(/\d+/gu, '-1e308')),
    (b) => utf8(text(b).replace(/\d+/gu, '9'.repeat(400))),
    (b) => utf8(`${'['.repeat(50_000)}${text(b)}${']'.repeat(50_000)}`),
    (b) => utf8(text(b).replace(/"arcs":\[/u, `"arcs":${'['.repeat(10_000)}`)),
    (b) => utf8(`${text(b).split(/\r?\n/u)[0]}${',x'.repeat(1_000_000)}\n${text(b)}`),
    () => utf8(`地区${',2023年'.repeat(200_000)}\n北京市${',1'.repeat(200_000)}`),
  ),
);

function expectAnswer(result: { ok: boolean; issues?: { code: string; file: string }[] }, file: string) {
  if (result.ok) return;
  expect(result.issues?.length).toBeGreaterThan(0);
  for (const problem of result.issues ?? []) {
    expect(ISSUE_CODES).toContain(problem.code);
    expect(problem.code).not.toBe('unexpected');
    expect(problem.file).toBe(file);
  }
}

describe('fuzzing the format readers', () => {
  const boundaryProperty = () =>
    fc.property(fc.constantFrom(...BOUNDARIES), mutation, (name, mutate) => {
      const input = mutate(bytesOf(name));
      const started = performance.now();
      const result = readBoundaries(input, name, null);
      expect(performance.now() - started).toBeLessThan(MAX_MS);
      expectAnswer(result, name);
    });
  const tableProperty = () =>
    fc.asyncProperty(fc.constantFrom(...METRICS), mutation, async (name, mutate) => {
      const input = mutate(bytesOf(name));
      const started = performance.now();
      const result = await readMetricsFile(input, name, TARGETS);
      expect(performance.now() - started).toBeLessThan(MAX_MS);
      expectAnswer(result, name);
    });

  // The page's path: the request and the answer cloned across the worker's boundary, as postMessage does.
  const workerProperty = () =>
    fc.asyncProperty(fc.constantFrom(...WORKER_METRICS), mutation, async (name, mutate) => {
      const { result } = await askMetricsWorker(mutate(bytesOf(name)), name, TARGETS, {});
      expectAnswer(result, name);
    });

  it.each(SEEDS)('replays the failure found with seed $seed, path $path ($test)', async ({ test, seed, path }) => {
    if (test === 'boundaries') fc.assert(boundaryProperty(), { seed, path, endOnFailure: true });
    else await fc.assert(tableProperty(), { seed, path, endOnFailure: true });
  });

  it('answers every mutated boundary file with a drawing or a clear refusal, quickly', () => {
    fc.assert(boundaryProperty(), { numRuns: RUNS });
  }, 60_000);

  it('answers every mutated table with a map or a clear refusal, quickly', async () => {
    await fc.assert(tableProperty(), { numRuns: RUNS });
  }, 60_000);

  it('answers every mutated table through the metrics worker with plain data the page can take', async () => {
    await import('../../../src/byod/metrics-worker');
    await fc.assert(workerProperty(), { numRuns: Math.ceil(RUNS / 2) });
  }, 60_000);
});
