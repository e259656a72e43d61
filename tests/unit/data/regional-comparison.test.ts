import { describe, expect, it } from 'vitest';
import {
  METRICS,
  OUTSIDE_MAINLAND_STATISTICS,
  STATIONS_PER_10K_COMPARISON_BREAKS,
  regionalStationsPer10k,
  stationsPer10kAgainstRegions,
} from '../../../src/data/metrics';
import { STATISTICAL_REGIONS } from '../../../src/data/figures';
import { PROVINCE_RESIDENTS_2022_IN_10K } from '../../../src/data/province-populations';
import { colourScale } from '../../../src/scale/classify';
import { describeValue } from '../../../src/data/describe';

// Expected values computed by hand in facts.md / issue 11, to one decimal.
const HAND_COMPUTED = { east: 26.2, central: 19.4, west: 20.8, northeast: 21.0 } as const;

describe('5G stations per 10,000 residents: Zhejiang against the regional averages', () => {
  it.each(Object.entries(HAND_COMPUTED))('the %s region averages %s', (region, expected) => {
    const average = regionalStationsPer10k(region as keyof typeof HAND_COMPUTED);
    expect(Math.round(average.value * 10) / 10).toBe(expected);
    // MIIT's count of end of September 2023 over the provinces' end-2022 population: two dated inputs.
    expect(average.inputs.map((f) => [f.source, f.asOf])).toEqual([
      ['miit-2023-09', '2023-09-30'],
      ['nbs-provincial-2022', '2022-12-31'],
    ]);
  });

  it('the 31 provinces add up to the 140,975 (10,000s) that facts.md gives', () => {
    expect(Object.values(PROVINCE_RESIDENTS_2022_IN_10K).reduce((a, b) => a + b, 0)).toBe(140_975);
    expect(Object.keys(PROVINCE_RESIDENTS_2022_IN_10K).sort()).toEqual(
      Object.values(STATISTICAL_REGIONS).flat().sort(),
    );
  });

  it('Zhejiang gets its own figure (33.4), not the East average', () => {
    const zj = stationsPer10kAgainstRegions().find((v) => v.code === '330000')!;
    expect(zj.averageOf).toBeUndefined();
    expect(Math.round(zj.value * 10) / 10).toBe(33.4);
    expect(zj.inputs.map((f) => f.id)).toEqual(['zjStations', 'zjResidents2022']);
  });

  it('every other mainland province carries its region’s average, marked as one', () => {
    const values = stationsPer10kAgainstRegions();
    expect(values).toHaveLength(31);
    const shanghai = values.find((v) => v.code === '310000')!;
    const anhui = values.find((v) => v.code === '340000')!;
    expect(shanghai.averageOf).toBe('east');
    expect(shanghai.value).toBe(regionalStationsPer10k('east').value);
    expect(anhui.averageOf).toBe('central');
  });

  it('Hong Kong, Macao and Taiwan are no data, not zero', () => {
    const codes = new Set(stationsPer10kAgainstRegions().map((v) => v.code));
    for (const code of OUTSIDE_MAINLAND_STATISTICS) expect(codes.has(code)).toBe(false);
    expect(describeValue(undefined, 'en').value).toBe('no data');
  });

  it('a regional average reads as the region’s, never as the province’s own figure', () => {
    const beijing = stationsPer10kAgainstRegions().find((v) => v.code === '110000')!;
    expect(describeValue(beijing, 'en').value).toBe('East China average: 26.2 per 10,000 residents');
    expect(describeValue(beijing, 'zh').value).toBe('东部地区平均：26.2个/万人');
    // Each input with its own date beside its own publisher.
    const detail = describeValue(beijing, 'en').detail.join(' | ');
    expect(detail).toContain('end of Sep 2023 · Ministry of Industry and Information Technology');
    expect(detail).toContain('end of Dec 2022 · National Bureau of Statistics');
  });

  it('is the default metric, with China’s 20.1 as its reference', () => {
    const metric = METRICS['stations-per-10k-regions'];
    expect(metric.regionalAverage).toBe(true);
    expect(Math.round(metric.reference!(() => 1).value * 10) / 10).toBe(20.1);
  });

  it('its class breaks put Central, West and Northeast, East and Zhejiang in four different classes', () => {
    const scale = colourScale(
      METRICS['stations-per-10k-regions'].classing,
      stationsPer10kAgainstRegions().map((v) => v.value),
    );
    expect(scale.domain()).toEqual([...STATIONS_PER_10K_COMPARISON_BREAKS]);
    const colourOf = (value: number) => scale(value);
    const central = colourOf(regionalStationsPer10k('central').value);
    const west = colourOf(regionalStationsPer10k('west').value);
    const northeast = colourOf(regionalStationsPer10k('northeast').value);
    const east = colourOf(regionalStationsPer10k('east').value);
    const zhejiang = colourOf(stationsPer10kAgainstRegions().find((v) => v.code === '330000')!.value);
    expect(west).toBe(northeast);
    expect(new Set([central, west, east, zhejiang]).size).toBe(4);
    // Darker is more: Zhejiang's class is the last of the palette.
    expect(zhejiang).toBe(scale.range().at(-1));
  });
});

describe('residents per km² for every province', () => {
  it('divides each province’s end-2022 population by its computed area', () => {
    const areas = (code: string) => (code === '330000' ? 105_000 : 100_000);
    const values = METRICS['province-residents-per-km2'].values(areas);
    expect(values).toHaveLength(31);
    const zj = values.find((v) => v.code === '330000')!;
    expect(zj.value).toBeCloseTo(65_770_000 / 105_000, 6);
    expect(zj.areaKm2).toBe(105_000);
    expect(zj.inputs[0]?.source).toBe('nbs-provincial-2022');
  });
});
