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

  it('moves the layers around their SVGs, never an SVG itself (Chromium lays out its text again on each move)', () => {
    const surface = document.createElement('div');
    paintSurface(surface, { provinces, cities, choropleth, camera, lang: 'en', selected: null, custom: null });
    const layers = [...surface.children] as HTMLElement[];
    expect(layers.map((child) => child.className)).toEqual(['vector-layer', 'vector-layer', 'vector-layer']);
    const [map, hover, names] = layers.map((layer) => layer.firstElementChild!);
    for (const svg of [map, hover, names]) expect(svg!.tagName.toLowerCase()).toBe('svg');
    // As MapLibre orders them: the map, the hovered region's outline, the names over both.
    expect(map!.querySelector('.fills path')).not.toBeNull();
    expect(map!.querySelector('.labels')).toBeNull();
    expect(hover!.getAttribute('class')).toBe('vector-hover');
    expect(hover!.childElementCount).toBe(0);
    expect(names!.querySelector('.labels text')).not.toBeNull();
    // One user space: a path copied from the map into the hover layer lines up with it.
    for (const svg of [hover, names]) expect(svg!.getAttribute('viewBox')).toBe(map!.getAttribute('viewBox'));

    previewSurface(surface, 'translate(-120px, -60px)');
    for (const layer of layers) expect(layer.style.transform).toBe('translate(-120px, -60px)');
    for (const svg of [map, hover, names]) expect(svg!.getAttribute('style')).toBeNull();
  });

  it('outlines a hovered region in the hover layer and leaves the map’s SVG as it was (no raster of the map again)', () => {
    const surface = document.createElement('div');
    const base = { provinces, cities, choropleth, camera, lang: 'en' as const, selected: null, custom: null };
    paintSurface(surface, base);
    const map = surface.children[0]!.firstElementChild!;
    const drawn = map.outerHTML;
    highlightSurface(surface, { ...base, highlighted: '330600' });
    const outline = surface.querySelector('.vector-hover [data-hover="330600"] path');
    expect(outline?.getAttribute('d')).toBe(map.querySelector('path[data-code="330600"]')!.getAttribute('d'));
    expect(surface.children[0]!.firstElementChild).toBe(map);
    expect(map.outerHTML).toBe(drawn);
    highlightSurface(surface, { ...base, highlighted: null });
    expect(surface.querySelectorAll('[data-hover]').length).toBe(0);
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
