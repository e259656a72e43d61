import type { IControl, Map as MaplibreMap } from 'maplibre-gl';
import { t, type Lang } from '../i18n';
import type { Choropleth } from '../scale/choropleth';
import type { LegendItem } from '../scale/legend-items';
import { legendModel } from '../scene/legend';
import { el } from '../shared/dom';

/** The legend, drawn from the same scale object as the map's fill expression. */
export class LegendControl implements IControl {
  private readonly container = el('section', { class: 'maplibregl-ctrl legend', 'aria-labelledby': 'legend-title' });
  /** Folded on phones, where the full legend would cover most of the map; the reader's choice is kept. */
  private open = !window.matchMedia('(max-width: 720px)').matches;

  onAdd(_map: MaplibreMap): HTMLElement {
    return this.container;
  }

  onRemove(): void {
    this.container.remove();
  }

  render(choropleth: Choropleth, lang: Lang): void {
    const { title, items, reference, notes, sources } = legendModel(choropleth, lang);
    // Folded, the summary still shows the colour ramp, so the map can be read at a glance.
    const ramp = el(
      'span',
      { class: 'legend-ramp', 'aria-hidden': 'true' },
      ...items.filter((item) => !item.regional).map((item) => swatch(item)),
    );
    const details = el(
      'details',
      { class: 'legend-details' },
      el('summary', {}, el('h2', { id: 'legend-title', class: 'legend-title' }, title), ramp),
    );
    details.open = this.open;
    details.addEventListener('toggle', () => (this.open = details.open));
    details.append(
      ...([
        el(
          'ul',
          { class: 'legend-classes' },
          ...items.map((item) =>
            el(
              'li',
              {
                'data-colour': item.colour,
                ...(item.from !== undefined ? { 'data-from': String(item.from) } : {}),
                ...(item.to !== undefined ? { 'data-to': String(item.to) } : {}),
                ...(item.noData ? { 'data-no-data': 'true' } : {}),
                ...(item.regional ? { 'data-regional': 'true' } : {}),
              },
              swatch(item),
              el('span', { class: 'legend-label' }, item.label),
            ),
          ),
        ),
        reference ? el('p', { class: 'legend-reference' }, reference) : null,
        ...notes.map((note) => el('p', { class: 'legend-note' }, note)),
        // Folded: the sources are long and the map is what the legend is for.
        el(
          'details',
          { class: 'legend-sources-toggle' },
          el('summary', {}, t(lang, 'legend.sourcesToggle')),
          el('p', { class: 'legend-sources' }, sources),
        ),
      ].filter((node) => node !== null) as HTMLElement[]),
    );
    this.container.replaceChildren(details);
  }
}

/** Coloured through the CSSOM, not a style attribute, which the Content-Security-Policy would block. */
function swatch(item: LegendItem): HTMLElement {
  const kind = item.regional ? ' swatch-regional' : item.noData ? ' swatch-no-data' : '';
  const node = el('span', { class: `swatch${kind}`, 'aria-hidden': 'true' });
  node.style.backgroundColor = item.colour;
  return node;
}
