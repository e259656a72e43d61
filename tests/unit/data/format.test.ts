import { describe, expect, it } from 'vitest';
import { formatBreak, formatDate, formatNumber, numberFormat } from '../../../src/data/format';
import { describeFigure } from '../../../src/data/describe';
import { figure } from '../../../src/data/figures';

describe('formatNumber', () => {
  it('writes counts as readers of each language expect', () => {
    expect(formatNumber(220_000, 'base-stations', 'en', 'rounded')).toBe('220,000');
    expect(formatNumber(220_000, 'base-stations', 'zh', 'rounded')).toBe('22万');
    expect(formatNumber(2_840_000, 'base-stations', 'en', 'rounded')).toBe('2.84 million');
    expect(formatNumber(2_840_000, 'base-stations', 'zh', 'rounded')).toBe('284万');
    expect(formatNumber(11_936_010, 'residents', 'zh', 'exact')).toBe('11,936,010');
  });
  it('keeps the decimals a density needs', () => {
    expect(formatNumber(33.4498, 'stations-per-10k-residents', 'en')).toBe('33.4');
    expect(formatNumber(2.0851, 'stations-per-km2', 'en')).toBe('2.09');
  });
  it('formats legend breaks compactly', () => {
    expect(formatBreak(0.25, 'en')).toBe('0.25');
    expect(formatBreak(1000, 'en')).toBe('1,000');
  });
});

describe('formatDate', () => {
  it('writes month ends as "end of"', () => {
    expect(formatDate('2023-05-31', 'en')).toBe('end of May 2023');
    expect(formatDate('2023-05-31', 'zh')).toBe('2023年5月末');
    expect(formatDate('2023-12-02', 'en')).toBe('2 Dec 2023');
    expect(formatDate('2023-12-02', 'zh')).toBe('2023年12月2日');
    expect(formatDate('2021-05', 'en')).toBe('May 2021');
  });
});

describe('describeFigure', () => {
  it('keeps the article\'s "more than"', () => {
    expect(describeFigure(figure('zjStationsPer10kReported'), 'en')).toBe('more than 33 per 10,000 residents');
    expect(describeFigure(figure('zjStationsPer10kReported'), 'zh')).toBe('超过33个/万人');
  });
});

describe('valueSources', () => {
  it('names each figure behind a metric with its own date beside its own publisher', async () => {
    const { valueSources } = await import('../../../src/data/describe');
    const { METRICS } = await import('../../../src/data/metrics');
    const metric = METRICS['stations-per-10k'];
    const areas = () => 1;
    const text = valueSources([...metric.values(areas), metric.reference!(areas)], 'en');
    // Grouped by publisher, "Xinhua: reported 2 Dec 2023, as of end of May 2023" joined two figures' dates.
    expect(text).toBe(
      'Zhejiang, 5G base stations: Xinhua, reported 2 Dec 2023 · Zhejiang, residents: Zhejiang Provincial Bureau of Statistics, as of end of Dec 2022 · China, 5G base stations: Xinhua, as of end of May 2023 · China, residents: National Bureau of Statistics of China, as of end of Dec 2022',
    );
    expect(valueSources([...metric.values(areas), metric.reference!(areas)], 'zh')).toBe(
      '浙江5G基站：新华社，2023年12月2日报道 · 浙江常住人口：浙江省统计局，截至2022年12月末 · 全国5G基站：新华社，截至2023年5月末 · 全国常住人口：国家统计局，截至2022年12月末',
    );
  });
  it("uses the file's own source and date for loaded values, or the file name", async () => {
    const { valueSources } = await import('../../../src/data/describe');
    const user = {
      kind: 'user',
      code: '330100',
      value: 1,
      unit: null,
      file: 'q1.csv',
      row: 2,
      placeKind: 'row',
    } as const;
    expect(valueSources([{ ...user, date: '2024-03-31', source: 'MIIT' }], 'en')).toBe('MIIT: end of Mar 2024');
    expect(valueSources([{ ...user, date: null, source: null }], 'en')).toBe('q1.csv');
  });
});

describe('numberFormat', () => {
  it('makes one Intl.NumberFormat per locale and options, and gives the same one back after', () => {
    const first = numberFormat('en-GB', { maximumFractionDigits: 1 });
    expect(numberFormat('en-GB', { maximumFractionDigits: 1 })).toBe(first);
    expect(numberFormat('en-GB', { maximumFractionDigits: 2 })).not.toBe(first);
    expect(numberFormat('zh-CN', { maximumFractionDigits: 1 })).not.toBe(first);
    expect(first.format(1234.56)).toBe('1,234.6');
  });
});
