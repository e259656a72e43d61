import { describe, expect, it } from 'vitest';
import {
  MAPLIBRE_STAGES,
  RASTER_STAGES,
  type SnapshotStage,
  stageClock,
  VECTOR_STAGES,
} from '../../../src/export/stages';

describe('stageClock', () => {
  it('times each stage from its start to the next, tells the listener, and waits on the hold', async () => {
    let time = 100;
    const heard: string[] = [];
    const held: SnapshotStage[] = [];
    let release = () => {};
    const clock = stageClock(
      (stage, message) => heard.push(`${stage}: ${message}`),
      () => time,
      (stage) => {
        held.push(stage);
        return stage === 'composing' ? new Promise<void>((resolve) => (release = resolve)) : undefined;
      },
    );
    expect(clock.enter('checking', 'a')).toBeUndefined();
    time = 130;
    const hold = clock.enter('composing', 'b');
    expect(hold).toBeInstanceOf(Promise);
    release();
    await hold;
    time = 190;
    clock.enter('encoding', 'c');
    time = 200;
    expect(clock.finish()).toEqual({
      stagesMs: { checking: 30, rendering: 0, composing: 60, encoding: 10 },
      durationMs: 100,
    });
    expect(heard).toEqual(['checking: a', 'composing: b', 'encoding: c']);
    expect(held).toEqual(['checking', 'composing', 'encoding']);
  });

  it('lets the listener stop the run: a Cancel thrown from it reaches the painter before the hold', () => {
    const clock = stageClock(
      () => {
        throw new Error('cancelled');
      },
      () => 0,
      () => {
        throw new Error('the hold should not be asked');
      },
    );
    expect(() => clock.enter('checking', '')).toThrow('cancelled');
  });

  it('orders each painter’s stages as it runs them, each stage once', () => {
    for (const order of [MAPLIBRE_STAGES, RASTER_STAGES, VECTOR_STAGES]) expect(new Set(order).size).toBe(order.length);
    expect(MAPLIBRE_STAGES.indexOf('rendering')).toBeLessThan(MAPLIBRE_STAGES.indexOf('composing'));
    expect(RASTER_STAGES.indexOf('composing')).toBeLessThan(RASTER_STAGES.indexOf('rendering'));
  });
});
