import { describe, expect, it } from 'vitest';
import type { RegionCollection } from '../../../src/data/boundaries';
import { packForMap } from '../../../src/byod/transfer';

describe('packForMap', () => {
  it('hands the map the shapes once, as GeoJSON text keyed by code, and the regions as plain properties', () => {
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
    const packed = packForMap(collection);
    expect(packed.regions).toEqual([properties]);
    expect(packed.drawable).toBeInstanceOf(ArrayBuffer);
    expect(JSON.parse(new TextDecoder().decode(packed.drawable))).toEqual({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { code: 'A1' }, geometry }],
    });
  });
});
