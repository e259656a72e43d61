import { describe, expect, it } from 'vitest';
import { closestRegion, editDistance, joinMetrics, parseValue } from '../../../src/data/join';
import type { RegionInfo } from '../../../src/data/regions';

const region = (code: string, name_zh: string, name_en: string): RegionInfo => ({
  code,
  name_zh,
  name_en,
  area_km2: 1,
  label: [0, 0],
  parent: '330000',
});
const REGIONS = [
  region('330100', '杭州市', 'Hangzhou'),
  region('330600', '绍兴市', 'Shaoxing'),
  region('330900', '舟山市', 'Zhoushan'),
];
const rec = (row: number, key: string, value: unknown) => ({ row, key, value });

describe('joinMetrics', () => {
  it('matches by code, Chinese name with or without 市, and English name in any case', () => {
    const report = joinMetrics(REGIONS, [rec(1, '330100', 5), rec(2, '绍兴', '7'), rec(3, 'zhoushan', 1)]);
    expect(report.matched.map((m) => [m.code, m.value])).toEqual([
      ['330100', 5],
      ['330600', 7],
      ['330900', 1],
    ]);
    expect(report.unknownKeys).toEqual([]);
    expect(report.regionsWithoutValue).toEqual([]);
  });

  it('reports unknown keys with a near name as suggestion', () => {
    const report = joinMetrics(REGIONS, [rec(4, 'Hangzou', 1)]);
    expect(report.unknownKeys).toHaveLength(1);
    expect(report.unknownKeys[0]?.record.row).toBe(4);
    expect(report.unknownKeys[0]?.suggestion?.code).toBe('330100');
    expect(report.regionsWithoutValue.map((r) => r.code)).toEqual(['330100', '330600', '330900']);
  });

  it('reports duplicates naming the first row, and keeps the first value', () => {
    const report = joinMetrics(REGIONS, [rec(1, '杭州市', 1), rec(2, 'Hangzhou', 2)]);
    expect(report.matched.map((m) => m.value)).toEqual([1]);
    expect(report.duplicates[0]?.problem).toMatch(/row 1/);
    expect(report.duplicates[0]?.record.row).toBe(2);
  });

  it('reports non-numeric, negative, infinite and empty values with the offending record', () => {
    const report = joinMetrics(REGIONS, [
      rec(1, '330100', 'abc'),
      rec(2, '330600', -3),
      rec(3, '330900', 'Infinity'),
      rec(4, 'Hangzhou', ''),
    ]);
    expect(report.matched).toEqual([]);
    expect(report.invalidValues.map((p) => [p.record.row, p.problem])).toEqual([
      [1, 'the value "abc" is not a number'],
      [2, 'the value -3 is negative; counts and densities cannot be'],
      [3, 'the value "Infinity" is infinite'],
      [4, 'the value is empty'],
    ]);
    // "No data" is not zero: regions with only bad rows have no value.
    expect(report.regionsWithoutValue).toHaveLength(3);
  });
});

describe('parseValue', () => {
  it('accepts grouped numbers and rejects NaN', () => {
    expect(parseValue('220,000')).toBe(220_000);
    expect(parseValue(0)).toBe(0);
    expect(parseValue(NaN)).toMatch(/not a number/);
    expect(parseValue({})).toMatch(/not a number/);
  });
});

describe('closestRegion', () => {
  it('suggests nothing for names far from every region', () => {
    expect(closestRegion('Beijing', REGIONS)).toBeUndefined();
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
