import type { SourceId } from './sources';

/** How a published value relates to the truth: the article says "more than 33", not "33". */
export type Qualifier = 'exact' | 'more-than' | 'rounded';

export type UnitId =
  | 'base-stations'
  | 'stations-per-10k-residents'
  | 'stations-per-km2'
  | 'residents'
  | 'residents-per-km2'
  | 'factories'
  | 'platforms';

/** A figure exactly as a source publishes it. Derived figures are computed in derived.ts, never typed here. */
export interface Figure {
  /** A FigureId, or `residents-<code>` for a province's population (province-populations.ts). */
  id: string;
  /** 6-digit administrative code (100000 = China) or a statistical region id. */
  region: string;
  value: number;
  unit: UnitId;
  qualifier: Qualifier;
  /** The date the figure describes, ISO 8601. */
  asOf: string;
  source: SourceId;
}

export const CHINA_CODE = '100000';
export const ZHEJIANG_CODE = '330000';

/** The National Bureau of Statistics' four regions; MIIT reports 5G per region, not per province. */
export const STATISTICAL_REGIONS = {
  east: ['110000', '120000', '130000', '310000', '320000', '330000', '350000', '370000', '440000', '460000'],
  central: ['140000', '340000', '360000', '410000', '420000', '430000'],
  west: [
    '150000',
    '450000',
    '500000',
    '510000',
    '520000',
    '530000',
    '540000',
    '610000',
    '620000',
    '630000',
    '640000',
    '650000',
  ],
  northeast: ['210000', '220000', '230000'],
} as const;
export type StatisticalRegion = keyof typeof STATISTICAL_REGIONS;

const census = (region: string, value: number) =>
  ({ region, value, unit: 'residents', qualifier: 'exact', asOf: '2020-11-01', source: 'zj-census-2021' }) as const;

export const FIGURES = {
  zjStations: {
    region: ZHEJIANG_CODE,
    value: 220_000,
    unit: 'base-stations',
    qualifier: 'rounded',
    asOf: '2023-12-02',
    source: 'xinhua-2023-12-02',
  },
  zjStationsPer10kReported: {
    region: ZHEJIANG_CODE,
    value: 33,
    unit: 'stations-per-10k-residents',
    qualifier: 'more-than',
    asOf: '2023-12-02',
    source: 'xinhua-2023-12-02',
  },
  zjFactories: {
    region: ZHEJIANG_CODE,
    value: 653,
    unit: 'factories',
    qualifier: 'exact',
    asOf: '2023-12-02',
    source: 'xinhua-2023-12-02',
  },
  zjPlatforms: {
    region: ZHEJIANG_CODE,
    value: 535,
    unit: 'platforms',
    qualifier: 'exact',
    asOf: '2023-12-02',
    source: 'xinhua-2023-12-02',
  },
  cnStations: {
    region: CHINA_CODE,
    value: 2_840_000,
    unit: 'base-stations',
    qualifier: 'rounded',
    asOf: '2023-05-31',
    source: 'xinhua-2023-12-02',
  },
  zjResidents2022: {
    region: ZHEJIANG_CODE,
    value: 65_770_000,
    unit: 'residents',
    qualifier: 'rounded',
    asOf: '2022-12-31',
    source: 'zj-bulletin-2024',
  },
  cnResidents2022: {
    region: CHINA_CODE,
    value: 1_411_750_000,
    unit: 'residents',
    qualifier: 'rounded',
    asOf: '2022-12-31',
    source: 'nbs-communique-2023',
  },
  eastStations: {
    region: 'east',
    value: 1_483_000,
    unit: 'base-stations',
    qualifier: 'rounded',
    asOf: '2023-09-30',
    source: 'miit-2023-09',
  },
  centralStations: {
    region: 'central',
    value: 708_000,
    unit: 'base-stations',
    qualifier: 'rounded',
    asOf: '2023-09-30',
    source: 'miit-2023-09',
  },
  westStations: {
    region: 'west',
    value: 795_000,
    unit: 'base-stations',
    qualifier: 'rounded',
    asOf: '2023-09-30',
    source: 'miit-2023-09',
  },
  northeastStations: {
    region: 'northeast',
    value: 203_000,
    unit: 'base-stations',
    qualifier: 'rounded',
    asOf: '2023-09-30',
    source: 'miit-2023-09',
  },
  // The time line's points (src/data/timeline.ts), each with its own date and publisher.
  cnStations2022: {
    region: CHINA_CODE,
    value: 2_312_000,
    unit: 'base-stations',
    qualifier: 'rounded',
    asOf: '2022-12-31',
    source: 'miit-bulletin-2022',
  },
  cnStationsMay2023: {
    region: CHINA_CODE,
    value: 2_844_000,
    unit: 'base-stations',
    qualifier: 'rounded',
    asOf: '2023-05-31',
    source: 'caict-2023-06',
  },
  cnStationsSep2023: {
    region: CHINA_CODE,
    value: 3_189_000,
    unit: 'base-stations',
    qualifier: 'rounded',
    asOf: '2023-09-30',
    source: 'miit-2023-09',
  },
  cnStations2023: {
    region: CHINA_CODE,
    value: 3_377_000,
    unit: 'base-stations',
    qualifier: 'rounded',
    asOf: '2023-12-31',
    source: 'scio-2024-01',
  },
  zjStations2022: {
    region: ZHEJIANG_CODE,
    value: 171_000,
    unit: 'base-stations',
    qualifier: 'more-than',
    asOf: '2022-12-31',
    source: 'zj-comms-2023-02',
  },
  hangzhouResidents: census('330100', 11_936_010),
  ningboResidents: census('330200', 9_404_283),
  wenzhouResidents: census('330300', 9_572_903),
  jiaxingResidents: census('330400', 5_400_868),
  huzhouResidents: census('330500', 3_367_579),
  shaoxingResidents: census('330600', 5_270_977),
  jinhuaResidents: census('330700', 7_050_683),
  quzhouResidents: census('330800', 2_276_184),
  zhoushanResidents: census('330900', 1_157_817),
  taizhouResidents: census('331000', 6_622_888),
  lishuiResidents: census('331100', 2_507_396),
} as const satisfies Record<string, Omit<Figure, 'id'>>;

export type FigureId = keyof typeof FIGURES;

export function figure(id: FigureId): Figure {
  return { id, ...FIGURES[id] };
}

export const REGIONAL_STATION_FIGURES: Readonly<Record<StatisticalRegion, FigureId>> = {
  east: 'eastStations',
  central: 'centralStations',
  west: 'westStations',
  northeast: 'northeastStations',
};

export const CITY_RESIDENT_FIGURES: readonly FigureId[] = [
  'hangzhouResidents',
  'ningboResidents',
  'wenzhouResidents',
  'jiaxingResidents',
  'huzhouResidents',
  'shaoxingResidents',
  'jinhuaResidents',
  'quzhouResidents',
  'zhoushanResidents',
  'taizhouResidents',
  'lishuiResidents',
];
