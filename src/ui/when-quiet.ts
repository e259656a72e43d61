/** What a reader does to a map: any of these on it restarts the wait of `whenQuiet`. */
const READER_INPUT = [
  'pointerdown',
  'pointermove',
  'pointerup',
  'pointercancel',
  'wheel',
  'keydown',
  'touchstart',
] as const;

/**
 * Resolves once `target` has had no reader input for `quietMs`, counted from the call. `auto` asks its WebGL
 * question then (app.ts): on a machine without a GPU the question's software context costs a few hundred ms of
 * CPU, and asked at once it landed in the reader's first drag (1.61 × Leaflet's against the vector map's 1.32 by
 * name, BENCHMARKS.md, 4 December 2026). Only MapLibre's hand-over on a GPU waits for it; the map is usable already.
 */
export function whenQuiet(target: EventTarget, quietMs: number): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, quietMs);
    // A press held (a drag) is never quiet, however long its next move takes to arrive: on a busy software GPU
    // the moves of a drag can wait for frames longer than quietMs, and the question landed in the drag.
    let pressed = false;
    const restart = (event: Event) => {
      if (event.type === 'pointerdown') pressed = true;
      if (event.type === 'pointerup' || event.type === 'pointercancel') pressed = false;
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    };
    // A release off the map ends the press too.
    const released = () => {
      pressed = false;
    };
    for (const type of READER_INPUT) target.addEventListener(type, restart, { capture: true, passive: true });
    globalThis.addEventListener?.('pointerup', released, { capture: true, passive: true });
    function done() {
      if (pressed) {
        timer = setTimeout(done, quietMs);
        return;
      }
      for (const type of READER_INPUT) target.removeEventListener(type, restart, { capture: true });
      globalThis.removeEventListener?.('pointerup', released, { capture: true });
      resolve();
    }
  });
}

/** Asks for a callback on the next animation frame: a seam that tests replace with their own frames. */
export type RequestFrame = (callback: () => void) => unknown;

/**
 * Resolves once what `target` shows has been painted (two animation frames from the call, when map-ready is
 * marked) and then left alone for `quietMs`. `auto` counts its quiet time from here, not from the vector map's start
 * (issue 23): traced, a first frame that held the software GPU for 400 ms used up a quiet time counted from the
 * start before the reader saw the map, and the question's WebGL context was made 110 ms into the first drag, which
 * took 2.0 s instead of 1.2.
 */
export function whenPaintedAndQuiet(
  target: EventTarget,
  quietMs: number,
  frame: RequestFrame = (callback) => requestAnimationFrame(callback),
): Promise<void> {
  return new Promise<void>((painted) => frame(() => frame(painted))).then(() => whenQuiet(target, quietMs));
}
