import { describe, expect, it } from 'vitest';
import { METRICS } from '../../../src/data/metrics';
import type { UserValue } from '../../../src/data/user-data';
import {
  citedSources,
  CREATION_TIME_KEYWORD,
  snapshotFileName,
  snapshotMetadata,
  SOFTWARE,
} from '../../../src/export/metadata';
import { popupCard } from '../../../src/export/popup-card';
import type { RegionInfo } from '../../../src/data/regions';
import type { Choropleth } from '../../../src/scale/choropleth';
import { colourScale } from '../../../src/scale/classify';
import packageJson from '../../../package.json';

const noAreas = () => undefined;

function stationsChoropleth(): Choropleth {
  const metric = METRICS['stations-per-10k'];
  const values = metric.values(noAreas);
  return {
    metric,
    level: 'province',
    values: new Map(values.map((v) => [v.code, v])),
    scale: colourScale(
      metric.classing,
      values.map((v) => v.value),
    ),
    report: { matched: [], unmatched: [], missing: [] } as never,
    reference: metric.reference!(noAreas),
  };
}

const camera = { center: { lng: 120.123456, lat: 29.2 }, zoom: 6.2345, bearing: 0 };

describe('snapshot metadata', () => {
  it('names title, view, metric, sources, software and creation time, in the reader’s language', () => {
    const createdAt = new Date('2024-03-01T10:20:30.000Z');
    const entries = snapshotMetadata({
      lang: 'en',
      view: 'zhejiang',
      choropleth: stationsChoropleth(),
      camera,
      createdAt,
    });
    const byKey = Object.fromEntries(entries.map((e) => [e.keyword, e.text]));
    expect(entries.map((e) => e.keyword)).toEqual([
      'Title',
      'Description',
      'View',
      'Metric',
      'Source',
      'Software',
      CREATION_TIME_KEYWORD,
    ]);
    expect(byKey['Title']).toBe("Zhejiang's 5G build-out");
    expect(byKey['View']).toBe('zhejiang (Zhejiang); centre 120.1235, 29.2000; zoom 6.23; bearing 0.0');
    expect(byKey['Metric']).toBe('stations-per-10k (5G base stations per 10,000 residents)');
    expect(byKey['Source']).toContain(
      "Xinhua (also carried by People's Daily Online): Zhejiang Province leads in 5G development with 220,000 base stations",
    );
    expect(byKey['Source']).toContain('National Bureau of Statistics of China');
    expect(byKey['Source']).toContain('Apache ECharts');
    expect(byKey['Software']).toBe(`${packageJson.name} ${packageJson.version}`);
    expect(SOFTWARE).toBe(byKey['Software']);
    expect(byKey[CREATION_TIME_KEYWORD]).toBe('2024-03-01T10:20:30.000Z');
    const zh = snapshotMetadata({ lang: 'zh', view: 'hangzhou', choropleth: stationsChoropleth(), camera, createdAt });
    expect(zh[0]).toEqual({ keyword: 'Title', text: '浙江5G建设', language: 'zh-CN' });
  });

  it('is the same for the same view and options, apart from the creation time', () => {
    const a = snapshotMetadata({
      lang: 'en',
      view: 'zhejiang',
      choropleth: stationsChoropleth(),
      camera,
      createdAt: new Date(1),
    });
    const b = snapshotMetadata({
      lang: 'en',
      view: 'zhejiang',
      choropleth: stationsChoropleth(),
      camera,
      createdAt: new Date(2),
    });
    expect(a.slice(0, -1)).toEqual(b.slice(0, -1));
  });

  it('cites a loaded file by its own source column, or by its name', () => {
    const user: UserValue = {
      kind: 'user',
      code: '330100',
      value: 5,
      unit: null,
      date: null,
      source: 'My survey 2024',
      file: 'mine.csv',
      row: 2,
      placeKind: 'row',
    };
    const nameless: UserValue = { ...user, code: '330200', source: null };
    const choropleth = {
      ...stationsChoropleth(),
      values: new Map([
        [user.code, user],
        [nameless.code, nameless],
      ]),
      reference: undefined,
    } as Choropleth;
    expect(citedSources(choropleth, 'en')).toEqual([
      'My survey 2024',
      'mine.csv',
      expect.stringContaining('Apache ECharts'),
    ]);
  });

  it('names files after view, metric and size, so the same options give the same name', () => {
    expect(snapshotFileName('hangzhou', 'stations-per-10k', { widthPx: 3840, heightPx: 2160 }, 'png')).toBe(
      'zhejiang-5g-map_hangzhou_stations-per-10k_3840x2160.png',
    );
    expect(snapshotFileName('china', 'residents', { widthPx: 3508, heightPx: 2480 }, 'jpeg')).toBe(
      'zhejiang-5g-map_china_residents_3508x2480.jpg',
    );
  });
});

describe('popup card text', () => {
  const shaoxing: RegionInfo = {
    code: '330600',
    name_zh: '绍兴市',
    name_en: 'Shaoxing',
    area_km2: 8279,
    label: [120.6, 29.9],
    parent: '330000',
  };
  it('tells the story popup’s figures with units, dates and sources, as the popup on screen does', () => {
    const blocks = popupCard({ kind: 'story', id: 'shaoxing', region: shaoxing }, 'en');
    const text = blocks.map((b) => b.text).join('\n');
    expect(blocks[0]).toEqual({ text: 'Shaoxing, where the figures were announced', role: 'heading' });
    expect(text).toContain('220,000 base stations');
    expect(text).toContain('more than 33 per 10,000 residents');
    expect(text).toContain('2.84 million base stations');
    expect(text).toContain('end of May 2023');
    expect(text).toContain('Shaoxing: residents (census)');
    expect(
      popupCard({ kind: 'story', id: 'shaoxing', region: shaoxing }, 'zh')
        .map((b) => b.text)
        .join('\n'),
    ).toContain('22万个基站');
  });
  it("keeps a story card to the city's own words when the page carries the article's figures beside the map", () => {
    const text = popupCard({ kind: 'story', id: 'shaoxing', region: shaoxing }, 'en', { figuresBeside: true })
      .map((b) => b.text)
      .join('\n');
    expect(text).toContain('Shaoxing, where the figures were announced');
    expect(text).toContain('Shaoxing: residents (census)');
    expect(text).not.toContain('220,000');
  });
  it('says "no data" for a region without a figure', () => {
    const blocks = popupCard({ kind: 'region', region: shaoxing, metricLabel: 'Residents', value: undefined }, 'en');
    expect(blocks.map((b) => b.text)).toEqual(['Shaoxing 绍兴市', 'Residents', 'no data']);
  });
});
