import { describe, expect, it } from 'vitest';
import { type Camera, project } from '../../../src/vector/camera';
import { coveringCamera, ease, type FrameClock, flightCover, flightPath, fly } from '../../../src/vector/camera-ease';

const size = { width: 1459, height: 790 };
// Cameras the kiosk's steps ask for at 1080p (fitBounds of China, Hangzhou and Shaoxing with the kiosk's padding).
const china: Camera = { center: [104.3, 37.2], zoom: 3.4, ...size };
const hangzhou: Camera = { center: [119.5, 29.9], zoom: 7.6, ...size };
const shaoxing: Camera = { center: [120.6, 29.8], zoom: 7.9, ...size };

/** A clock whose frames come every 16 ms when the test says so, as Playwright's and the browser's would. */
function fakeClock(): FrameClock & { tick(ms?: number): void; pending: number } {
  let time = 1000;
  let next = 1;
  const callbacks = new Map<number, () => void>();
  return {
    now: () => time,
    requestFrame(callback) {
      callbacks.set(next, callback);
      return next++;
    },
    cancelFrame: (id) => void callbacks.delete(id),
    tick(ms = 16) {
      time += ms;
      const due = [...callbacks.values()];
      callbacks.clear();
      for (const callback of due) callback();
    },
    get pending() {
      return callbacks.size;
    },
  };
}

describe('ease (MapLibre’s default, CSS ease)', () => {
  it('starts at 0, ends at 1, and is 0.8024 half way, as cubic-bezier(0.25, 0.1, 0.25, 1)', () => {
    expect(ease(0)).toBe(0);
    expect(ease(1)).toBe(1);
    expect(ease(0.5)).toBeCloseTo(0.8024, 4);
  });
  it('only grows', () => {
    const values = Array.from({ length: 101 }, (_, i) => ease(i / 100));
    for (let i = 1; i < values.length; i++) expect(values[i]!).toBeGreaterThanOrEqual(values[i - 1]!);
  });
});

describe('flightPath (MapLibre’s flyTo)', () => {
  it('starts where the camera is and ends exactly at the view asked for', () => {
    const path = flightPath(china, hangzhou);
    const start = path(0);
    expect(start.zoom).toBeCloseTo(china.zoom, 9);
    expect(start.center[0]).toBeCloseTo(china.center[0], 9);
    expect(start.center[1]).toBeCloseTo(china.center[1], 9);
    expect(path(1)).toEqual(hangzhou);
  });
  it('zooms out on the way between two places at the same scale, and pans the whole way', () => {
    // Four of the map's widths to the east: a flight, not a slide.
    const east: Camera = { ...hangzhou, center: [hangzhou.center[0] + ((4 * 1459) / (512 * 2 ** 7.6)) * 360, 29.9] };
    const middle = flightPath(hangzhou, east)(0.5);
    expect(middle.zoom).toBeLessThan(hangzhou.zoom - 1);
    expect(middle.center[0]).toBeCloseTo((hangzhou.center[0] + east.center[0]) / 2, 6);
  });
  it('zooms without a pan when the centre stays', () => {
    const closer = { ...china, zoom: 5 };
    const middle = flightPath(china, closer)(0.5);
    expect(middle.center[0]).toBeCloseTo(china.center[0], 9);
    expect(middle.zoom).toBeGreaterThan(china.zoom);
    expect(middle.zoom).toBeLessThan(5);
  });
  it('stays put when there is nowhere to go', () => {
    expect(flightPath(china, china)(0.3)).toEqual(china);
  });
});

describe('coveringCamera', () => {
  it('shows every given camera’s viewport whole, at the viewport’s size', () => {
    const cover = flightCover(flightPath(shaoxing, china));
    expect(cover).toMatchObject(size);
    for (const progress of [0, 0.1, 0.4, 0.7, 1]) {
      const camera = flightPath(shaoxing, china)(progress);
      // The frame's corners, found on the map, fall inside the covering drawing.
      const world = 512 * 2 ** camera.zoom;
      for (const [sx, sy] of [
        [-1, -1],
        [1, 1],
      ] as const) {
        const lngLat = unprojectCorner(camera, sx, sy, world);
        const [x, y] = project(cover, lngLat);
        expect(x).toBeGreaterThanOrEqual(-1e-6);
        expect(y).toBeGreaterThanOrEqual(-1e-6);
        expect(x).toBeLessThanOrEqual(cover.width + 1e-6);
        expect(y).toBeLessThanOrEqual(cover.height + 1e-6);
      }
    }
  });
  it('is the camera itself when given one', () => {
    const cover = coveringCamera([hangzhou]);
    expect(cover.zoom).toBeCloseTo(hangzhou.zoom, 9);
    expect(cover.center[0]).toBeCloseTo(hangzhou.center[0], 9);
    expect(cover.center[1]).toBeCloseTo(hangzhou.center[1], 9);
  });
});

/** The place at a viewport corner, by MapLibre's unproject arithmetic (camera.ts). */
function unprojectCorner(camera: Camera, sx: -1 | 1, sy: -1 | 1, world: number): [number, number] {
  const mx = (180 + camera.center[0]) / 360 + (sx * camera.width) / 2 / world;
  const lat = camera.center[1];
  const my =
    (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360 +
    (sy * camera.height) / 2 / world;
  return [mx * 360 - 180, (360 / Math.PI) * Math.atan(Math.exp(((180 - my * 360) * Math.PI) / 180)) - 90];
}

describe('fly (one frame a frame, on a fake clock)', () => {
  it('shows a frame every 16 ms for 1.2 s and ends exactly on the view', () => {
    const clock = fakeClock();
    const frames: { camera: Camera; done: boolean }[] = [];
    fly(china, hangzhou, 1200, clock, (camera, done) => frames.push({ camera, done }));
    expect(frames).toEqual([]); // nothing before the first frame
    for (let i = 0; i < 200 && clock.pending; i++) clock.tick();
    expect(frames.length).toBe(75);
    expect(frames.filter((f) => f.done).length).toBe(1);
    expect(frames.at(-1)).toEqual({ camera: hangzhou, done: true });
    const zooms = frames.map((f) => f.camera.zoom);
    for (let i = 1; i < zooms.length; i++) expect(zooms[i]!).toBeGreaterThanOrEqual(zooms[i - 1]! - 1e-9);
    expect(clock.pending).toBe(0);
  });
  it('skips ahead after a late frame: the move never takes longer than its duration', () => {
    const clock = fakeClock();
    const frames: boolean[] = [];
    fly(china, hangzhou, 1200, clock, (_, done) => frames.push(done));
    clock.tick();
    clock.tick(5000);
    expect(frames).toEqual([false, true]);
    expect(clock.pending).toBe(0);
  });
  it('stops where it is when cancelled, and asks for no more frames', () => {
    const clock = fakeClock();
    const frames: Camera[] = [];
    const flight = fly(china, hangzhou, 1200, clock, (camera) => frames.push(camera));
    for (let i = 0; i < 10; i++) clock.tick();
    const reached = flight.cancel();
    expect(reached).toEqual(frames.at(-1));
    expect(reached.zoom).toBeGreaterThan(china.zoom);
    expect(reached.zoom).toBeLessThan(hangzhou.zoom);
    clock.tick();
    expect(frames.length).toBe(10);
    expect(clock.pending).toBe(0);
  });
});
