import { describe, expect, it } from 'vitest';
import type { Camera } from '../../../src/vector/camera';
import type { FrameClock } from '../../../src/vector/camera-ease';
import { CameraMotion, type MovedBy } from '../../../src/vector/camera-motion';

const size = { width: 1402, height: 762 };
const china: Camera = { center: [104.3, 35.5], zoom: 3.36, ...size };
const zhejiang: Camera = { center: [120.1, 29.2], zoom: 6.1, ...size };

/** The camera motion with a fake frame clock and a surface that records what is drawn and shown. */
function setUp() {
  let time = 0;
  let next = 1;
  const frames = new Map<number, () => void>();
  const clock: FrameClock = {
    now: () => time,
    requestFrame: (callback) => {
      frames.set(next, callback);
      return next++;
    },
    cancelFrame: (id) => void frames.delete(id),
  };
  const svg = { style: { transform: '', transformOrigin: '', willChange: '' } };
  const classes = new Set<string>();
  const drawn: Camera[] = [];
  /** Each camera shown, and who brought it to rest (none for a frame of a move). */
  const shown: { camera: Camera; rest: MovedBy | undefined }[] = [];
  const motion: CameraMotion = new CameraMotion(
    {
      surface: {
        children: [svg],
        classList: { add: (c: string) => classes.add(c), remove: (c: string) => classes.delete(c) },
      } as unknown as HTMLElement,
      draw: () => {
        drawn.push(motion.camera);
        svg.style.transform = '';
      },
      shown: (camera, rest) => void shown.push({ camera, rest }),
    },
    china,
    clock,
  );
  const tick = (ms = 16) => {
    time += ms;
    const due = [...frames.values()];
    frames.clear();
    for (const callback of due) callback();
  };
  return { motion, drawn, svg, tick, pending: () => frames.size, classes, shown };
}

describe('CameraMotion', () => {
  it('draws twice for a move: once to cover its path, once where it lands; frames are transforms', () => {
    const { motion, drawn, svg, tick, classes } = setUp();
    motion.moveTo(zhejiang, 1200);
    expect(drawn).toEqual([]);
    tick();
    expect(drawn.length).toBe(1);
    expect(drawn[0]!.zoom).toBeLessThanOrEqual(china.zoom);
    tick();
    expect(svg.style.transform).toMatch(/translate\(.*\) scale\(/u);
    expect(motion.moving).toBe(true);
    // Names hidden while frames are transforms of the drawing; nothing else on the surface changes.
    expect([...classes]).toEqual(['camera-moving']);
    for (let i = 0; i < 100; i++) tick();
    expect([...classes]).toEqual([]);
    expect(drawn.length).toBe(2);
    expect(drawn[1]).toEqual(zhejiang);
    expect(motion.moving).toBe(false);
    expect(svg.style.transform).toBe('');
  });

  it('a second move asked for before the first frame replaces the first without drawing it', () => {
    const { motion, drawn, tick } = setUp();
    motion.moveTo({ ...zhejiang, zoom: 5 }, 1200);
    motion.moveTo(zhejiang, 1200);
    for (let i = 0; i < 100; i++) tick();
    expect(drawn.length).toBe(2);
    expect(drawn[1]).toEqual(zhejiang);
  });

  it('settles where a move has got to, drawn there, and asks for no more frames', () => {
    const { motion, drawn, tick, pending } = setUp();
    motion.moveTo(zhejiang, 1200);
    for (let i = 0; i < 20; i++) tick();
    const reached = motion.settle();
    expect(drawn.at(-1)).toEqual(reached);
    expect(reached.zoom).toBeGreaterThan(china.zoom);
    expect(reached.zoom).toBeLessThan(zhejiang.zoom);
    expect(pending()).toBe(0);
  });

  it('cuts when the duration is 0, and repaints once a frame only at rest', () => {
    const { motion, drawn, tick } = setUp();
    motion.moveTo(zhejiang, 0);
    expect(drawn).toEqual([zhejiang]);
    motion.repaint();
    motion.repaint();
    tick();
    expect(drawn.length).toBe(2);
    motion.moveTo(china, 1200);
    tick();
    const during = drawn.length;
    motion.repaint();
    tick();
    expect(drawn.length).toBe(during);
  });

  it("tells who brought the camera to rest, once per move, as MapLibre's moveend (popups are placed then)", () => {
    const { motion, tick, shown } = setUp();
    motion.moveTo(zhejiang, 1200);
    for (let i = 0; i < 100; i++) tick();
    const rests = shown.filter((s) => s.rest);
    // The picture drawn to cover the path is no rest: only the landing is.
    expect(rests).toEqual([{ camera: zhejiang, rest: 'page' }]);
    expect(shown.length).toBeGreaterThan(2);
    shown.length = 0;
    motion.commit(china, 'reader');
    motion.moveTo(zhejiang, 0, 'reader');
    motion.moveTo(china, 0);
    expect(shown.map((s) => s.rest)).toEqual(['reader', 'reader', 'page']);
  });

  it("shows a gesture's frames by a transform alone, nothing drawn or restyled, and draws where it rests", () => {
    const { motion, classes, drawn, svg } = setUp();
    motion.preview(zhejiang);
    expect(svg.style.transform).toMatch(/translate\(.*\) scale\(/u);
    expect([...classes]).toEqual([]);
    expect(drawn).toEqual([]);
    motion.commit(zhejiang, 'reader');
    expect(drawn.at(-1)).toEqual(zhejiang);
    expect(svg.style.transform).toBe('');
  });
});
