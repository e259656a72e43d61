// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { emptyChoropleth } from '../../../src/byod/user-choropleth';
// The credits of a reader's file are in the loader's strings, which come with its chunk on the page.
import '../../../src/byod/strings';
import type { RegionCollection } from '../../../src/data/boundaries';
import type { MapSurface } from '../../../src/map/surface';
import { parseUrlState } from '../../../src/state/url-state';
import { Store } from '../../../src/state/store';
import { ShownData } from '../../../src/ui/shown-data';

const load = (file: string) => JSON.parse(readFileSync(`public/geo/${file}`, 'utf8')) as RegionCollection;
const boundaries = { provinces: load('provinces.json'), cities: load('zhejiang-cities.json') };

function page() {
  document.body.innerHTML = '<h1 id="title"></h1><p id="subtitle"></p><p id="sources"></p>';
  const store = new Store(parseUrlState('?lang=en&metric=residents', 'en').state);
  const map = { showChoropleth: vi.fn(), setAttribution: vi.fn() };
  const calls = { panels: 0, forgotten: 0, readerData: [] as (string | null)[] };
  const shown = new ShownData({
    store,
    boundaries,
    map: () => map as unknown as MapSurface,
    renderPanels: () => calls.panels++,
    forgetRegionList: () => calls.forgotten++,
    readerDataChanged: (file) => calls.readerData.push(file),
  });
  // As follow-store.ts does: a change of `userData` shows what the state asks for.
  store.subscribe((next) => shown.show(shown.choroplethFor(next), next.lang));
  return { store, map, calls, shown };
}

describe('ShownData', () => {
  it('shows the built-in metric until the reader loads data, then theirs, with credits that follow', () => {
    const { store, map, calls, shown } = page();
    expect(shown.choroplethFor(store.state).metric.id).toBe('residents');
    const areas = emptyChoropleth('districts.geojson');
    shown.showUserData(areas);
    expect(store.state.userData).toBe(true);
    expect(map.showChoropleth).toHaveBeenLastCalledWith(areas);
    expect(calls.forgotten).toBe(1);
    expect(shown.credits().boundaries?.file).toBe('districts.geojson');
    expect(map.setAttribution).toHaveBeenLastCalledWith(expect.stringContaining('districts.geojson'));
    expect(calls.readerData).toEqual(['districts.geojson']);
    // Back to the article's metric: the built-in credits return.
    store.update({ userData: false });
    expect(shown.credits().boundaries).toBeNull();
    expect(calls.readerData).toEqual(['districts.geojson', null]);
  });

  it("switches among the reader's columns from the metric list, and names them", () => {
    const { store, map, calls, shown } = page();
    const first = emptyChoropleth('a.geojson');
    const second = emptyChoropleth('b.geojson');
    shown.showUserData(first, [second]);
    expect(shown.userColumns('en')).toEqual({ titles: ['Your data: a', 'Your data: b'], shown: 0 });
    shown.showUserColumn(5);
    expect(shown.userColumns('en').shown).toBe(1);
    expect(map.showChoropleth).toHaveBeenLastCalledWith(second);
    expect(shown.choroplethFor(store.state)).toBe(second);
    expect(calls.panels).toBe(1);
  });
});
