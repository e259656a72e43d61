import { creditsCompact } from '../scene/credits-fold';
import { el } from '../shared/dom';

/**
 * The vector map's credits as MapLibre's attribution control is built (a <details> with its ⓘ summary and its text),
 * so both maps show the same credits the same way: in full on a wide map, folded behind the button on a phone (as
 * CreditsControls.foldCompact folds MapLibre's), opened by a tap. `text` is the element whose text is the credits.
 */
export function buildCredits(attribution: string): { credits: HTMLDetailsElement; text: HTMLElement } {
  const text = el('div', { class: 'maplibregl-ctrl-attrib-inner' }, attribution);
  // MapLibre's English name for its button, as the vector map's zoom buttons take MapLibre's.
  const button = el('summary', {
    class: 'maplibregl-ctrl-attrib-button',
    title: 'Toggle attribution',
    'aria-label': 'Toggle attribution',
  });
  const credits = el(
    'details',
    { class: 'maplibregl-ctrl maplibregl-ctrl-attrib vector-map-attribution', open: '' },
    button,
    text,
  );
  credits.addEventListener('toggle', () => {
    if (credits.classList.contains('maplibregl-compact'))
      credits.classList.toggle('maplibregl-compact-show', credits.open);
  });
  return { credits, text };
}

/** Folds the credits when the map becomes narrow, unfolds them when it becomes wide; a tap opens them between. */
export function fitCredits(credits: HTMLDetailsElement, mapWidthPx: number): void {
  const compact = creditsCompact(mapWidthPx);
  if (compact === credits.classList.contains('maplibregl-compact')) return;
  credits.classList.toggle('maplibregl-compact', compact);
  credits.classList.remove('maplibregl-compact-show');
  credits.open = !compact;
}
