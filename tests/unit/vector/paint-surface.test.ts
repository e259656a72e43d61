// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RegionCollection } from '../../../src/data/boundaries';
import { METRICS } from '../../../src/data/metrics';
import { viewBounds } from '../../../src/map/views';
import { computeChoropleth } from '../../../src/scale/choropleth';
import { fitBounds, uniformPadding } from '../../../src/vector/camera';
import { highlightSurface, paintSurface, previewSurface } from '../../../src/vector/paint-surface';

const load = (file: string) => JSON.parse(readFileSync(`public/geo/${file}`, 'utf8')) as RegionCollection;
const provinces = load('provinces.json');
const cities = load('zhejiang-cities.json');

describe('paintSurface and previewSurface', () => {
  const camera = fitBounds(viewBounds('zhejiang', provinces, cities), { width: 928, height: 693 }, uniformPadding(24), {
    minZoom: 2,
    maxZoom: 11,
  });
  const choropleth = computeChoropleth(METRICS.residents, { provinces, cities });

  it('moves the layer around the SVG, never the SVG itself (Chromium lays out its text again on each move)', () => {
    const surface = document.createElement('div');
    paintSurface(surface, { provinces, cities, choropleth, camera, lang: 'en', selected: null, custom: null });
    const layers = [...surface.children];
    expect(layers.map((child) => child.className)).toEqual(['vector-layer']);
    const svg = layers[0]!.firstElementChild!;
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.querySelector('.labels text')).not.toBeNull();

    previewSurface(surface, 'translate(-120px, -60px)');
    expect((layers[0] as HTMLElement).style.transform).toBe('translate(-120px, -60px)');
    expect(svg.getAttribute('style')).toBeNull();
  });

  it('takes a city’s outline away when the pointer leaves it at the province level, where cities have no fill', () => {
    const national = computeChoropleth(METRICS['stations-per-10k-regions'], { provinces, cities });
    const surface = document.createElement('div');
    const base = { provinces, cities, choropleth: national, camera, lang: 'en' as const, selected: null, custom: null };
    const outlines = () => surface.querySelectorAll('.emphasis').length;
    paintSurface(surface, base);
    expect(outlines()).toBe(0);
    // Hangzhou, hovered while Zhejiang's cities are drawn as borders only: its outline is drawn into the map.
    highlightSurface(surface, { ...base, highlighted: '330100' });
    expect(outlines()).toBe(1);
    highlightSurface(surface, { ...base, highlighted: null });
    expect(outlines()).toBe(0);
    // A province has a fill: its outline is laid over the drawing, and taken off again.
    highlightSurface(surface, { ...base, highlighted: '330000' });
    expect(surface.querySelectorAll('[data-hover]').length).toBe(1);
    highlightSurface(surface, { ...base, highlighted: null });
    expect(outlines()).toBe(0);
  });
});
