import { describe, expect, it } from 'vitest';
import { placeScaleBar, scaleLabel } from '../../../src/export/scale-bar';
import { metresPerCssPixel, scaleBar } from '../../../src/scene/scale-bar';

describe('scale bar', () => {
  it('measures ground metres per CSS pixel in Web Mercator', () => {
    // At zoom 0 the 512 px world spans the equator's 40,075 km.
    expect(metresPerCssPixel(0, 0)).toBeCloseTo(40_075_016.686 / 512, 3);
    expect(metresPerCssPixel(60, 1)).toBeCloseTo(40_075_016.686 / 512 / 2 / 2, 3);
    expect(metresPerCssPixel(29.2, 7)).toBeCloseTo(534.0, 0);
  });
  it('picks the longest round distance that fits', () => {
    expect(scaleBar(1000, 110)).toEqual({ metres: 100_000, lengthPx: 100 });
    expect(scaleBar(1000, 99)).toEqual({ metres: 50_000, lengthPx: 50 });
    expect(scaleBar(10, 130)).toEqual({ metres: 1000, lengthPx: 100 });
    expect(scaleBar(3, 110)).toEqual({ metres: 300, lengthPx: 100 });
    expect(() => scaleBar(0, 100)).toThrow(/positive/u);
  });
  it("rounds as MapLibre's scale bar does: 1, 2, 3 or 5 times a power of ten", () => {
    // 3.4 km fits: MapLibre shows 3 km, a 1-2-5 rounding would show 2 km.
    expect(scaleBar(34, 100).metres).toBe(3000);
    expect(scaleBar(1, 390).metres).toBe(300);
    expect(scaleBar(1, 299).metres).toBe(200);
    expect(scaleBar(1, 700).metres).toBe(500);
    expect(scaleBar(1, 1000).metres).toBe(1000);
  });
  it('labels kilometres from 1 km up, metres below, in both languages', () => {
    expect(scaleLabel(50_000, 'en')).toBe('50 km');
    expect(scaleLabel(500, 'en')).toBe('500 m');
    expect(scaleLabel(20_000, 'zh')).toBe('20 公里');
    expect(scaleLabel(200, 'zh')).toBe('200 米');
  });
});

describe('the scale bar placed on a page (PNG painter and SVG page alike)', () => {
  const spec = { right: 500, bottom: 300, maxLengthPx: 110, heightPx: 18, font: { sizePx: 11, weight: 400 as const } };
  const measure = (text: string) => text.length * 6;
  it('draws a bracket as long as its round distance, ending at the right edge, with the label in its box', () => {
    const placed = placeScaleBar(spec, 1000, 'en', measure, 1);
    const left = placed.bracket[0]![0];
    const right = placed.bracket[2]![0];
    // 110 px at 1 km a pixel: the longest round distance is 100 km, 100 px.
    expect(placed.label.lines).toEqual(['100 km']);
    expect(right - left + placed.lineWidth).toBeCloseTo(100);
    expect(right + placed.lineWidth / 2).toBe(spec.right);
    expect(placed.box.x + placed.box.width).toBe(spec.right);
    expect(placed.box.y + placed.box.height).toBe(spec.bottom);
    expect(placed.label.x).toBeGreaterThanOrEqual(placed.box.x);
  });
});
