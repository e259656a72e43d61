import {
  CHINA_CODE,
  CITY_RESIDENT_FIGURES,
  REGIONAL_STATION_FIGURES,
  STATISTICAL_REGIONS,
  ZHEJIANG_CODE,
  figure,
  type StatisticalRegion,
  type UnitId,
} from './figures';
import {
  perSquareKilometre,
  perSquareKilometreOf,
  perTenThousandOf,
  perTenThousandResidents,
  published,
  type RegionValue,
} from './derived';
import { provinceResidents2022, regionResidents2022 } from './province-populations';

export type Level = 'province' | 'city';

/** How a metric's values are cut into classes; see src/scale/classify.ts. */
export type Classing =
  | { method: 'threshold'; breaks: readonly number[] }
  | { method: 'quantile'; classes: number }
  | { method: 'equal-interval'; classes: number };

export const METRIC_IDS = [
  'stations-per-10k-regions',
  'stations-per-10k',
  'stations-per-km2',
  'regional-stations-per-km2',
  'residents-per-km2',
  'province-residents-per-km2',
  'residents',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];
// The one full-coverage comparison the sources allow: Zhejiang's own figure against the regions' averages.
export const DEFAULT_METRIC: MetricId = 'stations-per-10k-regions';

/** Areas computed from the boundaries, by code. */
export type AreaLookup = (code: string) => number | undefined;

export interface Metric {
  id: MetricId;
  level: Level;
  unit: UnitId;
  classing: Classing;
  /** Values are averages over statistical regions shaded on each member province. */
  regionalAverage: boolean;
  values(areas: AreaLookup): RegionValue[];
  /** A reference figure drawn on the legend (China's average), if the metric has one. */
  reference?(areas: AreaLookup): RegionValue;
}

/** Hong Kong, Macao and Taiwan are outside the mainland statistics the national figures describe. */
export const OUTSIDE_MAINLAND_STATISTICS = ['710000', '810000', '820000'] as const;

function requireArea(areas: AreaLookup, code: string): number {
  const a = areas(code);
  if (a === undefined) throw new Error(`metrics: no boundary area for region ${code}`);
  return a;
}

export function mainlandAreaKm2(areas: AreaLookup): number {
  const provinces = Object.values(STATISTICAL_REGIONS).flat();
  return provinces.reduce((sum, code) => sum + requireArea(areas, code), 0);
}

function regionalAverage(region: StatisticalRegion, areas: AreaLookup): RegionValue[] {
  const members = STATISTICAL_REGIONS[region];
  const regionArea = members.reduce((sum, code) => sum + requireArea(areas, code), 0);
  const average = perSquareKilometre(region, REGIONAL_STATION_FIGURES[region], regionArea, 'stations-per-km2');
  return members.map((code) => ({ ...average, code, averageOf: region }));
}

/**
 * Each statistical region's 5G stations per 10,000 residents: MIIT's count at the end of September 2023
 * over the sum of the region's provinces' populations at the end of 2022.
 */
export function regionalStationsPer10k(region: StatisticalRegion): RegionValue {
  return perTenThousandOf(region, figure(REGIONAL_STATION_FIGURES[region]), regionResidents2022(region));
}

/** Zhejiang by its own figure; every other mainland province by its region's average, marked as such. */
export function stationsPer10kAgainstRegions(): RegionValue[] {
  const own = perTenThousandResidents(ZHEJIANG_CODE, 'zjStations', 'zjResidents2022');
  return (Object.keys(STATISTICAL_REGIONS) as StatisticalRegion[]).flatMap((region) => {
    const average = regionalStationsPer10k(region);
    return STATISTICAL_REGIONS[region].map((code) =>
      code === ZHEJIANG_CODE ? own : { ...average, code, averageOf: region },
    );
  });
}

/**
 * Class breaks for the comparison, chosen by hand for its five values (Central 19.4, West 20.8,
 * Northeast 21.0, East 26.2, Zhejiang 33.4) so that each group gets a class of its own: 20 is China's
 * average (20.1) rounded, below it only the Central region; 23 falls in the gap between the West and
 * Northeast (about 21) and the East (about 26); 30 is the round number under Zhejiang's "more than 33".
 * Equal intervals or quantiles over five values would put the East and Zhejiang, the article's point,
 * in one class or split the two near-equal West and Northeast.
 */
export const STATIONS_PER_10K_COMPARISON_BREAKS = [20, 23, 30] as const;

// Per-km² classes are shared by both 5G density metrics so that the two maps can be compared.
const STATIONS_PER_KM2_BREAKS = [0.1, 0.25, 0.5, 1, 2] as const;

export const METRICS: Readonly<Record<MetricId, Metric>> = {
  'stations-per-10k-regions': {
    id: 'stations-per-10k-regions',
    level: 'province',
    unit: 'stations-per-10k-residents',
    classing: { method: 'threshold', breaks: STATIONS_PER_10K_COMPARISON_BREAKS },
    regionalAverage: true,
    values: () => stationsPer10kAgainstRegions(),
    reference: () => perTenThousandResidents(CHINA_CODE, 'cnStations', 'cnResidents2022'),
  },
  'stations-per-10k': {
    id: 'stations-per-10k',
    level: 'province',
    unit: 'stations-per-10k-residents',
    classing: { method: 'threshold', breaks: [10, 15, 20, 25, 30] },
    regionalAverage: false,
    values: () => [perTenThousandResidents(ZHEJIANG_CODE, 'zjStations', 'zjResidents2022')],
    reference: () => perTenThousandResidents(CHINA_CODE, 'cnStations', 'cnResidents2022'),
  },
  'stations-per-km2': {
    id: 'stations-per-km2',
    level: 'province',
    unit: 'stations-per-km2',
    classing: { method: 'threshold', breaks: STATIONS_PER_KM2_BREAKS },
    regionalAverage: false,
    values: (areas) => [
      perSquareKilometre(ZHEJIANG_CODE, 'zjStations', requireArea(areas, ZHEJIANG_CODE), 'stations-per-km2'),
    ],
    reference: (areas) => perSquareKilometre(CHINA_CODE, 'cnStations', mainlandAreaKm2(areas), 'stations-per-km2'),
  },
  'regional-stations-per-km2': {
    id: 'regional-stations-per-km2',
    level: 'province',
    unit: 'stations-per-km2',
    classing: { method: 'threshold', breaks: STATIONS_PER_KM2_BREAKS },
    regionalAverage: true,
    values: (areas) =>
      (Object.keys(STATISTICAL_REGIONS) as StatisticalRegion[]).flatMap((r) => regionalAverage(r, areas)),
  },
  'residents-per-km2': {
    id: 'residents-per-km2',
    level: 'city',
    unit: 'residents-per-km2',
    classing: { method: 'quantile', classes: 5 },
    regionalAverage: false,
    values: (areas) =>
      CITY_RESIDENT_FIGURES.map((id) => {
        const code = figure(id).region;
        return perSquareKilometre(code, id, requireArea(areas, code), 'residents-per-km2');
      }),
  },
  'province-residents-per-km2': {
    id: 'province-residents-per-km2',
    level: 'province',
    unit: 'residents-per-km2',
    classing: { method: 'quantile', classes: 5 },
    regionalAverage: false,
    values: (areas) =>
      Object.values(STATISTICAL_REGIONS)
        .flat()
        .map((code) => {
          const residents = provinceResidents2022(code);
          if (!residents) throw new Error(`metrics: no end-2022 population for province ${code}`);
          return perSquareKilometreOf(code, residents, requireArea(areas, code), 'residents-per-km2');
        }),
  },
  residents: {
    id: 'residents',
    level: 'city',
    unit: 'residents',
    classing: { method: 'quantile', classes: 5 },
    regionalAverage: false,
    values: () => CITY_RESIDENT_FIGURES.map((id) => published(figure(id).region, id)),
  },
};

export function isMetricId(value: string): value is MetricId {
  return (METRIC_IDS as readonly string[]).includes(value);
}
