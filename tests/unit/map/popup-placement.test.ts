import { describe, expect, it } from 'vitest';
import {
  contains,
  freeRects,
  intersects,
  nearestFreePoint,
  nearestFreeShift,
  placePopup,
  type Box,
  type PopupPlacementInput,
} from '../../../src/map/popup-placement';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

// A laptop's map: legend bottom-left, zoom and export top-right, attribution and scale bottom-right.
function laptop(overrides: Partial<PopupPlacementInput> = {}): PopupPlacementInput {
  return {
    map: { width: 1000, height: 640 },
    obstacles: [box(10, 470, 250, 630), box(940, 10, 990, 120), box(700, 600, 990, 630), box(10, 10, 140, 50)],
    place: { x: 520, y: 330 },
    placeRadius: 16,
    heightAt: (w) => Math.ceil(120_000 / w),
    preferredWidth: 360,
    minWidth: 240,
    minHeight: 160,
    gap: 8,
    sheetBelow: 600,
    ...overrides,
  };
}

/** A 360 × 640 phone: one row of controls along the top, the folded legend at the foot; a long story popup. */
function phoneWithLongPopup(placeRadius: number): PopupPlacementInput {
  return laptop({
    map: { width: 360, height: 436 },
    obstacles: [box(10, 10, 92, 46), box(136, 10, 350, 46), box(10, 396, 196, 426)],
    place: { x: 118, y: 260 },
    placeRadius,
    heightAt: () => 400,
    sheetMaxShare: 0.9,
  });
}

/** Where a box on the map stands after the camera's pan (story markers move with the map). */
const shifted = (b: Box, pan: { x: number; y: number }): Box =>
  box(b.left + pan.x, b.top + pan.y, b.right + pan.x, b.bottom + pan.y);

/** The rules the issue sets, checked on any placement. */
function expectFits(input: PopupPlacementInput, placement = placePopup(input)) {
  const mapBox = box(0, 0, input.map.width, input.map.height);
  expect(contains(mapBox, placement.box)).toBe(true);
  for (const o of input.obstacles) expect(intersects(placement.box, o)).toBe(false);
  const place = { x: input.place.x + placement.pan.x, y: input.place.y + placement.pan.y };
  const r = input.placeRadius;
  const disc = box(place.x - r, place.y - r, place.x + r, place.y + r);
  expect(intersects(placement.box, disc)).toBe(false);
  expect(contains(mapBox, disc)).toBe(true);
  return placement;
}

describe('freeRects', () => {
  it('is the whole area without obstacles', () => {
    expect(freeRects(box(0, 0, 100, 50), [])).toEqual([box(0, 0, 100, 50)]);
  });

  it('gives the four maximal rects around an obstacle in the middle, none overlapping it', () => {
    const rects = freeRects(box(0, 0, 100, 100), [box(40, 40, 60, 60)]);
    expect(rects).toHaveLength(4);
    expect(rects).toContainEqual(box(0, 0, 40, 100));
    expect(rects).toContainEqual(box(0, 0, 100, 40));
    for (const r of rects) expect(intersects(r, box(40, 40, 60, 60))).toBe(false);
  });
});

describe('nearestFreePoint', () => {
  it('moves a point out from under an obstacle by the shortest way', () => {
    const p = nearestFreePoint(box(0, 0, 100, 100), [box(0, 60, 50, 100)], { x: 20, y: 70 }, 5);
    expect(p).toEqual({ x: 20, y: 55 });
  });
});

describe('nearestFreeShift', () => {
  it('moves a box by the shortest way into a free rect big enough for it', () => {
    const area = box(0, 0, 100, 100);
    expect(nearestFreeShift(area, [box(0, 60, 100, 100)], box(10, 50, 40, 70))).toEqual({ x: 0, y: -10 });
    expect(nearestFreeShift(area, [box(0, 30, 100, 100)], box(10, 10, 40, 50))).toBeNull();
  });
});

/** A story marker's pill, 60 × 24, centred at (x, y). */
const pill = (x: number, y: number): Box => box(x - 30, y - 12, x + 30, y + 12);

describe('placePopup', () => {
  it('puts the popup beside the place at a laptop size, without moving the camera', () => {
    const placement = expectFits(laptop());
    expect(placement.mode).toBe('float');
    expect(placement.pan).toEqual({ x: 0, y: 0 });
    expect(placement.scrolls).toBe(false);
  });

  it('moves the camera when the place is under the legend', () => {
    const input = laptop({ place: { x: 100, y: 560 } });
    const placement = expectFits(input);
    expect(placement.pan).not.toEqual({ x: 0, y: 0 });
  });

  it('moves the camera when the place is off the map', () => {
    expectFits(laptop({ place: { x: 1200, y: -40 } }));
  });

  it('scrolls content taller than the map, inside the map', () => {
    const placement = expectFits(laptop({ heightAt: () => 2000 }));
    expect(placement.scrolls).toBe(true);
    expect(placement.box.bottom - placement.box.top).toBeLessThanOrEqual(640 - 16);
  });

  it('becomes a bottom sheet under 600 px, as wide as the free band and with the place above it', () => {
    const input = laptop({
      map: { width: 360, height: 420 },
      obstacles: [box(10, 10, 120, 50), box(310, 10, 350, 80), box(10, 370, 180, 410), box(250, 385, 350, 410)],
      place: { x: 200, y: 330 },
    });
    const placement = expectFits(input);
    expect(placement.mode).toBe('sheet');
    expect(placement.box.left).toBe(8);
    expect(placement.box.right).toBe(352);
  });

  it('leaves the place a strip above a tall sheet, so that the camera can move it out from under the sheet', () => {
    const input = phoneWithLongPopup(48);
    const placement = expectFits(input);
    expect(placement.mode).toBe('sheet');
    expect(placement.scrolls).toBe(true);
    // The band runs from 54 to 388 (334 px): 0.9 of it would leave 33 px, under the marker's 96 px and a gap.
    expect(placement.box.top).toBe(54 + 96 + 8);
    expect(placement.box.bottom - placement.box.top).toBeGreaterThan(640 / 3);
  });

  it('never pans when the reader moved the map, and still fits the map and misses the obstacles', () => {
    const input = laptop({ mayPan: false, place: { x: 100, y: 560 } });
    const placement = placePopup(input);
    expect(placement.pan).toEqual({ x: 0, y: 0 });
    expect(contains(box(0, 0, 1000, 640), placement.box)).toBe(true);
    for (const o of input.obstacles) expect(intersects(placement.box, o)).toBe(false);
  });

  it('fits at every place on a grid over the map, at phone, tablet and kiosk sizes', () => {
    for (const [w, h] of [
      [360, 330],
      [768, 600],
      [1900, 900],
    ] as const) {
      for (let x = 0; x <= w; x += w / 6)
        for (let y = 0; y <= h; y += h / 6) {
          const input = laptop({
            map: { width: w, height: h },
            obstacles: [box(10, 10, 120, 50), box(w - 50, 10, w - 10, 100), box(10, h - 60, 200, h - 10)],
            place: { x, y },
          });
          expectFits(input);
        }
    }
  });

  it('leaves the other story marker uncovered where the map has room, beside the place or with a camera move', () => {
    // The figures panel takes the right of the map: the only room beside the place is on its left.
    const base = laptop({ obstacles: [box(560, 10, 990, 630), box(10, 10, 140, 50)] });
    const alone = placePopup(base);
    // The other marker where the popup would go: the popup goes elsewhere, and the place stays clear.
    const other = pill((alone.box.left + alone.box.right) / 2, (alone.box.top + alone.box.bottom) / 2);
    const input = { ...base, others: [other] };
    const placement = expectFits(input);
    expect(intersects(placement.box, shifted(other, placement.pan))).toBe(false);
    expect(placement.mode).toBe('float');
  });

  it('covers the other marker rather than scroll or fail when the map has no other room, and still fits', () => {
    // A map just wide enough for the popup beside the place: the other marker sits in the only room.
    const input = laptop({ map: { width: 640, height: 420 }, obstacles: [], place: { x: 40, y: 210 } });
    const alone = placePopup(input);
    const other = pill((alone.box.left + alone.box.right) / 2, 210);
    const placement = expectFits({ ...input, others: [other] });
    expect(placement.scrolls).toBe(alone.scrolls);
  });

  it("a phone's sheet leaves a strip for both markers when they stand side by side", () => {
    const input = phoneWithLongPopup(18);
    const other = pill(260, 270);
    const placement = expectFits({ ...input, others: [other] });
    expect(placement.mode).toBe('sheet');
    expect(intersects(placement.box, shifted(other, placement.pan))).toBe(false);
    expect(placement.box.bottom - placement.box.top).toBeGreaterThan(640 / 3);
  });
});
