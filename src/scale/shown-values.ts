import type { RegionValue } from '../data/derived';
import type { UserValue } from '../data/user-data';
// Types only: the snapshot command line imports this under plain Node, where the build-time palette
// that choropleth.ts pulls in (virtual:palettes) does not exist.
import type { Choropleth } from './choropleth';

/** Every value a choropleth shows, its reference (China's average) included: what its sources must cover. */
export function shownValues(choropleth: Choropleth): (RegionValue | UserValue)[] {
  return [...choropleth.values.values(), ...(choropleth.reference ? [choropleth.reference] : [])];
}

/** The values the breaks were computed from, when they were (quantiles, equal intervals); a threshold scale's breaks are chosen round. */
export function classedValues(choropleth: Choropleth): number[] | undefined {
  if (choropleth.metric.classing.method === 'threshold') return undefined;
  return [...choropleth.values.values()].map((v) => v.value);
}
