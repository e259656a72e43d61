// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { inertUnder } from '../../../src/ui/hand-over';

describe('inertUnder', () => {
  it('takes MapLibre’s canvas and controls out of reach under the vector map, and gives them back', () => {
    const container = document.createElement('div');
    container.innerHTML =
      '<div class="maplibregl-canvas-container"></div><div class="maplibregl-control-container"></div><div class="vector-map"></div><div class="already" inert></div>';
    const wake = inertUnder(container, '.vector-map');
    const inert = () => [...container.children].map((child) => child.hasAttribute('inert'));
    expect(inert()).toEqual([true, true, false, true]);
    wake();
    // What was inert before stays so.
    expect(inert()).toEqual([false, false, false, true]);
  });
});
