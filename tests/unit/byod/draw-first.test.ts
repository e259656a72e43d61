import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkStructure, scanRing } from '../../../src/byod/check-boundaries';
import { readBoundaries, readToDrawFirst } from '../../../src/byod/read-boundaries';
import { repairCrossings } from '../../../src/byod/repair-crossings';
import type { RingsBox } from '../../../src/geometry/rings';

const bowtie: Position[] = [
  [120, 30],
  [121, 31],
  [121, 30],
  [120, 31],
  [120, 30],
];
const square = (x: number, y: number): Position[] => [
  [x, y],
  [x + 1, y],
  [x + 1, y + 1],
  [x, y + 1],
  [x, y],
];
const feature = (code: string, coordinates: unknown, type = 'Polygon') => ({
  type: 'Feature',
  properties: { code },
  geometry: { type, coordinates },
});
const bytesOf = (...features: unknown[]) =>
  new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));

describe('readToDrawFirst', () => {
  it('gives drawable regions before any crossing is searched, and the rest of the check after', () => {
    const stages: string[] = [];
    const first = readToDrawFirst(
      bytesOf(feature('A', [bowtie]), feature('B', [square(122, 30).slice(0, -1)])),
      'b.geojson',
      'code',
      undefined,
      (stage) => stages.push(stage),
    );
    if (!first.ok) throw new Error(JSON.stringify(first.issues));
    // Drawn as in the file: the bowtie is one ring still, with a quick label inside one lobe; the open ring is
    // closed (a warning of the first drawing) and nothing is said yet about the crossing.
    expect(stages.every((s) => s === 'checking')).toBe(true);
    expect(first.collection.features[0]!.geometry).toEqual({ type: 'Polygon', coordinates: [bowtie] });
    expect(first.collection.features[0]!.properties.label).toEqual([120.25, 30.5]);
    expect(first.warnings.map((w) => w.code)).toEqual(['ringClosed']);

    const finished = first.finishCheck();
    expect(stages.filter((s) => s !== 'checking')).toContain('repairing');
    expect(stages.at(-1)).toBe('measuring');
    expect(finished.repaired).toEqual([0]);
    expect(finished.warnings.map((w) => [w.code, w.place.kind === 'feature' && w.place.feature])).toEqual([
      ['selfCrossingRepaired', 1],
      ['ringClosed', 2],
    ]);
    expect(finished.collection.features[0]!.geometry.type).toBe('MultiPolygon');
  });

  it('comes to what readBoundaries gives in one call (the Wenzhou districts)', () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/echarts-china-cities/wenzhou-districts.geojson'));
    const whole = readBoundaries(bytes, 'w.geojson', 'name');
    const first = readToDrawFirst(bytes, 'w.geojson', 'name');
    if (!whole.ok || !first.ok) throw new Error('refused');
    const finished = first.finishCheck();
    expect(finished.collection).toEqual(whole.collection);
    expect(finished.warnings).toEqual(whole.warnings);
    expect(finished.repaired).toEqual([0, 2]);
  });

  it('refuses before drawing whatever cannot be drawn: the check after it refuses nothing', () => {
    const refused = readToDrawFirst(
      bytesOf(
        feature('A', [
          [
            [120, 30],
            [121, 'x'],
          ],
        ]),
      ),
      'b.geojson',
      'code',
    );
    expect(refused).toMatchObject({ ok: false, issues: [{ code: 'badCoordinates' }] });
  });
});

describe('repairCrossings', () => {
  it('names a crossing ring by its numbers in the file when a short ring before it was left out', () => {
    const short: Position[] = [
      [100, 10],
      [101, 10],
      [100, 10],
    ];
    const data = {
      type: 'FeatureCollection',
      features: [feature('A', [[square(110, 10)], [short], [bowtie]], 'MultiPolygon')],
    };
    const checked = checkStructure(data, 'b.geojson', 'code');
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    expect(checked.warnings.map((w) => w.code)).toEqual(['ringDropped']);
    const { warnings, repaired } = repairCrossings(checked.checked, 'b.geojson');
    expect(repaired).toEqual([0]);
    expect(warnings[0]).toMatchObject({ code: 'selfCrossingRepaired', params: { polygon: 3, ring: 1 } });
  });
});

describe('scanRing', () => {
  it('grows the box over a ring of valid positions', () => {
    const box: RingsBox = [Infinity, Infinity, -Infinity, -Infinity];
    expect(scanRing(square(120, 30), box)).toEqual({ kind: 'ok' });
    expect(box).toEqual([120, 30, 121, 31]);
  });

  it('names the first position outside longitude/latitude, but a malformed one anywhere first', () => {
    const box: RingsBox = [0, 0, 0, 0];
    expect(
      scanRing(
        [
          [0, 0],
          [200, 5],
          [300, 5],
        ],
        box,
      ),
    ).toEqual({ kind: 'outside', at: [200, 5] });
    expect(
      scanRing(
        [
          [0, 0],
          [200, 5],
          [Number.NaN, 5],
        ],
        box,
      ),
    ).toEqual({ kind: 'bad' });
    expect(scanRing([[0, 0], [1]], box)).toEqual({ kind: 'bad' });
    expect(scanRing('ring', box)).toEqual({ kind: 'bad' });
    // A refused ring leaves the box as it was.
    expect(box).toEqual([0, 0, 0, 0]);
  });
});
