import { describe, expect, it } from 'vitest';
import { BUILT_IN_DATA, creditedData } from '../../../src/data/data-credits';
import type { UserMetric, UserValue } from '../../../src/data/user-data';
import { attributionText, linkCreditNote, sourceLineText } from '../../../src/shared/credits';
import '../../../src/i18n/zh';
import '../../../src/byod/strings';

const metric = (file: string, extra: Partial<UserMetric> = {}): UserMetric => ({
  id: 'user',
  level: 'province',
  name: 'x',
  unit: null,
  classing: { method: 'quantile', classes: 5 },
  regionalAverage: false,
  file,
  ...extra,
});
const value = (code: string, source: string | null, date: string | null): UserValue => ({
  kind: 'user',
  code,
  value: 1,
  unit: null,
  date,
  source,
  file: 'nbs.csv',
  row: 2,
  placeKind: 'row',
});

describe('credits follow the data', () => {
  it('names the built-in sources while the built-in data is shown', () => {
    expect(creditedData({ level: 'province', metric: { id: 'residents' }, values: new Map() })).toBe(BUILT_IN_DATA);
    expect(attributionText('en')).toBe(
      'Boundaries: Apache ECharts 4.9.0 map data (Apache-2.0) · Statistics: Xinhua; Zhejiang and national statistics bureaus; MIIT',
    );
  });

  it("replaces the statistics' credit with the figures file, its sources and dates, on the built-in boundaries", () => {
    const values = new Map([
      ['110000', value('110000', '国家统计局', '2023年')],
      ['120000', value('120000', '国家统计局', '2023年')],
    ]);
    const credited = creditedData({ level: 'province', metric: metric('nbs.csv'), values });
    expect(credited).toEqual({
      boundaries: null,
      figures: { file: 'nbs.csv', sources: ['国家统计局'], dates: ['2023年'] },
    });
    expect(attributionText('en', credited)).toBe(
      'Boundaries: Apache ECharts 4.9.0 map data (Apache-2.0) · Figures (loaded by you): nbs.csv (国家统计局, 2023年)',
    );
    const zh = sourceLineText('zh', credited);
    expect(zh).toContain('数据（您载入的文件）：nbs.csv（国家统计局，2023年）');
    expect(zh).toContain('边界：Apache ECharts');
    expect(zh).not.toContain('统计：');
  });

  it('names the boundary file alone while its areas have no figures, and both files once they do', () => {
    const empty = creditedData({
      level: 'custom',
      metric: metric('delta.zip', { boundaries: 'delta.zip' }),
      values: new Map(),
    });
    expect(attributionText('en', empty)).toBe('Boundaries (loaded by you): delta.zip');
    expect(sourceLineText('en', empty)).not.toContain('Statistics');
    const joined = creditedData({
      level: 'custom',
      metric: metric('counts.xlsx', { level: 'custom', boundaries: 'delta.zip' }),
      values: new Map([['330000', value('330000', null, null)]]),
    });
    expect(attributionText('en', joined)).toBe(
      'Boundaries (loaded by you): delta.zip · Figures (loaded by you): counts.xlsx',
    );
  });

  it('says what a copied link cannot carry: files from the reader’s computer, not linked ones', () => {
    const credited = { boundaries: { file: 'delta.zip', sources: [], dates: [] }, figures: null };
    expect(linkCreditNote('en', credited, [])).toContain('(delta.zip)');
    expect(linkCreditNote('en', credited, ['delta.zip'])).toBeNull();
    expect(linkCreditNote('en', BUILT_IN_DATA, [])).toBeNull();
  });
});
