import { describe, expect, it } from 'vitest';
import type { RegionCollection } from '../../../src/data/boundaries';
import { CITY_LABEL_MIN_ZOOM } from '../../../src/scene/labels';
import type { Boundaries } from '../../../src/scale/choropleth';
import { builtInRegionAt } from '../../../src/vector/hit-test';

const square = (code: string, name: string, [x, y, size]: [number, number, number]) => ({
  type: 'Feature' as const,
  properties: { code, name, nameZh: name, label: [x + size / 2, y + size / 2] },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, y],
        [x + size, y],
        [x + size, y + size],
        [x, y + size],
        [x, y],
      ],
    ],
  },
});
const collection = (features: ReturnType<typeof square>[]) =>
  ({ type: 'FeatureCollection', features }) as unknown as RegionCollection;
const boundaries = {
  provinces: collection([square('330000', 'Zhejiang', [118, 27, 5])]),
  cities: collection([square('330100', 'Hangzhou', [119, 29, 1])]),
} as Boundaries;

describe('the built-in region under the pointer', () => {
  it('is the province at province level and zoomed out, the city at city level or zoomed in', () => {
    expect(builtInRegionAt(boundaries, 'province', CITY_LABEL_MIN_ZOOM - 1, [119.5, 29.5])?.code).toBe('330000');
    expect(builtInRegionAt(boundaries, 'city', CITY_LABEL_MIN_ZOOM - 1, [119.5, 29.5])?.code).toBe('330100');
    expect(builtInRegionAt(boundaries, 'province', CITY_LABEL_MIN_ZOOM, [119.5, 29.5])?.code).toBe('330100');
  });
  it('falls back to the province outside every city, and is null outside both', () => {
    expect(builtInRegionAt(boundaries, 'city', 8, [122, 28])?.code).toBe('330000');
    expect(builtInRegionAt(boundaries, 'city', 8, [100, 40])).toBeNull();
  });
});
