import { CHINA_CODE } from '../data/figures';
import type { RegionInfo } from '../data/regions';
import type { RegionValue } from '../data/derived';
import type { UserValue } from '../data/user-data';
import type { Choropleth } from '../scale/choropleth';

export interface ShownValue {
  value: RegionValue | UserValue | undefined;
  /** The province whose value a city shows under a province metric; undefined when the value is the region's own. */
  within: RegionInfo | undefined;
}

/**
 * The value the choropleth gives a region, as every tooltip, popup and export card says it: a city under a
 * province metric shows its province's value, named as its province's.
 */
export function shownValue(
  choropleth: Pick<Choropleth, 'level' | 'values'>,
  region: RegionInfo,
  regionByCode: (code: string) => RegionInfo | undefined,
): ShownValue {
  if (choropleth.level === 'province' && region.parent !== CHINA_CODE)
    return { value: choropleth.values.get(region.parent), within: regionByCode(region.parent) };
  return { value: choropleth.values.get(region.code), within: undefined };
}
