import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RegionCollection } from '../../../src/data/boundaries';
import type { RegionInfo } from '../../../src/data/regions';
import { USER_CLASSING, type UserMetric, type UserValue } from '../../../src/data/user-data';
import { popupCard } from '../../../src/export/popup-card';
import { colourScale } from '../../../src/scale/classify';
import type { Choropleth } from '../../../src/scale/choropleth';
import { legendModel } from '../../../src/scene/legend';
import { shownValue } from '../../../src/scene/region-value';
import { bilingualName, POPUP_REGION, storyAt } from '../../../src/scene/story';
import { regionPopupModel, storyPopupModel } from '../../../src/scene/popup';

const load = (file: string) => JSON.parse(readFileSync(`public/geo/${file}`, 'utf8')) as RegionCollection;
const provinces = load('provinces.json');
const cities = load('zhejiang-cities.json');
const byCode = new Map([...provinces.features, ...cities.features].map((f) => [f.properties.code, f.properties]));

/** A loaded file's areas carry one name only: the same text in both name fields. */
const westLake: RegionInfo = { ...byCode.get('330100')!, code: '330106', name_en: '西湖区', name_zh: '西湖区' };

function userChoropleth(): Choropleth {
  const metric: UserMetric = {
    id: 'user',
    level: 'custom',
    name: 'Towers',
    unit: null,
    classing: USER_CLASSING,
    regionalAverage: false,
    file: 'towers.csv',
  };
  const values = new Map<string, UserValue>(
    [10, 20, 30, 40, 50, 60].map((value, i) => [
      `A${i}`,
      {
        kind: 'user',
        code: `A${i}`,
        value,
        unit: null,
        date: null,
        source: null,
        file: 'towers.csv',
        row: i + 2,
        placeKind: 'row',
      },
    ]),
  );
  const scale = colourScale(
    USER_CLASSING,
    [...values.values()].map((v) => v.value),
  );
  return { metric, level: 'custom', values, scale, report: undefined as never, reference: undefined };
}

describe('the legend model: one wording for the page and every export', () => {
  it("says a loaded file's gaps are not in the file, in both languages", () => {
    const en = legendModel(userChoropleth(), 'en');
    const zh = legendModel(userChoropleth(), 'zh');
    expect(en.items.find((item) => item.noData)?.label).toBe('No data (no value in the file)');
    expect(zh.items.find((item) => item.noData)?.label).toBe('无数据（文件中没有数值）');
  });
});

describe('shownValue: one rule for tooltips, popups and export cards', () => {
  it("gives a city its province's value under a province metric, naming the province", () => {
    const choropleth = { level: 'province' as const, values: new Map([['330000', { value: 1 } as never]]) };
    const hangzhou = byCode.get('330100')!;
    const shown = shownValue(choropleth, hangzhou, (code) => byCode.get(code));
    expect(shown.value).toEqual({ value: 1 });
    expect(shown.within?.code).toBe('330000');
  });
  it('gives a province its own value, and a city its own under a city metric', () => {
    const values = new Map([
      ['330000', { value: 1 } as never],
      ['330100', { value: 2 } as never],
    ]);
    expect(shownValue({ level: 'province', values }, byCode.get('330000')!, (c) => byCode.get(c))).toEqual({
      value: { value: 1 },
      within: undefined,
    });
    expect(shownValue({ level: 'city', values }, byCode.get('330100')!, (c) => byCode.get(c)).value).toEqual({
      value: 2,
    });
  });
});

describe('names', () => {
  it('says a one-name area once, on the page and on an export card', () => {
    expect(bilingualName(westLake, 'zh')).toBe('西湖区');
    const card = popupCard({ kind: 'region', region: westLake, metricLabel: 'Towers', value: undefined }, 'zh');
    expect(card[0]).toEqual({ text: '西湖区', role: 'heading' });
  });
  it('says both names of a built-in city, the reader’s first', () => {
    expect(bilingualName(byCode.get('330100')!, 'en')).toBe('Hangzhou 杭州市');
    expect(bilingualName(byCode.get('330100')!, 'zh')).toBe('杭州市 Hangzhou');
  });
  it('knows the story places by their codes', () => {
    expect(storyAt(POPUP_REGION.hangzhou)).toBe('hangzhou');
    expect(storyAt('330200')).toBeUndefined();
  });
});

describe('popups: one model for the live popup and the export card', () => {
  for (const lang of ['en', 'zh'] as const)
    it(`says the same words on the page and on a card (${lang})`, () => {
      const hangzhou = byCode.get('330100')!;
      const story = storyPopupModel('hangzhou', hangzhou, lang);
      const card = popupCard({ kind: 'story', id: 'hangzhou', region: hangzhou }, lang).map((b) => b.text);
      for (const text of [
        story.heading,
        story.lead,
        story.context,
        ...story.figures.flatMap((f) => [f.label, f.value, f.meta]),
      ])
        expect(card).toContain(text);
      expect(story.figures.map((f) => f.id)).toEqual([
        'zjStations',
        'zjStationsPer10kReported',
        'zjFactories',
        'zjPlatforms',
        'cnStations',
      ]);
      expect(story.cityFigure.value).toMatch(lang === 'en' ? /11,936,010/ : /1193\.6|11,936,010|1,193/);
      const region = regionPopupModel(westLake, 'Towers', undefined, lang);
      expect(region).toMatchObject({ heading: '西湖区', noData: true });
    });
});
