import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBoundaries } from '../../../src/byod/read-boundaries';
import { dbfEncoding, readDbf } from '../../../src/byod/formats/dbf';
import { prjSystem } from '../../../src/byod/formats/open-boundaries';
import { groupRings } from '../../../src/byod/formats/shapefile';
import { ROLE_SNIFF_BYTES, roleOf } from '../../../src/byod/formats/role';
import { dbfTable, encodeGbk } from '../../fixtures/formats/build';

const fixture = (name: string) => new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/formats', name)));
const read = (name: string) => readBoundaries(fixture(name), name, null);
const refusal = (name: string) => {
  const result = read(name);
  if (result.ok) throw new Error(`${name} was drawn`);
  return { code: result.issues[0]?.code, file: result.issues[0]?.file, ...result.issues[0]?.params };
};

describe('boundary formats', () => {
  it('draws every object of a TopoJSON topology, keyed by adcode and named', () => {
    const result = read('china-provinces.topojson');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.key).toBe('adcode');
    expect(result.collection.features).toHaveLength(34);
    const zhejiang = result.collection.features.find((f) => f.properties.code === '330000');
    expect(zhejiang?.properties.name_zh).toBe('浙江');
    expect(result.notes.map((n) => n.code)).toContain('readTopoJson');
    // Zhejiang's computed area is the built-in one's (within a per cent: the TopoJSON is quantised to 0.0001°).
    expect(zhejiang?.properties.area_km2).toBeGreaterThan(100_000);
    expect(zhejiang?.properties.area_km2).toBeLessThan(108_000);
  });

  it('draws a zipped shapefile with GBK names, from its .cpg or, without one, from its bytes', () => {
    for (const name of ['yangtze-delta-shp.zip', 'china-provinces-shp.zip']) {
      const result = read(name);
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      expect(result.key).toBe('ADCODE');
      const names = result.collection.features.map((f) => f.properties.name_zh);
      expect(names).toContain('浙江');
      expect(result.notes.find((n) => n.code === 'readShapefile')?.params).toMatchObject({
        encoding: 'GBK',
        crs: 'GCS_WGS_1984',
      });
    }
  });

  it('refuses each bad boundary file with its own reason, naming the file', () => {
    expect(refusal('bad/no-shp.zip')).toMatchObject({ code: 'zipNoShp', file: 'bad/no-shp.zip' });
    expect(refusal('bad/no-dbf.zip')).toMatchObject({ code: 'shpWithoutDbf', shp: 'delta.shp' });
    expect(refusal('bad/projected.zip')).toMatchObject({
      code: 'projectedCrs',
      crs: 'WGS_1984_Web_Mercator_Auxiliary_Sphere',
    });
    expect(refusal('bad/points.topojson')).toMatchObject({ code: 'noPolygons', found: '2 × Point' });
    expect(refusal('province-population.xlsx')).toMatchObject({ code: 'workbookAsBoundaries' });
  });

  it('names a TopoJSON whose arcs are missing or broken instead of throwing', () => {
    const topo = (value: object) => readBoundaries(new TextEncoder().encode(JSON.stringify(value)), 't.json', null);
    const broken = topo({
      type: 'Topology',
      objects: { a: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[7]] }] } },
      arcs: [],
    });
    expect(broken.ok ? null : broken.issues[0]?.code).toBe('topoJsonBroken');
    const noArcs = topo({ type: 'Topology', objects: {} });
    expect(noArcs.ok ? null : noArcs.issues[0]?.params).toEqual({ detail: 'it has no "arcs" array' });
  });
});

describe('shapefile parts', () => {
  it('groups clockwise outer rings with the counter-clockwise holes inside them, in GeoJSON winding', () => {
    const outer = [
      [0, 0],
      [0, 10],
      [10, 10],
      [10, 0],
      [0, 0],
    ];
    const hole = [
      [2, 2],
      [4, 2],
      [4, 4],
      [2, 4],
      [2, 2],
    ];
    const far = outer.map(([x, y]) => [x! + 20, y!]);
    expect(groupRings([outer, hole, far])).toEqual({
      type: 'MultiPolygon',
      coordinates: [[[...outer].reverse(), [...hole].reverse()], [[...far].reverse()]],
    });
  });

  it('reads the encoding from the .cpg, the language driver byte, or the bytes', () => {
    const gbk = dbfTable([{ name: 'NAME', type: 'C', length: 20 }], [['浙江省']], encodeGbk);
    expect(dbfEncoding('936', gbk)).toBe('gbk');
    expect(dbfEncoding('UTF-8', gbk)).toBe('utf-8');
    expect(dbfEncoding(null, gbk)).toBe('gbk');
    const table = readDbf(gbk, 'gbk');
    expect(table.ok && table.records).toEqual([{ NAME: '浙江省' }]);
    expect(readDbf(gbk.subarray(0, 70), 'gbk')).toMatchObject({ ok: false, record: 1 });
  });

  it('tells a projected .prj from a geographic one', () => {
    expect(prjSystem('GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM[…]]')).toEqual({
      kind: 'geographic',
      name: 'GCS_China_Geodetic_Coordinate_System_2000',
    });
    expect(prjSystem('PROJCS["CGCS2000_3_Degree_GK_CM_120E",GEOGCS[…]]')).toEqual({
      kind: 'projected',
      name: 'CGCS2000_3_Degree_GK_CM_120E',
    });
    expect(prjSystem(null)).toEqual({ kind: 'none' });
  });
});

describe('roleOf', () => {
  it('tells boundaries from figures by name and first bytes', () => {
    const head = (name: string) => fixture(name).subarray(0, ROLE_SNIFF_BYTES);
    expect(roleOf('delta.zip', head('yangtze-delta-shp.zip'))).toBe('boundaries');
    expect(roleOf('download', head('yangtze-delta-shp.zip'))).toBe('boundaries');
    expect(roleOf('p.xlsx', head('province-population.xlsx'))).toBe('metrics');
    // A workbook saved without its extension is still a workbook: its first entry is [Content_Types].xml.
    expect(roleOf('export', head('province-population.xlsx'))).toBe('metrics');
    expect(roleOf('map.json', head('yangtze-delta.topojson'))).toBe('boundaries');
    expect(roleOf('data.txt', head('nbs-province-population.csv'))).toBe('metrics');
    expect(roleOf('x.shp', new Uint8Array([0, 0, 0x27, 0x0a]))).toBe('boundaries');
  });
});
