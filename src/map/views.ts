import { featureBounds, type Bounds, type RegionCollection } from '../data/boundaries';
import type { ViewId } from '../state/url-state';

// Mainland China with Hainan and the South China Sea's northern edge; the islands further south
// are not in the boundary data (see geo/README.md).
const CHINA_BOUNDS: Bounds = [
  [73.5, 17.5],
  [135.1, 53.6],
];

export const VIEW_REGION: Readonly<Record<ViewId, string | null>> = {
  china: null,
  zhejiang: '330000',
  hangzhou: '330100',
  shaoxing: '330600',
};

/** The city a view is about (Hangzhou, Shaoxing), or null for the national and provincial views. */
export function viewCity(view: ViewId): string | null {
  const code = VIEW_REGION[view];
  return code !== null && !code.endsWith('0000') ? code : null;
}

/**
 * How far beyond Zhejiang's own box the Zhejiang view reaches, as a share of the box on each side: enough
 * for parts of Shanghai, Jiangsu and Fujian (East) and of Anhui and Jiangxi (Central) to be on screen, so
 * the province is seen against its neighbours' regional averages rather than alone.
 */
export const ZHEJIANG_NEIGHBOURS_MARGIN = 0.35;

export function viewBounds(view: ViewId, provinces: RegionCollection, cities: RegionCollection): Bounds {
  const code = VIEW_REGION[view];
  if (code === null) return CHINA_BOUNDS;
  const feature = [...provinces.features, ...cities.features].find((f) => f.properties.code === code);
  if (!feature) throw new Error(`views: the boundaries have no region ${code} for the view "${view}"`);
  const bounds = featureBounds(feature);
  return view === 'zhejiang' ? widen(bounds, ZHEJIANG_NEIGHBOURS_MARGIN) : bounds;
}

export function widen([[west, south], [east, north]]: Bounds, share: number): Bounds {
  const dx = (east - west) * share;
  const dy = (north - south) * share;
  return [
    [west - dx, south - dy],
    [east + dx, north + dy],
  ];
}
