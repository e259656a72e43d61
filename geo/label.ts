/**
 * Where to put a region's name: the pole of inaccessibility of its largest polygon, the inside
 * point farthest from any edge (the "polylabel" idea, after Mapbox's algorithm: search a grid of
 * cells, splitting the promising ones until none can beat the best by more than the precision).
 * A centroid can fall outside a crescent-shaped region or in the sea between islands; this cannot.
 */
import type { Position } from 'geojson';
import { area as turfArea } from '@turf/turf';
import { roundTo, type PolygonRings } from './clean';

/** Decimals of the label coordinates (≈ 11 m, finer than any label needs). */
export const LABEL_DECIMALS = 4;

interface Cell {
  x: number;
  y: number;
  half: number;
  /** Signed distance from the centre to the polygon outline; negative outside. */
  distance: number;
  /** The best distance any point in the cell could have. */
  potential: number;
}

/** Planar x, y with longitude shrunk by cos(latitude) so distances are roughly isotropic. */
type Plane = Array<Array<[number, number]>>;

function pointInRings(x: number, y: number, rings: Plane): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function squaredDistanceToSegment(x: number, y: number, a: [number, number], b: [number, number]): number {
  let [px, py] = a;
  let dx = b[0] - px;
  let dy = b[1] - py;
  if (dx !== 0 || dy !== 0) {
    const t = ((x - px) * dx + (y - py) * dy) / (dx * dx + dy * dy);
    if (t > 1) [px, py] = b;
    else if (t > 0) [px, py] = [px + dx * t, py + dy * t];
  }
  dx = x - px;
  dy = y - py;
  return dx * dx + dy * dy;
}

function signedDistance(x: number, y: number, rings: Plane): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      best = Math.min(best, squaredDistanceToSegment(x, y, ring[i] as [number, number], ring[j] as [number, number]));
    }
  }
  return (pointInRings(x, y, rings) ? 1 : -1) * Math.sqrt(best);
}

function makeCell(x: number, y: number, half: number, rings: Plane): Cell {
  const distance = signedDistance(x, y, rings);
  return { x, y, half, distance, potential: distance + half * Math.SQRT2 };
}

/** A max-heap on `potential`, enough for the search below. */
class CellQueue {
  private readonly cells: Cell[] = [];
  get size(): number {
    return this.cells.length;
  }
  push(cell: Cell): void {
    const cells = this.cells;
    cells.push(cell);
    let i = cells.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((cells[parent] as Cell).potential >= cell.potential) break;
      cells[i] = cells[parent] as Cell;
      i = parent;
    }
    cells[i] = cell;
  }
  pop(): Cell | undefined {
    const cells = this.cells;
    const top = cells[0];
    const last = cells.pop();
    if (cells.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      let largestPotential = last.potential;
      if (left < cells.length && (cells[left] as Cell).potential > largestPotential) {
        largest = left;
        largestPotential = (cells[left] as Cell).potential;
      }
      if (right < cells.length && (cells[right] as Cell).potential > largestPotential) largest = right;
      if (largest === i) break;
      cells[i] = cells[largest] as Cell;
      i = largest;
    }
    cells[i] = last;
    return top;
  }
}

/** Pole of inaccessibility of one polygon (outer ring and holes), to `precisionDeg` degrees. */
export function poleOfInaccessibility(polygon: PolygonRings, precisionDeg: number): Position {
  const outer = polygon[0] ?? [];
  const lats = outer.map((p) => p[1] as number);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const xScale = Math.cos((midLat * Math.PI) / 180);
  const rings: Plane = polygon.map((ring) => ring.map((p) => [(p[0] as number) * xScale, p[1] as number]));

  const xs = (rings[0] ?? []).map(([x]) => x);
  const ys = (rings[0] ?? []).map(([, y]) => y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const cellSize = Math.min(maxX - minX, maxY - minY);
  const toLngLat = (cell: Cell): Position => [cell.x / xScale, cell.y];
  let best = makeCell((minX + maxX) / 2, (minY + maxY) / 2, 0, rings);
  if (cellSize === 0) return toLngLat(best);

  const queue = new CellQueue();
  const half = cellSize / 2;
  for (let x = minX; x < maxX; x += cellSize) {
    for (let y = minY; y < maxY; y += cellSize) queue.push(makeCell(x + half, y + half, half, rings));
  }
  for (let cell = queue.pop(); cell !== undefined; cell = queue.pop()) {
    if (cell.distance > best.distance) best = cell;
    if (cell.potential - best.distance <= precisionDeg) continue;
    const quarter = cell.half / 2;
    for (const [dx, dy] of [
      [-1, -1],
      [1, -1],
      [-1, 1],
      [1, 1],
    ] as const) {
      queue.push(makeCell(cell.x + dx * quarter, cell.y + dy * quarter, quarter, rings));
    }
  }
  return toLngLat(best);
}

/** The polygon with the largest geodesic area (ties go to the first). */
export function largestPolygon(polygons: PolygonRings[]): PolygonRings {
  let best = polygons[0] ?? [];
  let bestArea = -1;
  for (const polygon of polygons) {
    const area = turfArea({ type: 'Polygon', coordinates: polygon });
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return best;
}

/** Label point of a region: inside its largest polygon, rounded to LABEL_DECIMALS. */
export function labelPoint(polygons: PolygonRings[], precisionDeg: number): [number, number] {
  const [lng, lat] = poleOfInaccessibility(largestPolygon(polygons), precisionDeg);
  return [roundTo(lng as number, LABEL_DECIMALS), roundTo(lat as number, LABEL_DECIMALS)];
}
