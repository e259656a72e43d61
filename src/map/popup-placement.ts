/**
 * Where a popup goes: boxes in, placement out. No DOM and no map here; popup-fit.ts measures the page
 * and applies the answer. All coordinates are CSS pixels relative to the map's top-left corner.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface PopupPlacementInput {
  /** The map's box; the popup never leaves it. */
  map: { width: number; height: number };
  /** What the popup must not cover: the legend, every control, the figures panel. */
  obstacles: readonly Box[];
  /** The place the popup describes, projected onto the map. */
  place: Point;
  /** Room kept clear around the place (its marker and label) so it stays visible. */
  placeRadius: number;
  /** The content's natural height at a width: the caller measures it. */
  heightAt: (width: number) => number;
  preferredWidth: number;
  minWidth: number;
  /** Below this height a popup is not worth showing beside the place; the camera moves instead. */
  minHeight: number;
  /** Space kept between the popup and the map's edges and obstacles. */
  gap: number;
  /** Maps narrower than this get a bottom sheet as wide as the map. */
  sheetBelow: number;
  /** A sheet takes at most this share of its free band's height, so the place keeps room above it. */
  sheetMaxShare?: number;
  /** False after the reader moved the map: never move the camera against them. */
  mayPan?: boolean;
  /**
   * Other places the popup should leave visible where it can (the other story marker): they move with the camera,
   * unlike the obstacles. Covering one costs more than a long way to the place, less than a scrolling box.
   */
  others?: readonly Box[];
}

export interface PopupPlacement {
  mode: 'float' | 'sheet';
  box: Box;
  /** The content is taller than the box and scrolls inside it. */
  scrolls: boolean;
  /** How far the camera must move the place (screen pixels) so that nothing covers it; {0, 0} for none. */
  pan: Point;
}

const NO_PAN: Point = { x: 0, y: 0 };
// A popup that scrolls is worse than one a few hundred pixels from its place; a camera move is worse than either.
const SCROLL_COST_PER_PX = 4;
const PAN_COST = 400;
const COVER_COST = 300;
const MIN_PAN_PX = 1;

export const width = (b: Box) => b.right - b.left;
export const height = (b: Box) => b.bottom - b.top;

export function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom
  );
}

function inflate(b: Box, by: number): Box {
  return { left: b.left - by, top: b.top - by, right: b.right + by, bottom: b.bottom + by };
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

function discBox(p: Point, r: number): Box {
  return { left: p.x - r, top: p.y - r, right: p.x + r, bottom: p.y + r };
}

function union(a: Box, b: Box): Box {
  return {
    left: Math.min(a.left, b.left),
    top: Math.min(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
  };
}

function shift(b: Box, by: Point): Box {
  return { left: b.left + by.x, top: b.top + by.y, right: b.right + by.x, bottom: b.bottom + by.y };
}

/** The maximal rectangles of `area` that no obstacle overlaps (every edge touches the area or an obstacle). */
export function freeRects(area: Box, obstacles: readonly Box[]): Box[] {
  const inside = obstacles.filter((o) => intersects(o, area));
  const xs = unique([area.left, area.right, ...inside.flatMap((o) => [o.left, o.right])]).filter(
    (x) => x >= area.left && x <= area.right,
  );
  const ys = unique([area.top, area.bottom, ...inside.flatMap((o) => [o.top, o.bottom])]).filter(
    (y) => y >= area.top && y <= area.bottom,
  );
  const rects: Box[] = [];
  for (let i = 0; i < xs.length; i++)
    for (let j = i + 1; j < xs.length; j++)
      for (let k = 0; k < ys.length; k++)
        for (let l = k + 1; l < ys.length; l++) {
          const r = { left: xs[i]!, right: xs[j]!, top: ys[k]!, bottom: ys[l]! };
          if (inside.some((o) => intersects(o, r))) continue;
          if (isMaximal(r, area, inside)) rects.push(r);
        }
  return rects;
}

function isMaximal(r: Box, area: Box, obstacles: readonly Box[]): boolean {
  const overlapsY = (o: Box) => o.top < r.bottom && r.top < o.bottom;
  const overlapsX = (o: Box) => o.left < r.right && r.left < o.right;
  return (
    (r.left === area.left || obstacles.some((o) => o.right === r.left && overlapsY(o))) &&
    (r.right === area.right || obstacles.some((o) => o.left === r.right && overlapsY(o))) &&
    (r.top === area.top || obstacles.some((o) => o.bottom === r.top && overlapsX(o))) &&
    (r.bottom === area.bottom || obstacles.some((o) => o.top === r.bottom && overlapsX(o)))
  );
}

function unique(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** The point nearest `p` where a disc of radius `r` lies in the area and touches no obstacle; null if none. */
export function nearestFreePoint(area: Box, obstacles: readonly Box[], p: Point, r: number): Point | null {
  const by = nearestFreeShift(area, obstacles, discBox(p, r));
  return by && { x: p.x + by.x, y: p.y + by.y };
}

/** The shortest move that puts `keep` in the area, clear of every obstacle; null if no free rect can hold it. */
export function nearestFreeShift(area: Box, obstacles: readonly Box[], keep: Box): Point | null {
  let best: Point | null = null;
  let bestDistance = Infinity;
  for (const rect of freeRects(area, obstacles)) {
    if (width(rect) < width(keep) || height(rect) < height(keep)) continue;
    const by = {
      x: clamp(0, rect.left - keep.left, rect.right - keep.right),
      y: clamp(0, rect.top - keep.top, rect.bottom - keep.bottom),
    };
    const distance = Math.hypot(by.x, by.y);
    if (distance < bestDistance) [best, bestDistance] = [by, distance];
  }
  return best;
}

/** The parts of `rect` that keep clear of `keep`: the whole rect, or its four sides of it. */
function sidesAvoiding(rect: Box, keep: Box): Box[] {
  if (!intersects(rect, keep)) return [rect];
  return [
    { ...rect, right: Math.min(rect.right, keep.left) },
    { ...rect, left: Math.max(rect.left, keep.right) },
    { ...rect, bottom: Math.min(rect.bottom, keep.top) },
    { ...rect, top: Math.max(rect.top, keep.bottom) },
  ].filter((side) => width(side) > 0 && height(side) > 0);
}

/** A box of the given size inside `rect`, as close to `p` as `rect` allows. */
function nearestBox(rect: Box, w: number, h: number, p: Point): Box {
  const left = clamp(p.x - w / 2, rect.left, rect.right - w);
  const top = clamp(p.y - h / 2, rect.top, rect.bottom - h);
  return { left, top, right: left + w, bottom: top + h };
}

function distanceToBox(b: Box, p: Point): number {
  const dx = Math.max(b.left - p.x, 0, p.x - b.right);
  const dy = Math.max(b.top - p.y, 0, p.y - b.bottom);
  return Math.hypot(dx, dy);
}

interface Candidate {
  placement: PopupPlacement;
  cost: number;
}

export function placePopup(input: PopupPlacementInput): PopupPlacement {
  const { gap } = input;
  const area: Box = { left: gap, top: gap, right: input.map.width - gap, bottom: input.map.height - gap };
  const obstacles = input.obstacles.map((o) => inflate(o, gap));
  const own = discBox(input.place, input.placeRadius);
  // The other places on screen: kept clear together with the place where there is room, else only counted.
  const others = (input.others ?? []).filter((o) => intersects(o, area));
  const covers = (box: Box, pan: Point) => others.some((o) => intersects(box, shift(o, pan)));
  const keeps = others.length ? [others.reduce(union, own), own] : [own];
  const candidates = keeps.flatMap((keep) =>
    candidatesKeeping(input, area, obstacles, keep).map(({ placement, cost }) => ({
      placement,
      cost: cost + (covers(placement.box, placement.pan) ? COVER_COST : 0),
    })),
  );
  const best = candidates.sort((a, b) => a.cost - b.cost)[0];
  if (best) return best.placement;
  // No room beside any obstacle for even a small popup: a sheet is the last resort at any width.
  return placeSheet(input, area, obstacles, keeps);
}

/** Floating boxes beside `keep` (or anywhere, with a camera move), each with its cost; a sheet below `sheetBelow`. */
function candidatesKeeping(input: PopupPlacementInput, area: Box, obstacles: Box[], keep: Box): Candidate[] {
  const { gap } = input;
  const free = freeRects(area, obstacles);
  const mayPan = input.mayPan ?? true;
  const keepIsFree = contains(area, keep) && !obstacles.some((o) => intersects(o, keep));
  const panFor = (box: Box): Point | null => {
    const pan = nearestFreeShift(area, [...obstacles, inflate(box, gap)], keep);
    // A marker snapped to whole pixels sits a fraction off its edge: a sub-pixel pan would only start another.
    return pan && (Math.hypot(pan.x, pan.y) < MIN_PAN_PX ? NO_PAN : pan);
  };
  if (input.map.width < input.sheetBelow) {
    const sheet = sheetKeeping(input, area, free, keep, panFor, mayPan);
    const cut = sheet ? input.heightAt(width(sheet.box)) - height(sheet.box) : 0;
    return sheet ? [{ placement: sheet, cost: Math.max(0, cut) * SCROLL_COST_PER_PX }] : [];
  }

  const candidates: Candidate[] = [];
  for (const rect of free) {
    if (width(rect) < input.minWidth || height(rect) < input.minHeight) continue;
    const w = Math.min(input.preferredWidth, width(rect));
    // Beside the place, the camera stays where the reader put it.
    if (keepIsFree) {
      for (const side of sidesAvoiding(rect, keep)) {
        const sideWidth = Math.min(w, width(side));
        if (sideWidth < input.minWidth || height(side) < input.minHeight) continue;
        const natural = input.heightAt(sideWidth);
        const h = Math.min(natural, height(side));
        const box = nearestBox(side, sideWidth, h, input.place);
        candidates.push({
          placement: { mode: 'float', box, scrolls: natural > h, pan: NO_PAN },
          cost: (natural - h) * SCROLL_COST_PER_PX + distanceToBox(box, input.place),
        });
      }
    }
    // Or anywhere in the rect, with the camera moving the place out from under it.
    if (mayPan) {
      const natural = input.heightAt(w);
      const h = Math.min(natural, height(rect));
      const box = nearestBox(rect, w, h, input.place);
      const pan = panFor(box);
      if (pan)
        candidates.push({
          placement: { mode: 'float', box, scrolls: natural > h, pan },
          cost: (natural - h) * SCROLL_COST_PER_PX + PAN_COST + Math.hypot(pan.x, pan.y),
        });
    }
  }
  return candidates;
}

/** The sheet for the first of `keeps` the camera can move out from under it (the last always gives one). */
function placeSheet(input: PopupPlacementInput, area: Box, obstacles: Box[], keeps: Box[]): PopupPlacement {
  const free = freeRects(area, obstacles);
  const mayPan = input.mayPan ?? true;
  for (const keep of keeps) {
    const panFor = (box: Box) => nearestFreeShift(area, [...obstacles, inflate(box, input.gap)], keep);
    const sheet = sheetKeeping(input, area, free, keep, panFor, mayPan);
    if (sheet) return sheet;
  }
  return sheetKeeping(input, area, free, keeps.at(-1)!, () => NO_PAN, false)!;
}

/**
 * A bottom sheet in the widest free band, leaving a strip above it for `keep`; null where the camera would have
 * to move `keep` and cannot (with more than the place to keep, the caller then tries the place alone).
 */
function sheetKeeping(
  input: PopupPlacementInput,
  area: Box,
  free: Box[],
  keep: Box,
  panFor: (box: Box) => Point | null,
  mayPan: boolean,
): PopupPlacement | null {
  // The widest band free of obstacles, the tallest of those: on a phone, between the top and bottom controls.
  const widest = Math.max(...free.map(width));
  const band = free.filter((r) => width(r) === widest).sort((a, b) => height(b) - height(a))[0] ?? area;
  const natural = input.heightAt(width(band));
  // The place keeps a strip of the band above the sheet, as tall as its marker and a gap: a sheet that takes
  // the rest can always pan the place out from under it (without it, 0.9 of a phone's band left it no room).
  const placeRoom = height(keep) + input.gap;
  const share = height(band) * (input.sheetMaxShare ?? 0.6);
  const room = Math.max(Math.min(input.minHeight, height(band)), Math.min(share, height(band) - placeRoom));
  const h = Math.min(natural, room);
  const box = { left: band.left, right: band.right, bottom: band.bottom, top: band.bottom - h };
  if (!mayPan) return { mode: 'sheet', box, scrolls: natural > h, pan: NO_PAN };
  const pan = panFor(box);
  if (!pan) return null;
  return { mode: 'sheet', box, scrolls: natural > h, pan: Math.hypot(pan.x, pan.y) < MIN_PAN_PX ? NO_PAN : pan };
}
