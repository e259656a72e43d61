import { describe, expect, it } from 'vitest';
import { pageLabels } from '../../../src/export/page-labels';
import { boundaries, pageOf } from '../scene/pages';

const regionOf = (code: string) =>
  [...boundaries.cities.features, ...boundaries.provinces.features].find((f) => f.properties.code === code)?.properties;
const CITIES = boundaries.cities.features.map((f) => f.properties.code);

describe('pageLabels', () => {
  it('reports the names and story marks a vector page drew, each name at its label point inside the map', () => {
    const page = pageOf('zhejiang', 'en');
    const { names, marks } = pageLabels(page, regionOf);
    // Hangzhou and Shaoxing are named by their story marks, as on the live map.
    const named = new Set([...names.map((n) => n.code), ...marks].filter((code) => CITIES.includes(code)));
    expect(named.size).toBeGreaterThanOrEqual(9);
    expect(marks.sort()).toEqual(['330100', '330600']);
    const { map } = page.layout;
    for (const { at } of names) {
      expect(at[0]).toBeGreaterThanOrEqual(map.x);
      expect(at[0]).toBeLessThanOrEqual(map.x + map.width);
      expect(at[1]).toBeGreaterThanOrEqual(map.y);
      expect(at[1]).toBeLessThanOrEqual(map.y + map.height);
    }
    // Each name once, as many as the SVG's text elements carrying a region's code.
    expect(new Set(names.map((n) => n.code)).size).toBe(names.length);
    expect(names.length).toBe(page.svg.match(/<text data-code=/gu)?.length);
  });

  it('counts a PDF page’s halo copies once, and scales to the file’s pixels', () => {
    const plain = pageLabels(pageOf('zhejiang', 'en'), regionOf);
    const copied = pageLabels(pageOf('zhejiang', 'en', undefined, 'copy'), regionOf, 2);
    expect(copied.names.map((n) => n.code)).toEqual(plain.names.map((n) => n.code));
    expect(copied.names[0]!.at).toEqual([plain.names[0]!.at[0] * 2, plain.names[0]!.at[1] * 2]);
  });
});
