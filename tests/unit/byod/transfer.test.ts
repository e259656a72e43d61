import { describe, expect, it } from 'vitest';
import type { RegionCollection } from '../../../src/data/boundaries';
import { packForMap, transferablesOf } from '../../../src/byod/transfer';

const properties = {
  code: 'A1',
  name_zh: '甲',
  name_en: 'A',
  area_km2: 12.5,
  label: [1, 2] as [number, number],
  parent: 'custom',
};
const geometry = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
};
const collection: RegionCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties, geometry }],
};

describe('packForMap', () => {
  it('hands MapLibre the shapes once, as GeoJSON text keyed by code, and the regions as plain properties', () => {
    const packed = packForMap(collection, 'geojson');
    expect(packed.regions).toEqual([properties]);
    if (packed.shapes.kind !== 'geojson') throw new Error('asked for GeoJSON');
    expect(transferablesOf(packed.shapes)).toEqual([packed.shapes.text]);
    expect(JSON.parse(new TextDecoder().decode(packed.shapes.text))).toEqual({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { code: 'A1' }, geometry }],
    });
  });

  it('hands the vector map the same shapes as typed arrays, transferred whole, with no text', () => {
    const packed = packForMap(collection, 'packed');
    expect(packed.regions).toEqual([properties]);
    if (packed.shapes.kind !== 'packed') throw new Error('asked for packed rings');
    expect([...packed.shapes.rings.coordinates]).toEqual([0, 0, 1, 0, 1, 1, 0, 0]);
    expect(transferablesOf(packed.shapes)).toHaveLength(4);
  });
});
