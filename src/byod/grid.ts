import type { Feature, FeatureCollection, Polygon } from 'geojson';

export interface GridOptions {
  /** West, south, east, north in degrees; default: a box over Zhejiang. */
  bbox?: [number, number, number, number];
  /** Property holding each cell's key; default "code". */
  key?: string;
  /** Vertices per cell edge (≥ 1): more makes heavier polygons with the same outline. */
  verticesPerEdge?: number;
}

const ZHEJIANG_BOX: [number, number, number, number] = [118.0, 27.0, 123.0, 31.2];

/**
 * n square cells in a near-square grid over a box, each a closed, counter-clockwise Polygon with
 * key G00001…, for scaling tests and benchmarks. Pure and deterministic.
 */
export function gridFeatureCollection(n: number, options: GridOptions = {}): FeatureCollection<Polygon> {
  const [west, south, east, north] = options.bbox ?? ZHEJIANG_BOX;
  const key = options.key ?? 'code';
  const perEdge = Math.max(1, Math.floor(options.verticesPerEdge ?? 1));
  const columns = Math.ceil(Math.sqrt(n));
  const rows = Math.ceil(n / columns);
  const dx = (east - west) / columns;
  const dy = (north - south) / rows;
  const features: Feature<Polygon>[] = [];
  for (let i = 0; i < n; i++) {
    const x0 = west + (i % columns) * dx;
    const y0 = south + Math.floor(i / columns) * dy;
    const corners: [number, number][] = [
      [x0, y0],
      [x0 + dx, y0],
      [x0 + dx, y0 + dy],
      [x0, y0 + dy],
    ];
    const ring: [number, number][] = [];
    corners.forEach((corner, c) => {
      const next = corners[(c + 1) % 4]!;
      for (let k = 0; k < perEdge; k++)
        ring.push([
          round(corner[0] + ((next[0] - corner[0]) * k) / perEdge),
          round(corner[1] + ((next[1] - corner[1]) * k) / perEdge),
        ]);
    });
    ring.push(ring[0]!);
    const code = gridKey(i);
    features.push({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [ring] },
      properties: { [key]: code, name: `Cell ${i + 1}` },
    });
  }
  return { type: 'FeatureCollection', features };
}

export function gridKey(index: number): string {
  return `G${String(index + 1).padStart(5, '0')}`;
}

/** A metrics CSV for the grid: one row per cell, values cycling 0–99 so every class is used. */
export function gridMetricsCsv(n: number, metric = 'Grid test value'): string {
  const lines = ['region,value,metric,unit'];
  for (let i = 0; i < n; i++) lines.push(`${gridKey(i)},${(i * 37) % 100},${metric},points`);
  return `${lines.join('\n')}\n`;
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
