import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionCollection } from '../../../src/data/boundaries';
import { regionsOf } from '../../../src/data/boundaries';
import { creditedData } from '../../../src/data/data-credits';
import type { JoinTarget } from '../../../src/byod/join-user';
import { type MetricsReading, readMetricsReading } from '../../../src/byod/formats/read-table-metrics';
import { readMetricsFile, withChoropleths } from '../../../src/byod/user-choropleth';
import { MAX_METRICS_BYTES } from '../../../src/byod/limits';
import { askMetricsWorker } from './metrics-worker-shell';

const load = (file: string) => JSON.parse(readFileSync(`public/geo/${file}`, 'utf8')) as RegionCollection;
const TARGETS: JoinTarget[] = [
  { level: 'province', regions: regionsOf(load('provinces.json')) },
  { level: 'city', regions: regionsOf(load('zhejiang-cities.json')) },
];
const fixture = (name: string) => new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/formats', name)));

describe("a workbook's sheets", () => {
  it('shows the first sheet whose table joins (not the notes sheet before it), names it and offers the others', async () => {
    const result = await readMetricsFile(fixture('two-tables.xlsx'), 'w.xlsx', TARGETS);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.table).toMatchObject({ sheet: '分省', sheets: ['分省', '浙江各市'] });
    expect(result.choropleth.level).toBe('province');
    expect(result.notes.find((n) => n.code === 'readSheet')?.params).toEqual({ sheet: '分省', sheets: 3 });
  });

  it("reads the sheet the reader picks, with that sheet's date cells as its credit", async () => {
    const result = await readMetricsFile(fixture('two-tables.xlsx'), 'w.xlsx', TARGETS, { sheet: '浙江各市' });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.table).toMatchObject({ sheet: '浙江各市', sheets: ['分省', '浙江各市'] });
    expect(result.choropleth.level).toBe('city');
    expect(result.choropleth.values.get('330100')?.value).toBe(11_936_010);
    expect(creditedData(result.choropleth).figures?.dates).toEqual(['2020-11-01']);
    expect(result.notes.find((n) => n.code === 'readSheet')?.params).toEqual({ sheet: '浙江各市', sheets: 3 });
  });

  it('falls back to the first table when the picked sheet is gone; offers no choice for one table', async () => {
    const gone = await readMetricsFile(fixture('two-tables.xlsx'), 'w.xlsx', TARGETS, { sheet: 'Sheet9' });
    expect(gone.ok && gone.table?.sheet).toBe('分省');
    const one = await readMetricsFile(fixture('province-population.xlsx'), 'p.xlsx', TARGETS);
    expect(one.ok && one.table).toMatchObject({ sheet: '年末常住人口', sheets: [] });
  });
});

describe('the metrics worker', () => {
  beforeAll(async () => {
    await import('../../../src/byod/metrics-worker');
  });

  it('answers with plain data that crosses threads, and the page makes the same map of it', async () => {
    const bytes = fixture('province-population.xlsx');
    const { result, progress } = await askMetricsWorker(bytes, 'p.xlsx', TARGETS, {});
    const direct = await readMetricsFile(bytes, 'p.xlsx', TARGETS);
    const page = withChoropleths(result as MetricsReading, 'p.xlsx');
    if (!page.ok || !direct.ok) throw new Error('not shown');
    expect([...page.choropleth.values]).toEqual([...direct.choropleth.values]);
    expect(page.choropleth.scale.domain()).toEqual(direct.choropleth.scale.domain());
    expect(page.table?.alternatives.map((c) => c.metric)).toEqual(direct.table?.alternatives.map((c) => c.metric));
    // The bar says what the worker is doing: reading the workbook, then checking its sheet.
    expect(progress.map((p) => p.stage)).toEqual(['reading', 'checking']);
  });

  it('refuses in the worker what it refuses on one thread, naming the file: size, broken workbook, no numbers', async () => {
    const big = new Uint8Array(MAX_METRICS_BYTES + 1).fill(0x41);
    expect((await askMetricsWorker(big, 'big.csv', TARGETS, {})).result).toMatchObject({
      ok: false,
      issues: [{ code: 'tooLarge', file: 'big.csv' }],
    });
    expect((await askMetricsWorker(fixture('bad/corrupt.xlsx'), 'c.xlsx', TARGETS, {})).result).toMatchObject({
      ok: false,
      issues: [{ code: 'xlsxBroken', file: 'c.xlsx' }],
    });
    const none = await readMetricsReading(fixture('bad/nbs-no-numbers.csv'), 'n.csv', TARGETS);
    expect((await askMetricsWorker(fixture('bad/nbs-no-numbers.csv'), 'n.csv', TARGETS, {})).result).toMatchObject(
      none,
    );
  });
});
