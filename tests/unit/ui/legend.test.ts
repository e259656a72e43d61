// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RegionCollection } from '../../../src/data/boundaries';
import { metricTitle } from '../../../src/data/describe';
import { METRIC_IDS, METRICS } from '../../../src/data/metrics';
import type { Lang } from '../../../src/i18n';
import { computeChoropleth } from '../../../src/scale/choropleth';
import { legendItems } from '../../../src/scale/legend-items';
import { classedValues } from '../../../src/scale/shown-values';
import { LegendControl } from '../../../src/ui/legend';

const load = (file: string) => JSON.parse(readFileSync(`public/geo/${file}`, 'utf8')) as RegionCollection;
const boundaries = { provinces: load('provinces.json'), cities: load('zhejiang-cities.json') };
const LANGS: Lang[] = ['en', 'zh'];

/** A legend added to a page the way MapLibre adds a control: onAdd's element goes into the map's corner. */
function legendOnPage() {
  const legend = new LegendControl();
  const corner = document.createElement('div');
  document.body.replaceChildren(corner);
  corner.append(legend.onAdd(undefined as never));
  return { legend, corner };
}

describe('LegendControl', () => {
  for (const metricId of METRIC_IDS)
    for (const lang of LANGS)
      it(`shows ${metricId} in ${lang}: its title, and one entry per class of the map's own scale`, () => {
        const choropleth = computeChoropleth(METRICS[metricId], boundaries);
        const { legend, corner } = legendOnPage();
        legend.render(choropleth, lang);
        expect(corner.querySelector('.legend-title')?.textContent).toBe(metricTitle(choropleth.metric, lang));
        const items = legendItems(choropleth.scale, lang, {
          regionalAverage: choropleth.metric.regionalAverage,
          values: classedValues(choropleth),
        });
        const entries = [...corner.querySelectorAll<HTMLElement>('.legend-classes li')];
        expect(entries.map((li) => li.dataset['colour'])).toEqual(items.map((i) => i.colour));
        expect(entries.map((li) => li.querySelector('.legend-label')?.textContent)).toEqual(items.map((i) => i.label));
        // "No data" is its own entry, never a class starting at zero.
        expect(entries.at(-1)?.dataset['noData']).toBe('true');
        expect(entries.filter((li) => li.dataset['noData'])).toHaveLength(1);
        // The ramp in the folded summary has the same colours, swatch by swatch, set through the CSSOM; the
        // regional-average hatch is a note on the classes, not a colour of its own, so the ramp leaves it out.
        const ramp = [...corner.querySelectorAll<HTMLElement>('.legend-ramp .swatch')];
        const colours = items.filter((i) => !i.regional);
        expect(ramp).toHaveLength(colours.length);
        expect(ramp.map((swatch) => swatch.style.backgroundColor)).not.toContain('');
        expect(corner.querySelector('.legend-sources')?.textContent?.trim()).not.toBe('');
      });

  it('gives class bounds as data attributes that follow one another', () => {
    const choropleth = computeChoropleth(METRICS['residents-per-km2'], boundaries);
    const { legend, corner } = legendOnPage();
    legend.render(choropleth, 'en');
    const bounded = [...corner.querySelectorAll<HTMLElement>('.legend-classes li:not([data-no-data])')];
    expect(bounded.length).toBeGreaterThan(1);
    for (let i = 1; i < bounded.length; i++) expect(bounded[i]!.dataset['from']).toBe(bounded[i - 1]!.dataset['to']);
  });

  it("keeps the reader's choice to fold it when it is drawn again", () => {
    const choropleth = computeChoropleth(METRICS['residents-per-km2'], boundaries);
    const { legend, corner } = legendOnPage();
    legend.render(choropleth, 'en');
    const details = corner.querySelector('details')!;
    expect(details.open).toBe(true);
    details.open = false;
    details.dispatchEvent(new Event('toggle'));
    legend.render(choropleth, 'zh');
    expect(corner.querySelector('details')!.open).toBe(false);
    expect(corner.querySelector('.legend-title')?.textContent).toBe(metricTitle(choropleth.metric, 'zh'));
  });

  it('leaves nothing behind when removed', () => {
    const { legend, corner } = legendOnPage();
    legend.render(computeChoropleth(METRICS['residents'], boundaries), 'en');
    legend.onRemove();
    expect(corner.children).toHaveLength(0);
  });
});
