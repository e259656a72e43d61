import { describe, expect, it } from 'vitest';
import { metresPerCssPixel, scaleBar, scaleLabel } from '../../../src/export/scale-bar';

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
    expect(scaleBar(3, 110)).toEqual({ metres: 200, lengthPx: 200 / 3 });
    expect(() => scaleBar(0, 100)).toThrow(/positive/u);
  });
  it('labels kilometres from 1 km up, metres below, in both languages', () => {
    expect(scaleLabel(50_000, 'en')).toBe('50 km');
    expect(scaleLabel(500, 'en')).toBe('500 m');
    expect(scaleLabel(20_000, 'zh')).toBe('20 公里');
    expect(scaleLabel(200, 'zh')).toBe('200 米');
  });
});
