import type { RegionValue } from '../data/derived';
import { joinMetrics, type JoinReport } from '../data/join';
import type { Metric } from '../data/metrics';
import type { MapLevel, UserMetric, UserValue } from '../data/user-data';
import type { RegionInfo } from '../data/regions';
import { areaLookup, regionsOf, type RegionCollection } from '../data/boundaries';
import { colourScale, type ColourScale } from './classify';

/** Everything the map and the legend need to shade one metric: a built-in one, or one from the user's file. */
export interface Choropleth {
  metric: Metric | UserMetric;
  level: MapLevel;
  /** Values by region code; a region missing here is "no data". */
  values: Map<string, RegionValue | UserValue>;
  scale: ColourScale;
  report: JoinReport<unknown>;
  reference?: RegionValue;
}

export interface Boundaries {
  provinces: RegionCollection;
  cities: RegionCollection;
}

export function computeChoropleth(metric: Metric, boundaries: Boundaries): Choropleth {
  const areas = areaLookup(boundaries.provinces, boundaries.cities);
  const regions: RegionInfo[] = regionsOf(metric.level === 'province' ? boundaries.provinces : boundaries.cities);
  const records = metric.values(areas).map((v, i) => ({ row: i + 1, key: v.code, value: v.value, extra: v }));
  const report = joinMetrics(regions, records);
  const values = new Map(report.matched.map((m) => [m.code, m.record.extra!]));
  const scale = colourScale(
    metric.classing,
    [...values.values()].map((v) => v.value),
  );
  return { metric, level: metric.level, values, scale, report, reference: metric.reference?.(areas) };
}
