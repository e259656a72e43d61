import { metresPerCssPixel, scaleBar, type ScaleBar } from '../scene/scale-bar';
import { el } from '../shared/dom';
import type { Camera } from './camera';

/** MapLibre's ScaleControl default: the bar is at most 100 CSS px long. */
const MAX_WIDTH_PX = 100;

/**
 * The live map's scale label as MapLibre's ScaleControl writes it, in either language: "10 km", "500 m", with a
 * no-break space that keeps the number with its unit.
 */
export function liveScaleLabel(metres: number): string {
  return metres >= 1000 ? `${metres / 1000}\u00a0km` : `${metres}\u00a0m`;
}

/** The scene's round distance for the camera, measured at the map's middle latitude as MapLibre measures it. */
export function liveScaleBar(camera: Pick<Camera, 'center' | 'zoom'>): ScaleBar {
  return scaleBar(metresPerCssPixel(camera.center[1], camera.zoom), MAX_WIDTH_PX);
}

/**
 * The vector map's scale bar, in MapLibre's classes and place (bottom right, above the credits), so both live maps
 * show the same distance for the same camera; updated after each drawing.
 */
export class VectorScaleControl {
  private readonly element = el('div', { class: 'maplibregl-ctrl maplibregl-ctrl-scale' });

  onAdd(): HTMLElement {
    return this.element;
  }

  onRemove(): void {
    this.element.remove();
  }

  update(camera: Pick<Camera, 'center' | 'zoom'>): void {
    const bar = liveScaleBar(camera);
    this.element.style.width = `${Math.round(bar.lengthPx)}px`;
    this.element.textContent = liveScaleLabel(bar.metres);
  }
}
