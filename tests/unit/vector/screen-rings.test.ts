import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { packRings } from '../../../src/geometry/packed-rings';
import { mercatorX, mercatorY, TILE_SIZE_PX } from '../../../src/vector/camera';
import { projectRings, type RingSink, traceFeature } from '../../../src/vector/screen-rings';

/** A sink that records what a drawing would receive. */
function recorder(): RingSink & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    moveTo: (x, y) => calls.push(`M${x},${y}`),
    lineTo: (x, y) => calls.push(`L${x},${y}`),
    closePath: () => calls.push('Z'),
  };
}

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ],
};
// A ring of many positions within a millionth of a degree of each other, then a real corner.
const dense: Polygon = {
  type: 'Polygon',
  coordinates: [[[10, 10], ...Array.from({ length: 50 }, (_, i) => [10 + i * 1e-6, 10]), [11, 10], [11, 11], [10, 10]]],
};

describe('projectRings', () => {
  it('puts every position in world pixels at zoom 0 from the origin', () => {
    const rings = packRings([square]);
    const origin: [number, number] = [mercatorX(0), mercatorY(1)];
    const world = projectRings(rings, origin);
    expect(world).toHaveLength(rings.coordinates.length);
    expect(world[0]).toBeCloseTo(0);
    expect(world[1]).toBeCloseTo((mercatorY(0) - mercatorY(1)) * TILE_SIZE_PX);
    expect(world[2]).toBeCloseTo((1 / 360) * TILE_SIZE_PX);
    expect(world[7]).toBeCloseTo(0);
  });
});

describe('traceFeature', () => {
  const rings = packRings([square, dense]);
  const world = projectRings(rings, [0, 0]);

  it('traces each ring closed, every vertex kept when they lie pixels apart', () => {
    const sink = recorder();
    traceFeature(sink, world, rings, 0, { scale: 1000, left: 5, top: 7 });
    expect(sink.calls).toHaveLength(6);
    expect(sink.calls[0]).toBe(`M${world[0]! * 1000 + 5},${world[1]! * 1000 + 7}`);
    expect(sink.calls.at(-1)).toBe('Z');
  });

  it('leaves out vertices within the tolerance of the last one traced, keeping the corners and the last', () => {
    const far = recorder();
    traceFeature(far, world, rings, 1, { scale: 0.1, left: 0, top: 0 });
    // A tenth of zoom 0: the whole ring within a fifth of a pixel; the first, middle and last positions and the closing remain.
    expect(far.calls).toHaveLength(4);
    expect(far.calls[0]).toMatch(/^M/u);
    expect(far.calls[1]).toMatch(/^L/u);
    expect(far.calls.at(-1)).toBe('Z');
    const near = recorder();
    // Zoomed so that a millionth of a degree is about a pixel: every position counts again.
    traceFeature(near, world, rings, 1, { scale: 2 ** 20, left: 0, top: 0 });
    expect(near.calls.length).toBeGreaterThan(50);
  });

  it('keeps the exact positions, so a smaller tolerance traces more', () => {
    const coarse = recorder();
    const fine = recorder();
    const transform = { scale: 2 ** 16, left: 0, top: 0 };
    traceFeature(coarse, world, rings, 1, transform, 4);
    traceFeature(fine, world, rings, 1, transform, 0.01);
    expect(fine.calls.length).toBeGreaterThan(coarse.calls.length);
  });
});
