import type { RegionValue } from '../data/derived';
import type { UserValue } from '../data/user-data';
// Types only: the snapshot command line imports this under plain Node, where the build-time palette
// that choropleth.ts pulls in (virtual:palettes) does not exist.
import type { Choropleth } from './choropleth';

/** Every value a choropleth shows, its reference (China's average) included: what its sources must cover. */
export function shownValues(choropleth: Choropleth): (RegionValue | UserValue)[] {
  return [...choropleth.values.values(), ...(choropleth.reference ? [choropleth.reference] : [])];
}
