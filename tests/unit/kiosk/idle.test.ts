import { describe, expect, it } from 'vitest';
import { onInput, onResume, onTick, resumeAtMs, TOUR_PLAYING, type IdleState } from '../../../src/kiosk/idle';

const IDLE_MS = 60_000;

/** Runs events on a fake clock and records the mode after each. */
function run(events: readonly (['input' | 'tick', number] | ['resume'])[]): IdleState['mode'][] {
  let state: IdleState = TOUR_PLAYING;
  return events.map((event) => {
    if (event[0] === 'input') state = onInput(state, event[1]);
    else if (event[0] === 'tick') state = onTick(state, event[1], IDLE_MS);
    else state = onResume();
    return state.mode;
  });
}

describe('idle state machine', () => {
  it('starts with the tour playing, with nothing to resume', () => {
    expect(TOUR_PLAYING.mode).toBe('tour');
    expect(resumeAtMs(TOUR_PLAYING, IDLE_MS)).toBeNull();
    expect(onTick(TOUR_PLAYING, 1e9, IDLE_MS)).toBe(TOUR_PLAYING);
  });

  it('playing → visitor on input → playing after the idle time', () => {
    expect(
      run([
        ['tick', 1_000],
        ['input', 5_000],
        ['tick', 64_999],
        ['tick', 65_000],
      ]),
    ).toEqual(['tour', 'visitor', 'visitor', 'tour']);
  });

  it('each input starts the idle time again', () => {
    expect(
      run([
        ['input', 0],
        ['input', 50_000],
        ['tick', 60_000],
        ['tick', 109_999],
        ['tick', 110_000],
      ]),
    ).toEqual(['visitor', 'visitor', 'visitor', 'visitor', 'tour']);
  });

  it('says when the tour will take over', () => {
    const state = onInput(TOUR_PLAYING, 7_000);
    expect(resumeAtMs(state, IDLE_MS)).toBe(67_000);
    expect(resumeAtMs(onInput(state, 20_000), IDLE_MS)).toBe(80_000);
  });

  it('the visitor can hand the map back at once', () => {
    expect(run([['input', 0], ['resume'], ['tick', 1_000]])).toEqual(['visitor', 'tour', 'tour']);
  });
});
