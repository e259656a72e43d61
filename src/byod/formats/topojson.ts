import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

export type TopologyResult =
  | { ok: true; collection: { type: 'FeatureCollection'; features: unknown[] }; objects: string[] }
  | { ok: false; detail: string };

/**
 * Every object of a TopoJSON topology as one FeatureCollection (ECharts' and D3's China maps keep provinces in
 * one object, but a file may hold several). The shape is checked before topojson-client sees it: it trusts its
 * input and would throw a TypeError from deep inside for a missing arc.
 */
export function topologyFeatures(data: Record<string, unknown>): TopologyResult {
  const objects = data['objects'];
  const arcs = data['arcs'];
  if (typeof objects !== 'object' || objects === null || Array.isArray(objects))
    return { ok: false, detail: 'it has no "objects"' };
  if (!Array.isArray(arcs)) return { ok: false, detail: 'it has no "arcs" array' };
  const transform = data['transform'];
  if (transform !== undefined && !validTransform(transform))
    return { ok: false, detail: '"transform" needs "scale" and "translate", two numbers each' };
  const bad = arcs.findIndex((arc) => !Array.isArray(arc) || !arc.every(isPair));
  if (bad >= 0) return { ok: false, detail: `arc ${bad + 1} is not a list of [x, y] positions` };
  const names = Object.keys(objects);
  if (names.length === 0) return { ok: false, detail: 'its "objects" is empty' };
  const features: unknown[] = [];
  for (const name of names) {
    try {
      const converted = feature(data as unknown as Topology, name) as unknown;
      const list = (converted as { features?: unknown[] }).features;
      for (const item of Array.isArray(list) ? list : [converted]) features.push(withId(item));
    } catch (error) {
      // An arc index past the end, or geometries nested past the stack: named, not thrown.
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, detail: `object "${name}" cannot be read (${detail})` };
    }
  }
  return { ok: true, collection: { type: 'FeatureCollection', features }, objects: names };
}

/** D3's atlases keep the key as the geometry's `id`, not as a property: copied where checkBoundaries looks. */
function withId(item: unknown): unknown {
  const { id, properties } = item as { id?: unknown; properties?: Record<string, unknown> };
  if (id === undefined || id === null || (properties && 'id' in properties)) return item;
  return { ...(item as object), properties: { id, ...properties } };
}

function isPair(value: unknown): boolean {
  return Array.isArray(value) && value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);
}

function validTransform(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { scale, translate } = value as { scale?: unknown; translate?: unknown };
  return isPair(scale) && isPair(translate);
}
