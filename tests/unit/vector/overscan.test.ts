import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RegionCollection } from '../../../src/data/boundaries';
import { METRICS } from '../../../src/data/metrics';
import { computeChoropleth } from '../../../src/scale/choropleth';
import { type Camera, project } from '../../../src/vector/camera';
import { MIN_OVERSCAN_PX, overscanCamera, overscanMargin, panWithin } from '../../../src/vector/overscan';
import { panBy } from '../../../src/vector/pan-zoom';
import { renderMapSvg } from '../../../src/vector/render-svg';

const camera: Camera = { center: [120.44, 29.212224466588296], zoom: 5.85185514290517, width: 1280, height: 800 };

describe('overscanMargin', () => {
  it('is a quarter of the longer side, whole pixels, and never under the minimum', () => {
    expect(overscanMargin({ width: 1280, height: 800 })).toBe(320);
    expect(overscanMargin({ width: 1921, height: 1080 })).toBe(480);
    expect(overscanMargin({ width: 360, height: 640 })).toBe(MIN_OVERSCAN_PX);
  });
});

describe('overscanCamera', () => {
  it('draws the viewport grown by the margin: every place lies the margin further right and down', () => {
    const grown = overscanCamera(camera, 320);
    expect(grown).toMatchObject({ zoom: camera.zoom, width: 1920, height: 1440 });
    const [x, y] = project(camera, [121.5, 31.2]);
    const [gx, gy] = project(grown, [121.5, 31.2]);
    expect(gx - x).toBeCloseTo(320, 9);
    expect(gy - y).toBeCloseTo(320, 9);
  });
});

describe('panWithin', () => {
  it('gives a pan by whole pixels as whole pixels, however the Mercator arithmetic rounds', () => {
    let shown = camera;
    // The bench's drag: 60 moves of 4 px left and 2 px up, each from the camera the last one reached.
    for (let i = 0; i < 60; i++) shown = panBy(shown, -4, -2);
    expect(panWithin(camera, shown, 320)).toEqual([-240, -120]);
    expect(panWithin(camera, camera, 320)).toEqual([0, 0]);
    expect(Object.is(panWithin(camera, camera, 320)![0], -0)).toBe(false);
  });
  it('asks for a drawing when the pan leaves the margin, or is not by whole pixels', () => {
    expect(panWithin(camera, panBy(camera, 320, -320), 320)).toEqual([320, -320]);
    expect(panWithin(camera, panBy(camera, 321, 0), 320)).toBeNull();
    expect(panWithin(camera, panBy(camera, 0, -400), 320)).toBeNull();
    expect(panWithin(camera, panBy(camera, 10.5, 0), 320)).toBeNull();
  });
  it('asks for a drawing after a zoom or a new size, however small', () => {
    expect(panWithin(camera, { ...camera, zoom: camera.zoom + 1e-9 }, 320)).toBeNull();
    expect(panWithin(camera, { ...camera, width: 1279 }, 320)).toBeNull();
  });
});

describe('stripes in step with the world (renderMapSvg worldHatch)', () => {
  const load = (file: string) => JSON.parse(readFileSync(`public/geo/${file}`, 'utf8')) as RegionCollection;
  const boundaries = { provinces: load('provinces.json'), cities: load('zhejiang-cities.json') };
  const choropleth = computeChoropleth(METRICS['stations-per-10k-regions'], boundaries);
  const pattern = (c: Camera) => {
    const svg = renderMapSvg({ ...boundaries, choropleth, camera: c, lang: 'en', labels: false, worldHatch: true });
    const [, x, y] = /<pattern x="([^"]+)" y="([^"]+)"/u.exec(svg)!;
    return [Number(x), Number(y)] as const;
  };
  it('moves the pattern with a pan, so a moved drawing and a fresh one stripe alike', () => {
    const [x, y] = pattern(camera);
    const [px, py] = pattern(panBy(camera, -4, -2));
    // A pan of 4 px left and 2 up: the stripes' start moves with the map, modulo the 6-px period.
    expect((((px - x + 4) % 6) + 6) % 6).toBeCloseTo(0, 2);
    expect((((py - y + 2) % 6) + 6) % 6).toBeCloseTo(0, 2);
    expect(x).toBeLessThanOrEqual(0);
    expect(x).toBeGreaterThan(-6);
  });
  it('leaves the export’s pattern as it was when not asked', () => {
    const svg = renderMapSvg({ ...boundaries, choropleth, camera, lang: 'en', labels: false });
    expect(svg).toMatch(/<pattern id="regional-hatch" patternUnits/u);
  });
});
