import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionCollection } from '../../../src/data/boundaries';
import { regionsOf } from '../../../src/data/boundaries';
import type { JoinTarget } from '../../../src/byod/join-user';
import { readMetricsFile } from '../../../src/byod/user-choropleth';
import type { Choropleth } from '../../../src/scale/choropleth';
import { creditedData } from '../../../src/data/data-credits';

const nameOf = (c: Choropleth | undefined) => (c && 'name' in c.metric ? c.metric.name : null);

const load = (file: string) => JSON.parse(readFileSync(`public/geo/${file}`, 'utf8')) as RegionCollection;
const TARGETS: JoinTarget[] = [
  { level: 'province', regions: regionsOf(load('provinces.json')) },
  { level: 'city', regions: regionsOf(load('zhejiang-cities.json')) },
];
const fixture = (name: string) => new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/formats', name)));
const text = (value: string) => new TextEncoder().encode(value);
const refusal = async (bytes: Uint8Array, file: string) => {
  const result = await readMetricsFile(bytes, file, TARGETS);
  if (result.ok) throw new Error(`${file} was shown`);
  return { code: result.issues[0]?.code, file: result.issues[0]?.file, ...result.issues[0]?.params };
};

describe('statistics-portal tables', () => {
  it('reads the NBS table: skips title and note lines, shows the latest year, offers the other', async () => {
    const result = await readMetricsFile(fixture('nbs-province-population.csv'), 'nbs.csv', TARGETS);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.choropleth.level).toBe('province');
    expect(result.choropleth.metric).toMatchObject({ name: '年末常住人口 (2023年)', unit: '万人' });
    expect(result.choropleth.values.get('330000')).toMatchObject({ value: 6627, date: '2023年', source: '国家统计局' });
    expect(result.table?.shape).toMatchObject({ headerRow: 4, firstRow: 5, lastRow: 35, regionColumn: '地区' });
    expect(result.table?.alternatives.map(nameOf)).toEqual(['年末常住人口 (2022年)']);
    expect(result.table?.alternatives[0]?.values.get('330000')?.value).toBe(6577);
    const notes = Object.fromEntries(result.notes.map((n) => [n.code, n.params]));
    expect(notes['tableRows']).toMatchObject({ first: 5, last: 35, skipped: 5 });
    expect(String(notes['tableRows']?.['lines'])).toContain('数据库：分省年度数据');
    expect(notes['tableColumn']).toMatchObject({ column: '2023年', others: '"2022年"' });
  });

  it('treats blank or dotted cells as no data and picks the latest year that has values', async () => {
    const csv = [
      '指标：年末常住人口(万人)',
      '地区,2024年,2023年,2022年',
      '北京市,,2186,2184',
      '天津市,...,1364,1363',
      '河北省,,,7420',
    ];
    const result = await readMetricsFile(text(csv.join('\n')), 't.csv', TARGETS);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(nameOf(result.choropleth)).toBe('年末常住人口 (2023年)');
    expect([...result.choropleth.values.keys()]).toEqual(['110000', '120000']);
    expect(result.notes.find((n) => n.code === 'valuesMissing')?.params).toMatchObject({ count: 1, keys: '河北省' });
  });

  it('finds the region column by what it holds, and a code column beside it is not a figure', async () => {
    const csv = ['省份名,行政代码,基站数', '浙江,330000,220000', '江苏,320000,216000'];
    const result = await readMetricsFile(text(csv.join('\n')), 't.csv', TARGETS);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.table?.shape).toMatchObject({ regionColumn: '省份名', valueColumns: ['基站数'], regionChoices: [] });
  });

  it('asks which column when two name different regions, and follows the pick', async () => {
    const csv = ['出发地,到达地,人次', '浙江,江苏,10', '江苏,上海,20'];
    const first = await readMetricsFile(text(csv.join('\n')), 't.csv', TARGETS);
    expect(first.ok && first.table?.shape.regionChoices).toEqual(['出发地', '到达地']);
    const picked = await readMetricsFile(text(csv.join('\n')), 't.csv', TARGETS, { regionColumn: '到达地' });
    expect(picked.ok && [...picked.choropleth.values.keys()]).toEqual(['320000', '310000']);
  });

  it('reads an .xlsx: cached formula values, dates as Excel shows them, the sheet named', async () => {
    const result = await readMetricsFile(fixture('province-population.xlsx'), 'p.xlsx', TARGETS);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.choropleth.metric).toMatchObject({ name: '分省年末常住人口 (2023年)', unit: '万人' });
    expect(result.choropleth.values.get('330000')?.value).toBe(6627);
    const average = result.table?.alternatives.find((c) => nameOf(c) === '分省年末常住人口 (两年平均)');
    expect(average?.values.get('120000')?.value).toBe(1363.5);
    expect(result.table?.shape.valueColumns).toEqual(['2023年', '2022年', '两年平均']);
    expect(result.notes.find((n) => n.code === 'readSheet')?.params).toEqual({ sheet: '年末常住人口', sheets: 1 });
  });

  it("credits an .xlsx's date cells as Excel shows them (29 Feb 2024, not the serial 45351), like a CSV's date column", async () => {
    const result = await readMetricsFile(fixture('province-population.xlsx'), 'p.xlsx', TARGETS);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.table?.shape.valueColumns).not.toContain('发布日期');
    expect(creditedData(result.choropleth).figures).toEqual({
      file: 'p.xlsx',
      sources: ['国家统计局'],
      dates: ['2024-02-29'],
    });
    const csv = await readMetricsFile(
      text('地区,2023年,date,source\n浙江,6627,2024-02-29,NBS\n江苏,8526,2024-02-29,NBS'),
      't.csv',
      TARGETS,
    );
    if (!csv.ok) throw new Error(JSON.stringify(csv.issues));
    expect(creditedData(csv.choropleth).figures).toEqual({ file: 't.csv', sources: ['NBS'], dates: ['2024-02-29'] });
  });

  it('refuses each bad table with its own reason, naming the file', async () => {
    expect(await refusal(fixture('bad/corrupt.xlsx'), 'corrupt.xlsx')).toMatchObject({
      code: 'xlsxBroken',
      file: 'corrupt.xlsx',
    });
    expect(await refusal(fixture('bad/password.xlsx'), 'password.xlsx')).toMatchObject({ code: 'xlsxEncrypted' });
    expect(await refusal(fixture('bad/empty-sheet.xlsx'), 'empty.xlsx')).toMatchObject({
      code: 'sheetEmpty',
      sheet: 'Sheet1',
    });
    expect(await refusal(fixture('bad/nbs-no-numbers.csv'), 'nbs.csv')).toMatchObject({
      code: 'noNumericColumn',
      found: '"地区", "2023年", "2022年"',
    });
    expect(await refusal(text('名称,数量\n甲,1\n乙,2'), 'x.csv')).toMatchObject({ code: 'noRegionColumn' });
    expect(await refusal(text(`地区${',2023年'.repeat(5000)}\n北京市${',1'.repeat(5000)}`), 'w.csv')).toMatchObject({
      code: 'tooManyColumns',
      count: 5001,
      limit: 1000,
    });
  });

  it('leaves tidy files to the tidy reader, with its messages', async () => {
    expect(await refusal(text('just one column\nfoo'), 'x.csv')).toMatchObject({ code: 'oneColumn' });
    const tidy = await readMetricsFile(text('region,value\n浙江,1\n江苏,2'), 'x.csv', TARGETS);
    expect(tidy.ok && tidy.table).toBeUndefined();
  });
});
