import { regionsOf } from '../data/boundaries';
import type { MapLevel } from '../data/user-data';
import { t, type Lang } from '../i18n';
import type { MapSurface } from '../map/surface';
import type { Boundaries, Choropleth } from '../scale/choropleth';
import { mapSummary, renderDataTable } from './data-table';
import { renderRegionList } from './region-list';

/** Where the region list, the data table and the map's accessible summary go. */
export interface RegionPanelElements {
  regions: HTMLElement;
  data: HTMLElement;
  map: HTMLElement;
}

/**
 * The map's regions in words: the keyboard's region list, the data table and the map's accessible name, for the
 * areas the map shows (the reader's loaded areas first when they are shown).
 */
export class RegionPanels {
  /** The list depends only on the language and on which areas are loaded, not on the metric. */
  private listKey = '';

  constructor(
    private readonly elements: RegionPanelElements,
    private readonly boundaries: Boundaries,
    private readonly map: () => MapSurface | undefined,
  ) {}

  /** New areas may have been loaded: the next render lists them afresh. */
  forgetList(): void {
    this.listKey = '';
  }

  render(shown: Choropleth, lang: Lang): void {
    const regionsAt = (level: MapLevel) =>
      level === 'custom'
        ? (this.map()?.regionsAt('custom') ?? [])
        : regionsOf(level === 'province' ? this.boundaries.provinces : this.boundaries.cities);
    const regions = regionsAt(shown.level);
    const listKey = `${lang}|${shown.level}`;
    if (listKey !== this.listKey) {
      this.listKey = listKey;
      const groups = [
        ...(shown.level === 'custom' ? [{ title: t(lang, 'control.customRegions'), regions }] : []),
        { title: t(lang, 'control.cities'), regions: regionsAt('city') },
        { title: t(lang, 'control.provinces'), regions: regionsAt('province') },
      ];
      renderRegionList(this.elements.regions, t(lang, 'control.regions'), groups, lang, {
        focus: (code) => this.map()?.focusRegion(code),
        open: (code) => this.map()?.openRegionPopup(code),
      });
    }
    renderDataTable(this.elements.data, shown, regions, lang);
    this.elements.map.setAttribute(
      'aria-label',
      t(lang, 'a11y.mapLabel', { summary: mapSummary(shown, regions, lang) }),
    );
  }
}
