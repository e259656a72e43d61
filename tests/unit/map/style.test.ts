import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { RegionCollection } from '../../../src/data/boundaries';
import { METRIC_IDS, METRICS } from '../../../src/data/metrics';
import type { Lang } from '../../../src/i18n';
import { buildStyle, choroplethPaint, CUSTOM_LAYERS, kioskLabelScale, LAYER, SOURCE } from '../../../src/map/style';
import { computeChoropleth } from '../../../src/scale/choropleth';
import { sceneLabels } from '../../../src/scene/labels';
import { fillColourExpression } from '../../../src/scale/expression';

const load = (file: string) => JSON.parse(readFileSync(`public/geo/${file}`, 'utf8')) as RegionCollection;
const boundaries = { provinces: load('provinces.json'), cities: load('zhejiang-cities.json') };
const LANGS: Lang[] = ['en', 'zh'];

function styleFor(metricId: (typeof METRIC_IDS)[number], lang: Lang): StyleSpecification {
  const choropleth = computeChoropleth(METRICS[metricId], boundaries);
  return buildStyle({
    ...boundaries,
    labels: sceneLabels({ ...boundaries, level: choropleth.level, lang }),
    level: choropleth.level,
    fillColour: fillColourExpression(choropleth.scale),
  });
}

/** The validator's messages, with the layer named by its id (the validator gives its index). */
const errorsOf = (style: StyleSpecification) =>
  validateStyleMin(style).map((e) =>
    e.message.replace(/^layers\[(\d+)\]/, (_, i: string) => `layer "${style.layers[Number(i)]?.id}"`),
  );

describe('buildStyle, checked by the MapLibre style-spec validator', () => {
  for (const metricId of METRIC_IDS)
    for (const lang of LANGS)
      it(`is a valid style for ${metricId} in ${lang}`, () => {
        expect(errorsOf(styleFor(metricId, lang))).toEqual([]);
      });

  it('reports a broken style, so the checks above can fail', () => {
    const style = styleFor(METRIC_IDS[0], 'en');
    const broken = {
      ...style,
      layers: style.layers.map((layer) =>
        layer.id === LAYER.provinceFill ? { ...layer, paint: { 'fill-color': ['get'] } } : layer,
      ),
    } as StyleSpecification;
    const errors = errorsOf(broken);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain(LAYER.provinceFill);
  });

  it('stays valid with the paint and names the app sets later (loaded boundaries)', () => {
    const choropleth = computeChoropleth(METRICS[METRIC_IDS[0]], boundaries);
    const custom = { ...boundaries.cities, features: boundaries.cities.features.slice(0, 3) };
    const style = buildStyle({
      ...boundaries,
      labels: sceneLabels({ ...boundaries, custom, level: 'custom', lang: 'zh' }),
      level: 'custom',
      fillColour: fillColourExpression(choropleth.scale),
    });
    const paint: Record<string, object> = choroplethPaint('custom', fillColourExpression(choropleth.scale));
    const changed = {
      ...style,
      layers: style.layers.map((layer) => {
        const extra = paint[layer.id];
        return extra ? { ...layer, paint: { ...layer.paint, ...extra } } : layer;
      }),
    } as StyleSpecification;
    expect(errorsOf(changed)).toEqual([]);
    expect((style.sources['custom-labels'] as { data: { features: unknown[] } }).data.features).toHaveLength(3);
  });
});

describe('buildStyle stays offline and complete', () => {
  const style = styleFor(METRIC_IDS[0], 'zh');

  it('asks for no glyph server or sprite, and every source is inline GeoJSON', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
  });

  it('has every layer the app and its loaded-boundary layers name, on sources it declares', () => {
    const ids = style.layers.map((l) => l.id);
    for (const id of [...Object.values(LAYER), ...CUSTOM_LAYERS]) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const layer of style.layers)
      if ('source' in layer) expect(Object.values(SOURCE)).toContain(layer.source as string);
  });
});

describe("a kiosk's region names, read from three metres", () => {
  it('are 28 px at 1080p and grow with the screen, in a style that still validates', () => {
    expect(13 * kioskLabelScale(1080)).toBeCloseTo(28);
    expect(13 * kioskLabelScale(2160)).toBeCloseTo(56);
    expect(kioskLabelScale(800)).toBe(kioskLabelScale(1080));
    const choropleth = computeChoropleth(METRICS['stations-per-10k-regions'], boundaries);
    const style = buildStyle({
      ...boundaries,
      labels: sceneLabels({ ...boundaries, level: choropleth.level, lang: 'en' }),
      level: choropleth.level,
      fillColour: fillColourExpression(choropleth.scale),
      labelScale: kioskLabelScale(1080),
    });
    expect(errorsOf(style)).toEqual([]);
    const size = (id: string) => style.layers.find((l) => l.id === id)?.layout as Record<string, unknown>;
    expect(size(LAYER.cityLabel)['text-size']).toBeCloseTo(28);
    expect(size(LAYER.provinceLabel)['text-size']).toEqual([
      'interpolate',
      ['linear'],
      ['zoom'],
      3,
      expect.closeTo(21.5, 1),
      5,
      expect.closeTo(28, 1),
    ]);
  });
});
