import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { RegionCollection } from '../../../src/data/boundaries';
import { regionsOf } from '../../../src/data/boundaries';
import { readMetrics } from '../../../src/byod/user-choropleth';
import type { JoinTarget } from '../../../src/byod/join-user';

const load = (file: string) => JSON.parse(readFileSync(`public/geo/${file}`, 'utf8')) as RegionCollection;
const TARGETS: JoinTarget[] = [
  { level: 'province', regions: regionsOf(load('provinces.json')) },
  { level: 'city', regions: regionsOf(load('zhejiang-cities.json')) },
];
const read = (text: string, file = 'q.csv') => readMetrics(new TextEncoder().encode(text), file, TARGETS);
const issues = (text: string) => {
  const result = read(text);
  return result.ok
    ? []
    : result.issues.map(
        (i): Record<string, unknown> => ({
          code: i.code,
          row: i.place.kind === 'row' ? i.place.row : null,
          ...i.params,
        }),
      );
};

describe('readMetrics', () => {
  it('joins city names with or without 市 and picks the level most rows name', () => {
    const result = read(
      'region,value,metric,unit\n杭州市,11,Stations,k\n宁波,9,Stations,k\nwenzhou,9.5,Stations,k\n330400,5,Stations,k\n',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.choropleth.level).toBe('city');
    expect([...result.choropleth.values.keys()]).toEqual(['330100', '330200', '330300', '330400']);
    expect(result.choropleth.metric).toMatchObject({ id: 'user', name: 'Stations', unit: 'k', file: 'q.csv' });
    expect(result.notes.map((n) => n.code)).toEqual(['levelChosen', 'regionsWithoutValue']);
    expect(result.notes[0]?.params).toMatchObject({ level: 'city', provinceCount: 0, cityCount: 4 });
    expect(result.choropleth.scale.domain().length).toBeGreaterThan(0);
  });

  it('joins provinces, and names the metric after the file when it has no metric column', () => {
    const result = read('region,value\n浙江省,1\nJiangsu,2\n440000,3\n', 'next-quarter.csv');
    expect(result.ok && result.choropleth.level).toBe('province');
    expect(result.ok && result.choropleth.metric).toMatchObject({ name: 'next-quarter' });
  });

  it('reads Windows line endings and quoted headers, and uses no more classes than distinct values', () => {
    const result = read('"region","value"\r\n"杭州市","5"\r\n"宁波市","7"\r\n');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.choropleth.values.get('330200')?.value).toBe(7);
    expect(result.choropleth.scale.range()).toHaveLength(2);
  });

  it('refuses unknown keys with a did-you-mean, naming the row', () => {
    const result = read('region,value\nHangzou,1\nNingbo,2\nAtlantis,3\n');
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.place, i.params])).toEqual([
      ['unknownKeySuggest', { kind: 'row', row: 2 }, { key: 'Hangzou', name: 'Hangzhou 杭州市', code: '330100' }],
      ['unknownKey', { kind: 'row', row: 4 }, { key: 'Atlantis' }],
    ]);
  });

  it('refuses non-numeric, NaN, infinite, negative and empty values, each with its row and key', () => {
    const found = issues('region,value\n330100,abc\n330200,NaN\n330300,Infinity\n330400,-5\n330500,\n330600,1e999\n');
    expect(found.map((f) => [f.code, f.row, f.key])).toEqual([
      ['valueNotNumber', 2, '330100'],
      ['valueNaN', 3, '330200'],
      ['valueInfinite', 4, '330300'],
      ['valueNegative', 5, '330400'],
      ['valueEmpty', 6, '330500'],
      ['valueInfinite', 7, '330600'],
    ]);
  });

  it('refuses duplicates, naming the region and the row that came first', () => {
    const result = read('region,value\n杭州市,1\nHangzhou,2\n');
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.place, i.params])).toEqual([
      [
        'duplicateKey',
        { kind: 'row', row: 3 },
        { key: 'Hangzhou', name: 'Hangzhou 杭州市', code: '330100', firstRow: 2 },
      ],
    ]);
  });

  it('refuses a file that mixes levels, and one that names no region at all', () => {
    expect(issues('region,value\n杭州市,1\n宁波市,2\n浙江,3\n').map((f) => [f.code, f.row, f.level])).toEqual([
      ['otherLevel', 4, 'province'],
    ]);
    expect(issues('region,value\nfoo,1\nbar,2\n')[0]).toMatchObject({
      code: 'noMatches',
      rows: 2,
      keys: '"foo", "bar"',
    });
  });

  it('refuses a file over the size limit without reading it', () => {
    const big = new Uint8Array(5_000_001);
    expect(readMetrics(big, 'big.csv', TARGETS)).toMatchObject({
      ok: false,
      issues: [{ code: 'tooLarge', params: { size: '5 MB', limit: '5 MB' } }],
    });
  });
});
