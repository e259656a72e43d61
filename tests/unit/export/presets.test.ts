import { describe, expect, it } from 'vitest';
import {
  cssSize,
  FIXED_PRESET_IDS,
  paperSize,
  pixelsPerMetre,
  presetSize,
  sizeFromCss,
} from '../../../src/export/presets';

describe('snapshot presets', () => {
  it('gives A4 and A3 at 300 dpi in whole pixels, both ways round', () => {
    expect(presetSize('a4-landscape')).toEqual({ widthPx: 3508, heightPx: 2480, pixelRatio: 300 / 96 });
    expect(presetSize('a4-portrait')).toEqual({ widthPx: 2480, heightPx: 3508, pixelRatio: 300 / 96 });
    expect(presetSize('a3-landscape')).toMatchObject({ widthPx: 4961, heightPx: 3508 });
    expect(presetSize('a3-portrait')).toMatchObject({ widthPx: 3508, heightPx: 4961 });
    expect(paperSize(210, 297, 150)).toMatchObject({ widthPx: 1240, heightPx: 1754 });
  });
  it('draws 3840 × 2160 as the Full HD page at twice the sharpness', () => {
    expect(presetSize('1920x1080')).toEqual({ widthPx: 1920, heightPx: 1080, pixelRatio: 1 });
    expect(presetSize('3840x2160')).toEqual({ widthPx: 3840, heightPx: 2160, pixelRatio: 2 });
    expect(cssSize(presetSize('3840x2160'))).toEqual({ width: 1920, height: 1080 });
  });
  it('sizes "screen" from the window and refuses it without one', () => {
    expect(presetSize('screen', { width: 1280, height: 800, devicePixelRatio: 1.5 })).toEqual({
      widthPx: 1920,
      heightPx: 1200,
      pixelRatio: 1.5,
    });
    expect(() => presetSize('screen')).toThrow(/needs the window size/u);
    expect(FIXED_PRESET_IDS).not.toContain('screen');
  });
  it('multiplies CSS pixels by the pixel ratio, as the command line promises', () => {
    expect(sizeFromCss(1920, 1080, 2)).toEqual({ widthPx: 3840, heightPx: 2160, pixelRatio: 2 });
    expect(sizeFromCss(1000, 333, 1.5)).toEqual({ widthPx: 1500, heightPx: 500, pixelRatio: 1.5 });
  });
  it('writes 300 dpi as 11811 pixels per metre for the pHYs chunk', () => {
    expect(pixelsPerMetre(300 / 96)).toBe(11811);
    expect(pixelsPerMetre(1)).toBe(3780);
  });
});
