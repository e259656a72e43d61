import { describe, expect, it } from 'vitest';
import { METRICS, mainlandAreaKm2 } from '../../../src/data/metrics';
import { FIGURES } from '../../../src/data/figures';
import { latestAsOf } from '../../../src/data/derived';

// Hand-computed from /shared/facts.md; areas are made-up round numbers so the arithmetic is checkable.
const areas = (code: string) =>
  code === '330000' ? 105_000 : code.endsWith('0000') ? 300_000 : code === '330100' ? 16_000 : 8_000;

describe('derived figures', () => {
  it('Zhejiang per 10,000 residents is 220,000 over 65.77 million, about 33.45', () => {
    const [zj] = METRICS['stations-per-10k'].values(areas);
    expect(zj?.code).toBe('330000');
    expect(zj?.value).toBeCloseTo((220_000 / 65_770_000) * 10_000, 10);
    expect(zj?.value).toBeCloseTo(33.45, 2);
    // The article says "more than 33": the derived value must agree with it.
    expect(zj!.value).toBeGreaterThan(FIGURES.zjStationsPer10kReported.value);
    expect(zj?.inputs.map((f) => f.id)).toEqual(['zjStations', 'zjResidents2022']);
  });

  it("China's reference is 2.84 million over 1,411.75 million, about 20.1 per 10,000", () => {
    const china = METRICS['stations-per-10k'].reference!(areas);
    expect(china.value).toBeCloseTo(20.117, 3);
    expect(latestAsOf(china)).toBe('2023-05-31');
  });

  it('per km² divides by the computed area and records it', () => {
    const [zj] = METRICS['stations-per-km2'].values(areas);
    expect(zj?.value).toBeCloseTo(220_000 / 105_000, 10);
    expect(zj?.areaKm2).toBe(105_000);
  });

  it('China per km² uses the 31 mainland provinces only', () => {
    expect(mainlandAreaKm2(areas)).toBe(105_000 + 30 * 300_000);
  });

  it('regional averages shade every member province with its region value and say so', () => {
    const values = METRICS['regional-stations-per-km2'].values(areas);
    expect(values).toHaveLength(31);
    const east = values.filter((v) => v.averageOf === 'east');
    expect(east).toHaveLength(10);
    expect(east[0]?.value).toBeCloseTo(1_483_000 / (105_000 + 9 * 300_000), 10);
    expect(values.some((v) => ['710000', '810000', '820000'].includes(v.code))).toBe(false);
  });

  it('city densities are census residents over area', () => {
    const values = METRICS['residents-per-km2'].values(areas);
    expect(values).toHaveLength(11);
    expect(values.find((v) => v.code === '330100')?.value).toBeCloseTo(11_936_010 / 16_000, 10);
  });

  it('the census figures add up to the province total given by the bureau', () => {
    const total = METRICS.residents.values(areas).reduce((s, v) => s + v.value, 0);
    expect(total).toBe(64_567_588);
  });

  it('fails with the region named when an area is missing', () => {
    expect(() => METRICS['stations-per-km2'].values(() => undefined)).toThrow(/region 330000/);
  });
});
