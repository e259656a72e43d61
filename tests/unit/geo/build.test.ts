import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ZHEJIANG = 'node_modules/echarts/map/json/province/zhejiang.json';
const scratch = mkdtempSync(join(tmpdir(), 'geo-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs geo/build.ts as `npm run geo` does, with its inputs and output folder redirected. */
function runBuild(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'geo/build.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('geo/build.ts on bad input', () => {
  it('prints one line naming file, feature and problem, and exits 1', () => {
    const json = JSON.parse(readFileSync(ZHEJIANG, 'utf8')) as {
      features: Array<{ id: string; geometry: { coordinates: unknown } }>;
    };
    const zhoushan = json.features.find((f) => f.id === '330900');
    // A small encoded square whose first vertex is at latitude 95°.
    if (zhoushan)
      zhoushan.geometry = {
        type: 'Polygon',
        coordinates: ['@@B@@BA@@A'],
        encodeOffsets: [[122 * 1024, 95 * 1024]],
      } as never;
    const bad = join(scratch, 'zhejiang-bad.json');
    writeFileSync(bad, JSON.stringify(json));

    const { status, stderr } = runBuild(['--zhejiang', bad, '--out-dir', join(scratch, 'out')]);
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(
      `geo: ${bad}: feature 330900 舟山市: polygon 0 ring 0 has coordinate [122,95]; expected lng -180..180 and lat -90..90`,
    );
  }, 30_000);

  it('reports a file that is not JSON in one line', () => {
    const bad = join(scratch, 'not-json.json');
    writeFileSync(bad, '{"type": "FeatureCollection",');
    const { status, stderr } = runBuild(['--china', bad, '--out-dir', join(scratch, 'out')]);
    expect(status).toBe(1);
    expect(stderr.trim()).toMatch(new RegExp(`^geo: ${bad}: not valid JSON \\(.+\\)$`));
  }, 30_000);
});
