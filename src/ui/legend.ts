import type { IControl, Map as MaplibreMap } from 'maplibre-gl';
import { describeValue } from '../data/describe';
import { t, type Lang } from '../i18n';
import type { Choropleth } from '../scale/choropleth';
import { legendItems } from '../scale/legend-items';
import { el } from './dom';

/** The legend, drawn from the same scale object as the map's fill expression. */
export class LegendControl implements IControl {
  private readonly container = el('section', { class: 'maplibregl-ctrl legend', 'aria-labelledby': 'legend-title' });

  onAdd(_map: MaplibreMap): HTMLElement {
    return this.container;
  }

  onRemove(): void {
    this.container.remove();
  }

  render(choropleth: Choropleth, lang: Lang): void {
    const metricTitle = t(lang, `metric.${choropleth.metric.id}`);
    const items = legendItems(choropleth.scale, lang);
    const reference = choropleth.reference ? describeValue(choropleth.reference, lang).value : null;
    this.container.replaceChildren(...[
      el('h2', { id: 'legend-title', class: 'legend-title' }, metricTitle),
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
            },
            el('span', { class: item.noData ? 'swatch swatch-no-data' : 'swatch', style: `background:${item.colour}`, 'aria-hidden': 'true' }),
            el('span', { class: 'legend-label' }, item.label),
          ),
        ),
      ),
      reference ? el('p', { class: 'legend-reference' }, t(lang, 'legend.reference', { value: reference })) : null,
      choropleth.metric.regionalAverage ? el('p', { class: 'legend-note' }, t(lang, 'legend.regionalNote')) : null,
    ].filter((node) => node !== null) as HTMLElement[]);
  }
}
