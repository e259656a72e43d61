import type { WebglSupport } from '../state/renderer';
import { webglSupportOf } from './webgl-support';

/**
 * Asks the browser, before any map starts, whether its WebGL2 runs on a GPU, in software, or not at all, from a
 * 1×1 canvas's context. `failIfMajorPerformanceCaveat` cannot answer this: Chromium gives SwiftShader contexts
 * with it set.
 */
export function probeWebgl(): WebglSupport {
  return webglSupportOf(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    return canvas.getContext('webgl2');
  });
}

/**
 * The same answer from a worker's OffscreenCanvas, so the page goes on loading while it is asked: on SwiftShader
 * a page's first WebGL2 context blocked its thread for 171–454 ms (measured 4 Dec 2026), the whole difference
 * between `?renderer=auto` and the vector map asked for by name. Where a worker cannot answer (no OffscreenCanvas,
 * no WebGL2 in workers, a worker that fails to start), the page asks itself.
 */
export function probeWebglOffThread(): Promise<WebglSupport> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./webgl-probe-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(probeWebgl());
      return;
    }
    worker.onmessage = (event: MessageEvent<WebglSupport | 'unknown'>) => {
      // A worker without WebGL2 may only lack it there (older Safari has no WebGL in workers): the page asks.
      resolve(event.data === 'gpu' || event.data === 'software' ? event.data : probeWebgl());
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(probeWebgl());
    };
  });
}
