/**
 * The vector page (src/export/vector-page.ts) of a view and language, built in Node as the export builds it in the
 * page: the same scene, page text and framing, with a text measurer from the characters instead of a canvas.
 */
import { readFileSync } from 'node:fs';
import type { RegionCollection } from '../../../src/data/boundaries';
import { DEFAULT_METRIC, METRICS } from '../../../src/data/metrics';
import type { ExportHost } from '../../../src/export/host';
import { pageText } from '../../../src/export/page-text';
import { sizeFromCss, type SnapshotSize } from '../../../src/export/presets';
import type { Measure } from '../../../src/export/text-wrap';
import { vectorPage } from '../../../src/export/vector-page';
import type { Lang } from '../../../src/i18n';
import { viewBounds, viewCity } from '../../../src/map/views';
import { computeChoropleth } from '../../../src/scale/choropleth';
import type { ViewId } from '../../../src/state/url-state';
import { estimateTextWidth } from '../../../src/vector/render-svg';

const load = (file: string) => JSON.parse(readFileSync(`public/geo/${file}`, 'utf8')) as RegionCollection;
export const boundaries = { provinces: load('provinces.json'), cities: load('zhejiang-cities.json') };
export const choropleth = computeChoropleth(METRICS[DEFAULT_METRIC], boundaries);
// Bold text is a little wider than the estimate; the estimate is the same on every machine, which a snapshot needs.
export const measure: Measure = (text, font) => estimateTextWidth(text, font.sizePx) * (font.weight === 700 ? 1.05 : 1);

export const VIEWS: ViewId[] = ['china', 'zhejiang', 'hangzhou', 'shaoxing'];
export const LANGS: Lang[] = ['en', 'zh'];
/** The PNG and SVG exports' screen size of issue 21, and A4 landscape at 96 px to the inch (the PDF's page). */
export const PAGE_SIZES: Record<string, SnapshotSize> = {
  '1600x1000': sizeFromCss(1600, 1000, 1),
  a4: sizeFromCss(1122.52, 793.7, 1),
};

export function pageOf(view: ViewId, lang: Lang, size: SnapshotSize = PAGE_SIZES['1600x1000']!, halo?: 'copy') {
  const host = { state: { view, lang }, choropleth, boundaries } as unknown as ExportHost;
  return vectorPage({
    size,
    text: pageText(host, lang),
    measure,
    lang,
    map: { ...boundaries, choropleth, lang, selected: viewCity(view) },
    frame: { bounds: viewBounds(view, boundaries.provinces, boundaries.cities) },
    popup: null,
    metadata: () => [],
    ...(halo ? { halo } : {}),
  });
}
