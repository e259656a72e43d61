import { featureBounds, type Bounds, type RegionCollection } from '../data/boundaries';
import type { ViewId } from '../state/url-state';
import { POPUP_REGION } from '../scene/story';
import { nameSides } from '../scene/story-sides';

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

/**
 * A city's view holds the city and both of the article's places, with a share of that box around it for context
 * (the cities around the place are in sight, so the reader sees where it is) ...
 */
export const CITY_CONTEXT_MARGIN = 0.15;
/**
 * ... and, beyond each place on the side its name points to, room for the name. The two places are neighbours and
 * the other one's marker stood at the frame's edge with its name cut: Shaoxing's dot is 0.08° inside Hangzhou's
 * eastern edge with its name pointing east; Hangzhou's is 0.5° west of Shaoxing's box, its name pointing west.
 * With these shares each marker, name included, stands whole inside the frame on every map from a 360 px phone
 * up (tests/unit/map/views.test.ts); the city views are about 0.6 zoom levels wider than the city's own box.
 */
export const STORY_NAME_MARGIN = 0.3;
const storyCodes = new Set(Object.values(POPUP_REGION));

export function viewBounds(view: ViewId, provinces: RegionCollection, cities: RegionCollection): Bounds {
  const code = VIEW_REGION[view];
  if (code === null) return CHINA_BOUNDS;
  const feature = [...provinces.features, ...cities.features].find((f) => f.properties.code === code);
  if (!feature) throw new Error(`views: the boundaries have no region ${code} for the view "${view}"`);
  const bounds = featureBounds(feature);
  if (view === 'zhejiang') return widen(bounds, ZHEJIANG_NEIGHBOURS_MARGIN);
  const places = cities.features.filter((f) => storyCodes.has(f.properties.code)).map((f) => f.properties.label);
  return withNameRoom(widen(extend(bounds, places), CITY_CONTEXT_MARGIN), places, STORY_NAME_MARGIN);
}

/** A box reaching past each story place, on its name's side (the scene's nameSides), by a share of its width. */
export function withNameRoom(
  [[west, south], [east, north]]: Bounds,
  places: readonly (readonly [number, number])[],
  share: number,
): Bounds {
  const room = (east - west) * share;
  const sides = nameSides(places);
  places.forEach(([lng], i) => {
    if (sides[i] === 'left') west = Math.min(west, lng - room);
    else east = Math.max(east, lng + room);
  });
  return [
    [west, south],
    [east, north],
  ];
}

/** The smallest box holding a box and some points. */
export function extend([[west, south], [east, north]]: Bounds, points: readonly (readonly [number, number])[]): Bounds {
  for (const [lng, lat] of points)
    [west, east, south, north] = [Math.min(west, lng), Math.max(east, lng), Math.min(south, lat), Math.max(north, lat)];
  return [
    [west, south],
    [east, north],
  ];
}

export function widen([[west, south], [east, north]]: Bounds, share: number): Bounds {
  const dx = (east - west) * share;
  const dy = (north - south) * share;
  return [
    [west - dx, south - dy],
    [east + dx, north + dy],
  ];
}
