import { describe, expect, it } from 'vitest';
import {
  isSoftwareRenderer,
  lowerPixelRatioWhileMoving,
  MOVING_PIXEL_RATIO_FACTOR,
  type MovingMap,
  setPixelRatioKeepingGestures,
} from '../../../src/map/software-webgl';

describe('isSoftwareRenderer', () => {
  it('names the software rasterisers Chromium and Mesa report', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)',
      'Software Rasterizer',
    ])
      expect(isSoftwareRenderer(name), name).toBe(true);
  });
  it('leaves real GPUs and an unknown name alone', () => {
    for (const name of [
      'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Apple M2',
      'WebKit WebGL',
    ])
      expect(isSoftwareRenderer(name), name).toBe(false);
    expect(isSoftwareRenderer(null)).toBe(false);
  });
});

/**
 * A stand-in with MapLibre's behaviour that matters here: setPixelRatio resizes, a resize with no animation running
 * calls stop() (which ends gestures in progress), and a resize fires movestart/moveend.
 */
function fakeMap(ratio: number) {
  const listeners: Record<string, (() => void)[]> = { movestart: [], moveend: [] };
  const set: number[] = [];
  const gesturesStopped: number[] = [];
  const fire = (type: string) => {
    for (const listener of listeners[type] ?? []) listener();
  };
  const map: MovingMap & { fire(type: string): void } = {
    on: (type, listener) => listeners[type]?.push(listener),
    getPixelRatio: () => ratio,
    setPixelRatio: (next) => {
      ratio = next;
      set.push(next);
      map.stop();
      fire('movestart');
      fire('moveend');
    },
    stop: () => gesturesStopped.push(ratio),
    fire,
  };
  return { map, set, gesturesStopped };
}

/** Frames run when the test says: a move "still under way at the next frame" is one that has not ended by then. */
function frames() {
  const queued: (() => void)[] = [];
  return {
    nextFrame: (run: () => void) => {
      queued.push(run);
    },
    run: () => {
      for (const f of queued.splice(0)) f();
    },
  };
}

describe('lowerPixelRatioWhileMoving', () => {
  it('draws a move that lasts (a drag, an ease) at half the ratio and the map at rest at the full one, without calling itself', () => {
    const { map, set } = fakeMap(1);
    const frame = frames();
    lowerPixelRatioWhileMoving(map, frame.nextFrame);
    map.fire('movestart');
    frame.run();
    expect(map.getPixelRatio()).toBe(MOVING_PIXEL_RATIO_FACTOR);
    map.fire('moveend');
    expect(map.getPixelRatio()).toBe(1);
    // One switch each way: the resize's own movestart/moveend did not start another.
    expect(set).toEqual([0.5, 1]);
  });

  it('leaves the ratio alone for a jump, which starts and ends before the next frame', () => {
    const { map, set } = fakeMap(2);
    const frame = frames();
    lowerPixelRatioWhileMoving(map, frame.nextFrame);
    for (let step = 0; step < 3; step++) {
      map.fire('movestart');
      map.fire('moveend');
      frame.run();
    }
    expect(set).toEqual([]);
    expect(map.getPixelRatio()).toBe(2);
  });
});

describe('setPixelRatioKeepingGestures', () => {
  it('switches the ratio without stopping the drag in progress, and leaves stop() working afterwards', () => {
    const { map, set, gesturesStopped } = fakeMap(1);
    const frame = frames();
    lowerPixelRatioWhileMoving(map, frame.nextFrame);
    map.fire('movestart');
    frame.run();
    map.fire('moveend');
    expect(set).toEqual([0.5, 1]);
    // A stopped gesture forgets where the mouse went down, so its release opened a popup (issue 23).
    expect(gesturesStopped).toEqual([]);
    map.stop();
    expect(gesturesStopped).toEqual([1]);
  });
  it('puts stop() back even when the resize throws', () => {
    const { map, gesturesStopped } = fakeMap(1);
    map.setPixelRatio = () => {
      throw new Error('context lost');
    };
    expect(() => setPixelRatioKeepingGestures(map, 0.5)).toThrow('context lost');
    map.stop();
    expect(gesturesStopped).toEqual([1]);
  });
});
