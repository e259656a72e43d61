import { describe, expect, it } from 'vitest';
import { aspectRatio, describePdfPage, pdfPageShape } from '../../../src/export/pdf-page';
import { presetSize, sizeFromCss } from '../../../src/export/presets';

describe('pdfPageShape', () => {
  it('gives a 1920 × 1080 slide a 16:9 page in points, not A4', () => {
    const shape = pdfPageShape(presetSize('1920x1080'));
    expect(shape).toMatchObject({ kind: 'size', widthPt: 1440, heightPt: 810 });
    expect(shape.widthPt / shape.heightPt).toBeCloseTo(16 / 9, 6);
  });

  it('gives the 4K slide the same page as the Full HD one: the same CSS page drawn sharper', () => {
    expect(pdfPageShape(presetSize('3840x2160'))).toEqual(pdfPageShape(presetSize('1920x1080')));
  });

  it('gives a paper preset that paper, in its orientation', () => {
    const a4 = pdfPageShape(presetSize('a4-landscape'));
    expect(a4).toMatchObject({ kind: 'paper', paper: 'a4', orientation: 'landscape' });
    expect(a4.widthPt).toBeCloseTo(841.89, 1);
    expect(a4.heightPt).toBeCloseTo(595.28, 1);
    const letter = pdfPageShape(presetSize('letter-portrait'));
    expect(letter).toMatchObject({ kind: 'paper', paper: 'letter', orientation: 'portrait' });
    expect(letter.widthPt).toBeCloseTo(612, 1);
    expect(letter.heightPt).toBeCloseTo(792, 1);
  });

  it('keeps a custom width and height, whatever the pixel ratio', () => {
    expect(pdfPageShape(sizeFromCss(1000, 500, 3))).toMatchObject({ kind: 'size', widthPt: 750, heightPt: 375 });
  });
});

describe('describePdfPage', () => {
  it('says which: the paper, or the shape asked for', () => {
    expect(describePdfPage(pdfPageShape(presetSize('a4-landscape')), 'en')).toBe(
      'PDF page: A4 landscape (297 × 210 mm).',
    );
    expect(describePdfPage(pdfPageShape(presetSize('1920x1080')), 'en')).toBe(
      'PDF page: 1440 × 810 pt, the shape asked for (16:9).',
    );
    expect(describePdfPage(pdfPageShape(presetSize('a3-portrait')), 'zh')).toBe('PDF 页面：A3纵向（297 × 420 毫米）。');
  });

  it('writes small ratios as whole numbers and others as a decimal', () => {
    expect(aspectRatio(1920, 1080)).toBe('16:9');
    expect(aspectRatio(1000, 1000)).toBe('1:1');
    expect(aspectRatio(1234, 567)).toBe('2.18:1');
  });
});
