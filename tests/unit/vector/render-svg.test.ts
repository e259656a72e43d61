import { readFileSync } from 'node:fs';
import { LngLatBounds, MercatorCoordinate } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { featureBounds, type RegionCollection } from '../../../src/data/boundaries';
import { METRICS } from '../../../src/data/metrics';
import { viewBounds } from '../../../src/map/views';
import { NO_DATA_COLOUR } from '../../../src/scale/classify';
import { computeChoropleth } from '../../../src/scale/choropleth';
import { type Camera, fitBounds, project, uniformPadding, unproject } from '../../../src/vector/camera';
import { regionOutline, renderMapSvg } from '../../../src/vector/render-svg';
import { CITY_LABEL_MIN_ZOOM } from '../../../src/scene/labels';
import type { ViewId } from '../../../src/state/url-state';

const load = (file: string) => JSON.parse(readFileSync(`public/geo/${file}`, 'utf8')) as RegionCollection;
const provinces = load('provinces.json');
const cities = load('zhejiang-cities.json');
const boundaries = { provinces, cities };
const LIMITS = { minZoom: 2, maxZoom: 11 };

/** The camera that frames a view in a map of this size, with the same padding on every side. */
function viewCamera(view: ViewId, width: number, height: number, padding: number): Camera {
  return fitBounds(viewBounds(view, provinces, cities), { width, height }, uniformPadding(padding), LIMITS);
}

/** MapLibre's own projection: its MercatorCoordinate, scaled by its 512-px world at the camera's zoom. */
function maplibrePixel(camera: Camera, lngLat: [number, number]): [number, number] {
  const point = MercatorCoordinate.fromLngLat(lngLat);
  const centre = MercatorCoordinate.fromLngLat(camera.center);
  const world = 512 * 2 ** camera.zoom;
  return [(point.x - centre.x) * world + camera.width / 2, (point.y - centre.y) * world + camera.height / 2];
}

/** The extent of every coordinate in a path's `d`. */
function pathBounds(d: string): [number, number, number, number] {
  const numbers = [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/gu)].map((m) => [Number(m[1]), Number(m[2])] as const);
  const xs = numbers.map(([x]) => x);
  const ys = numbers.map(([, y]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function regionPaths(svg: string): Map<string, { fill: string; d: string }> {
  const paths = new Map<string, { fill: string; d: string }>();
  for (const m of svg.matchAll(/<path data-code="(\d+)"[^>]* fill="([^"]+)" d="([^"]+)"\/>/gu))
    paths.set(m[1]!, { fill: m[2]!, d: m[3]! });
  return paths;
}

describe('camera', () => {
  it('projects and unprojects as inverse functions', () => {
    const camera: Camera = { center: [120.1, 29.2], zoom: 6.3, width: 1280, height: 800 };
    const [lng, lat] = unproject(camera, project(camera, [121.5, 31.2]));
    expect(lng).toBeCloseTo(121.5, 9);
    expect(lat).toBeCloseTo(31.2, 9);
  });

  it('fits a view as MapLibre: the bounds touch the padding on the tighter side and are centred', () => {
    const bounds = viewBounds('zhejiang', provinces, cities);
    const camera = fitBounds(bounds, { width: 1280, height: 800 }, uniformPadding(24), LIMITS);
    const [[west, south], [east, north]] = bounds;
    const [x0, y0] = maplibrePixel(camera, [west, north]);
    const [x1, y1] = maplibrePixel(camera, [east, south]);
    // Zhejiang is taller than the viewport's shape: its north and south edges sit on the padding.
    expect(y0).toBeCloseTo(24, 6);
    expect(y1).toBeCloseTo(800 - 24, 6);
    expect((x0 + x1) / 2).toBeCloseTo(640, 6);
    // The centre is the middle of the box in Mercator, not in degrees.
    const middle = new LngLatBounds(bounds[0], bounds[1]).getCenter();
    expect(camera.center[0]).toBeCloseTo(middle.lng, 9);
    expect(camera.center[1]).not.toBeCloseTo(middle.lat, 3);
  });

  it('stops at the zoom limits', () => {
    const tiny: [[number, number], [number, number]] = [
      [120, 30],
      [120.0001, 30.0001],
    ];
    expect(fitBounds(tiny, { width: 800, height: 600 }, uniformPadding(0), LIMITS).zoom).toBe(11);
  });
});

describe('renderMapSvg', () => {
  // A city-level metric: Zhejiang's cities are shaded, the provinces around them are plain land.
  const choropleth = computeChoropleth(METRICS.residents, boundaries);
  const camera = viewCamera('zhejiang', 1280, 800, 24);
  const svg = renderMapSvg({ provinces, cities, choropleth, camera, lang: 'en', selected: null });

  it("draws each region where MapLibre's projection puts it", () => {
    const hangzhou = cities.features.find((f) => f.properties.code === '330100')!;
    const [[west, south], [east, north]] = featureBounds(hangzhou);
    const [ex0, ey0] = maplibrePixel(camera, [west, north]);
    const [ex1, ey1] = maplibrePixel(camera, [east, south]);
    const [x0, y0, x1, y1] = pathBounds(regionPaths(svg).get('330100')!.d);
    for (const [actual, expected] of [
      [x0, ex0],
      [y0, ey0],
      [x1, ex1],
      [y1, ey1],
    ] as const)
      expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.05);
  });

  it("fills each region with its class's colour from the one scale, and no data in grey", () => {
    const paths = regionPaths(svg);
    const shown = cities.features.filter((f) => paths.has(f.properties.code));
    expect(shown).toHaveLength(11);
    for (const f of shown) {
      const value = choropleth.values.get(f.properties.code)?.value;
      expect(paths.get(f.properties.code)!.fill).toBe(value === undefined ? NO_DATA_COLOUR : choropleth.scale(value));
    }
  });

  it('shades provinces under a province-level metric and leaves the cities unfilled', () => {
    const national = computeChoropleth(METRICS['stations-per-10k'], boundaries);
    const china = viewCamera('china', 1280, 800, 24);
    const paths = regionPaths(renderMapSvg({ provinces, cities, choropleth: national, camera: china, lang: 'en' }));
    expect(paths.size).toBe(provinces.features.length);
    expect(paths.get('330000')!.fill).toBe(national.scale(national.values.get('330000')!.value));
    expect(paths.get('650000')!.fill).toBe(NO_DATA_COLOUR);
  });

  it('draws only the regions that reach into the viewport', () => {
    const paths = regionPaths(svg);
    expect(paths.has('330000')).toBe(true);
    expect(paths.has('650000')).toBe(false); // Xinjiang is far off screen in the Zhejiang view
  });

  it('labels cities in the reader’s language first, with the other name under it', () => {
    const zh = renderMapSvg({ provinces, cities, choropleth, camera, lang: 'zh' });
    expect(svg).toMatch(/<text data-code="330700"[^>]*><tspan[^>]*>Jinhua<\/tspan><tspan[^>]*>金华市<\/tspan>/u);
    expect(zh).toMatch(/<text data-code="330700"[^>]*><tspan[^>]*>金华市<\/tspan><tspan[^>]*>Jinhua<\/tspan>/u);
    expect(svg).toContain("font-family=\"'Noto Sans CJK SC'");
  });

  it('draws Hangzhou and Shaoxing as the live map’s story markers, their names pointing apart', () => {
    const zh = renderMapSvg({ provinces, cities, choropleth, camera, lang: 'zh' });
    expect(svg).not.toContain('<text data-code="330100"');
    expect(svg).toMatch(
      /<g class="story-mark" data-code="330100"><rect [^>]*\/><text [^>]*text-anchor="end"[^>]*>Hangzhou</u,
    );
    expect(svg).toMatch(/<g class="story-mark" data-code="330600"><rect [^>]*\/><text [^>]*>Shaoxing</u);
    expect(zh).toMatch(/<g class="story-mark" data-code="330100"><rect [^>]*\/><text [^>]*>杭州</u);
    // Ningbo's point is under Shaoxing's marker: its name moves below or above it rather than under the pill.
    expect(svg).toContain('<text data-code="330200"');
  });

  it('leaves out a label that would overlap one placed before it', () => {
    const china = viewCamera('china', 400, 300, 0);
    const small = renderMapSvg({ provinces, cities, choropleth: choropleth, camera: china, lang: 'en' });
    const labelled = (small.match(/<text /gu) ?? []).length;
    expect(labelled).toBeGreaterThan(5);
    expect(labelled).toBeLessThan(provinces.features.length);
  });

  it('hatches the provinces that show their region’s average, as the province-hatch layer does', () => {
    const story = computeChoropleth(METRICS['stations-per-10k-regions'], boundaries);
    const china = viewCamera('china', 1280, 800, 24);
    const drawn = renderMapSvg({ provinces, cities, choropleth: story, camera: china, lang: 'en' });
    const averaged = [...story.values].filter(([, v]) => 'averageOf' in v && v.averageOf).map(([code]) => code);
    expect(averaged.length).toBeGreaterThan(0);
    const hatched = [...drawn.matchAll(/<path data-hatch="(\d+)"/gu)].map((m) => m[1]);
    expect(hatched.sort()).toEqual(averaged.sort());
    expect(hatched).not.toContain('330000'); // Zhejiang's own figure
    expect(drawn).toMatch(/<pattern id="regional-hatch" patternUnits="userSpaceOnUse" width="6" height="6">/u);
    // Between the province fills and the city fills, as in the style's layer order.
    expect(drawn.indexOf('class="hatch"')).toBeGreaterThan(drawn.indexOf('data-level="province"'));
    expect(svg).not.toContain('class="hatch"');
  });

  it('labels as the style’s label layers: neighbours by name beside Zhejiang’s cities, Zhejiang’s name only further out', () => {
    expect(camera.zoom).toBeGreaterThanOrEqual(CITY_LABEL_MIN_ZOOM);
    expect(svg).toMatch(/<text data-code="320000"[^>]*><tspan[^>]*>Jiangsu<\/tspan>/u);
    expect(svg).not.toContain('<text data-code="330000"');
    const wider = viewCamera('zhejiang', 500, 360, 24);
    expect(wider.zoom).toBeLessThan(CITY_LABEL_MIN_ZOOM);
    const far = renderMapSvg({ provinces, cities, choropleth, camera: wider, lang: 'en' });
    expect(far).toMatch(/<text data-code="330000"[^>]*><tspan[^>]*>Zhejiang<\/tspan>/u);
    expect(far).not.toContain('<text data-code="330200"');
    // Below the city zoom the story markers are dots without names, as on the live map.
    expect(far).toMatch(/<g class="story-mark" data-code="330100"><circle /u);
  });

  it('outlines the selected city in the highlight colour', () => {
    const selected = renderMapSvg({ provinces, cities, choropleth, camera, lang: 'en', selected: '330100' });
    expect(selected).toMatch(/<g class="emphasis" stroke="#d9480f"/u);
    expect(svg).not.toContain('class="emphasis"');
  });
});

describe('projector', () => {
  it("gives MapLibre's pixels for every position of the boundaries (project is this at one position)", async () => {
    const { projector } = await import('../../../src/vector/camera');
    for (const camera of [
      { center: [104.2, 35.9], zoom: 2.7, width: 1280, height: 800 },
      { center: [120.15, 30.25], zoom: 8.4, width: 390, height: 844 },
    ] as Camera[]) {
      const at = projector(camera);
      for (const feature of [...provinces.features, ...cities.features].slice(0, 12))
        for (const position of JSON.stringify(feature.geometry.coordinates).match(/-?[\d.]+,-?[\d.]+/gu)!) {
          const lngLat = position.split(',').map(Number) as [number, number];
          const [x, y] = at(lngLat);
          const [mx, my] = maplibrePixel(camera, lngLat);
          expect(Math.abs(x - mx) + Math.abs(y - my)).toBeLessThan(1e-6);
        }
    }
  });
});

describe('regionOutline', () => {
  const camera = viewCamera('zhejiang', 928, 693, 24);

  it('traces a region as its fill is drawn, a city where cities have no fill of their own too', () => {
    const shaded = regionPaths(
      renderMapSvg({
        provinces,
        cities,
        choropleth: computeChoropleth(METRICS.residents, boundaries),
        camera,
        lang: 'en',
      }),
    );
    expect(regionOutline({ provinces, cities, camera }, '330600')).toEqual({
      d: shaded.get('330600')!.d,
      level: 'city',
    });
    expect(regionOutline({ provinces, cities, camera }, '320000')).toEqual({
      d: shaded.get('320000')!.d,
      level: 'province',
    });
    // At the province level Zhejiang's cities are borders only: the outline is the same path all the same.
    const national = computeChoropleth(METRICS['stations-per-10k-regions'], boundaries);
    const borders = renderMapSvg({ provinces, cities, choropleth: national, camera, lang: 'en', labels: false });
    expect(regionPaths(borders).has('330600')).toBe(false);
    expect(borders).toContain(`<path d="${shaded.get('330600')!.d}"/>`);
  });

  it('is null for a code it does not know and for a region off screen', () => {
    expect(regionOutline({ provinces, cities, camera }, '999999')).toBeNull();
    // Xinjiang, far west of Zhejiang's view.
    expect(regionOutline({ provinces, cities, camera }, '650000')).toBeNull();
  });
});
