import { describe, expect, it } from 'vitest';
import { type Camera, project } from '../../../src/vector/camera';
import { panBy, previewTransform, zoomAround } from '../../../src/vector/pan-zoom';

const camera: Camera = { center: [120.5, 29.2], zoom: 6.5, width: 1000, height: 700 };
const limits = { minZoom: 2, maxZoom: 11 };
const hangzhou: [number, number] = [120.15, 30.28];

/** The translate and scale of a `translate(xpx, ypx) scale(s)` transform. */
function parseTransform(transform: string): { x: number; y: number; s: number } {
  const [x, y, s] = [...transform.matchAll(/-?[\d.]+(?:e-?\d+)?/gu)].map((m) => Number(m[0]));
  // A pan has no scale() (see previewTransform).
  return { x: x!, y: y!, s: s ?? 1 };
}

describe('panBy', () => {
  it('moves every place by the drag, in pixels', () => {
    const before = project(camera, hangzhou);
    const after = project(panBy(camera, -40, 25), hangzhou);
    expect(after[0] - before[0]).toBeCloseTo(-40, 6);
    expect(after[1] - before[1]).toBeCloseTo(25, 6);
  });
  it('keeps the zoom and the viewport', () => {
    const moved = panBy(camera, 100, 100);
    expect(moved).toMatchObject({ zoom: camera.zoom, width: camera.width, height: camera.height });
  });
});

describe('zoomAround', () => {
  it('keeps the place under the pointer under it', () => {
    const point = project(camera, hangzhou);
    const zoomed = zoomAround(camera, point, 1.5, limits);
    expect(zoomed.zoom).toBe(8);
    const after = project(zoomed, hangzhou);
    expect(after[0]).toBeCloseTo(point[0], 6);
    expect(after[1]).toBeCloseTo(point[1], 6);
  });
  it('stops at the zoom limits', () => {
    expect(zoomAround(camera, [0, 0], 20, limits).zoom).toBe(11);
    expect(zoomAround(camera, [0, 0], -20, limits).zoom).toBe(2);
  });
});

describe('previewTransform', () => {
  it('is no move for the camera that was drawn', () => {
    expect(parseTransform(previewTransform(camera, camera))).toEqual({ x: 0, y: 0, s: 1 });
  });
  it('puts each drawn place where the new camera shows it', () => {
    const shown = zoomAround(panBy(camera, 30, -12), [200, 300], 0.75, limits);
    const { x, y, s } = parseTransform(previewTransform(camera, shown));
    const [dx, dy] = project(camera, hangzhou);
    const [sx, sy] = project(shown, hangzhou);
    expect(dx * s + x).toBeCloseTo(sx, 4);
    expect(dy * s + y).toBeCloseTo(sy, 4);
  });
  it('moves a pan by whole pixels, the drag itself', () => {
    const transform = previewTransform(camera, panBy(camera, -4 * 37, -2 * 37));
    expect(transform).toBe('translate(-148px, -74px)');
  });
});
