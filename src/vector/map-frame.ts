import { el } from '../shared/dom';
import { buildCredits, fitCredits } from './credits';

/** The vector map's elements, in MapLibre's classes so the page's styles and controls apply to both maps. */
export interface MapFrame {
  root: HTMLElement;
  /** Where the map is drawn and where gestures land. */
  surface: HTMLElement;
  noticeLine: HTMLElement;
  attributionLine: HTMLElement;
  tooltip: HTMLElement;
}

/** The map's box: its surface, a control corner each as MapLibre has, the tooltip, the notice and the credits. */
export function buildMapFrame(attribution: string): MapFrame {
  const tooltip = el('div', { class: 'maplibregl-popup map-tooltip vector-tooltip', hidden: '' });
  const noticeLine = el('p', { class: 'vector-map-notice', role: 'status' });
  const { credits, text: attributionLine } = buildCredits(attribution);
  const surface = el('div', { class: 'vector-map-surface' });
  const root = el(
    'div',
    { class: 'vector-map', 'data-renderer': 'svg' },
    surface,
    ...(['top-left', 'top-right', 'bottom-left', 'bottom-right'] as const).map((corner) =>
      el('div', { class: `maplibregl-ctrl-${corner}`, 'data-corner': corner }),
    ),
    tooltip,
    noticeLine,
  );
  root.querySelector('[data-corner="bottom-right"]')?.append(credits);
  // Folded on a phone, in full on a wider map, as MapLibre's credits are; followed when the map's box changes.
  new ResizeObserver(() => fitCredits(credits, root.clientWidth)).observe(root);
  return { root, surface, noticeLine, attributionLine, tooltip };
}

/** What the pointer does over the map that is not a gesture: click opens, hover highlights, leaving clears. */
export interface PointerHandlers<Region> {
  wasDrag(): boolean;
  pick(event: MouseEvent): Region | null;
  open(region: Region): void;
  hover(region: Region | null, event: MouseEvent): void;
}

export function bindPointer<Region>(surface: HTMLElement, on: PointerHandlers<Region>): void {
  surface.addEventListener('click', (event) => {
    if (on.wasDrag()) return;
    const region = on.pick(event);
    if (region) on.open(region);
  });
  surface.addEventListener('mousemove', (event) => {
    if (event.buttons) return; // a drag: pan-zoom.ts moves the map, nothing is picked
    const region = on.pick(event);
    surface.style.cursor = region ? 'pointer' : '';
    on.hover(region, event);
  });
  surface.addEventListener('mouseleave', (event) => on.hover(null, event));
}
