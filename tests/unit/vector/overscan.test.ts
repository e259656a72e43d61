import { describe, expect, it } from 'vitest';
import { type Camera, project } from '../../../src/vector/camera';
import { hatchPhase, MIN_OVERSCAN_PX, overscanCamera, overscanMargin, panWithin } from '../../../src/vector/overscan';
import { panBy } from '../../../src/vector/pan-zoom';

const camera: Camera = { center: [120.44, 29.212224466588296], zoom: 5.85185514290517, width: 1280, height: 800 };

describe('overscanMargin', () => {
  it('is a quarter of the longer side, whole pixels, and never under the minimum', () => {
    expect(overscanMargin({ width: 1280, height: 800 })).toBe(320);
    expect(overscanMargin({ width: 1921, height: 1080 })).toBe(480);
    expect(overscanMargin({ width: 360, height: 640 })).toBe(MIN_OVERSCAN_PX);
  });
});

describe('overscanCamera', () => {
  it('draws the viewport grown by the margin: every place lies the margin further right and down', () => {
    const grown = overscanCamera(camera, 320);
    expect(grown).toMatchObject({ zoom: camera.zoom, width: 1920, height: 1440 });
    const [x, y] = project(camera, [121.5, 31.2]);
    const [gx, gy] = project(grown, [121.5, 31.2]);
    expect(gx - x).toBeCloseTo(320, 9);
    expect(gy - y).toBeCloseTo(320, 9);
  });
});

describe('panWithin', () => {
  it('gives a pan by whole pixels as whole pixels, however the Mercator arithmetic rounds', () => {
    let shown = camera;
    // The bench's drag: 60 moves of 4 px left and 2 px up, each from the camera the last one reached.
    for (let i = 0; i < 60; i++) shown = panBy(shown, -4, -2);
    expect(panWithin(camera, shown, 320)).toEqual([-240, -120]);
    expect(panWithin(camera, camera, 320)).toEqual([0, 0]);
    expect(Object.is(panWithin(camera, camera, 320)![0], -0)).toBe(false);
  });
  it('asks for a drawing when the pan leaves the margin, or is not by whole pixels', () => {
    expect(panWithin(camera, panBy(camera, 320, -320), 320)).toEqual([320, -320]);
    expect(panWithin(camera, panBy(camera, 321, 0), 320)).toBeNull();
    expect(panWithin(camera, panBy(camera, 0, -400), 320)).toBeNull();
    expect(panWithin(camera, panBy(camera, 10.5, 0), 320)).toBeNull();
  });
  it('asks for a drawing after a zoom or a new size, however small', () => {
    expect(panWithin(camera, { ...camera, zoom: camera.zoom + 1e-9 }, 320)).toBeNull();
    expect(panWithin(camera, { ...camera, width: 1279 }, 320)).toBeNull();
  });
});

describe('hatchPhase', () => {
  it('moves the pattern with a pan, so a moved drawing and a fresh one stripe alike', () => {
    const [x, y] = hatchPhase(camera, 6);
    const [px, py] = hatchPhase(panBy(camera, -4, -2), 6);
    // A pan of 4 px left and 2 up: the stripes' start moves with the map, modulo the 6-px period.
    expect((((px - x + 4) % 6) + 6) % 6).toBeCloseTo(0, 2);
    expect((((py - y + 2) % 6) + 6) % 6).toBeCloseTo(0, 2);
    expect(x).toBeLessThanOrEqual(0);
    expect(x).toBeGreaterThan(-6);
  });
  it('starts the tiles at whole periods of world pixels', () => {
    const c: Camera = { center: [0, 0], zoom: 0, width: 512, height: 512 };
    // The drawing's corner is the world's: the pattern starts there.
    expect(hatchPhase(c, 6)).toEqual([0, 0]);
    expect(hatchPhase({ ...c, width: 510, height: 508 }, 6)).toEqual([-1, -2]);
  });
});
