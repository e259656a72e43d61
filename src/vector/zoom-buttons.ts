import type { IControl } from 'maplibre-gl';
import { el } from '../shared/dom';

/**
 * MapLibre's zoom buttons (its NavigationControl without the compass) for the vector map: the same classes, so
 * maplibre-gl.css draws the same icons, and the same English names MapLibre gives them.
 */
export class ZoomButtons implements IControl {
  constructor(private readonly zoomBy: (levels: number) => void) {}

  onAdd(): HTMLElement {
    const button = (kind: 'in' | 'out', label: string, levels: number) => {
      const element = el(
        'button',
        { type: 'button', class: `maplibregl-ctrl-zoom-${kind}`, 'aria-label': label, title: label },
        el('span', { class: 'maplibregl-ctrl-icon', 'aria-hidden': 'true' }),
      );
      element.addEventListener('click', () => this.zoomBy(levels));
      return element;
    };
    return el(
      'div',
      { class: 'maplibregl-ctrl maplibregl-ctrl-group' },
      button('in', 'Zoom in', 1),
      button('out', 'Zoom out', -1),
    );
  }

  onRemove(): void {}
}
