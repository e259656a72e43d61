import { t, type Lang } from '../i18n';
import { cssSize, MM_PER_INCH, presetPaper, type SnapshotSize } from './presets';
import './strings';

const PT_PER_INCH = 72;
const CSS_PX_PER_INCH = 96;

/**
 * The PDF page a snapshot size asks for: a paper preset gives that paper; any other width and height give a
 * page of that shape, one CSS pixel to 0.75 pt (96 px and 72 pt to the inch), so a 1920 × 1080 slide is a
 * 1440 × 810 pt page, 16:9, not an A4 page with the picture letterboxed on it.
 */
export type PdfPageShape =
  | {
      kind: 'paper';
      paper: 'a4' | 'a3' | 'letter';
      orientation: 'portrait' | 'landscape';
      widthPt: number;
      heightPt: number;
      widthMm: number;
      heightMm: number;
    }
  | { kind: 'size'; widthPt: number; heightPt: number; widthCssPx: number; heightCssPx: number };

export function pdfPageShape(size: SnapshotSize): PdfPageShape {
  const paper = presetPaper(size);
  if (paper) {
    // To the hundredth of a point, as paper sizes are given (A4: 841.89 × 595.28 pt).
    const pt = (mm: number) => Math.round((mm / MM_PER_INCH) * PT_PER_INCH * 100) / 100;
    return { kind: 'paper', ...paper, widthPt: pt(paper.widthMm), heightPt: pt(paper.heightMm) };
  }
  const css = cssSize(size);
  const pt = (px: number) => (px / CSS_PX_PER_INCH) * PT_PER_INCH;
  return {
    kind: 'size',
    widthPt: pt(css.width),
    heightPt: pt(css.height),
    widthCssPx: css.width,
    heightCssPx: css.height,
  };
}

/** The page's shape as the panel and the command line say it: "A4 landscape" or "1440 × 810 pt (16:9)". */
export function describePdfPage(shape: PdfPageShape, lang: Lang): string {
  if (shape.kind === 'paper')
    return t(lang, 'export.pdfPage.paper', {
      paper: t(lang, `export.paper.${shape.paper}`),
      orientation: t(lang, `export.orientation.${shape.orientation}`),
      width: Math.round(shape.widthMm),
      height: Math.round(shape.heightMm),
    });
  return t(lang, 'export.pdfPage.size', {
    width: Math.round(shape.widthPt),
    height: Math.round(shape.heightPt),
    ratio: aspectRatio(shape.widthCssPx, shape.heightCssPx),
  });
}

/** "16:9" for 1920 × 1080; a ratio of whole numbers only where it is a small one, else the decimal ("1.43:1"). */
export function aspectRatio(width: number, height: number): string {
  const w = Math.round(width);
  const h = Math.round(height);
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const d = gcd(w, h);
  if (d > 0 && w / d <= 32 && h / d <= 32) return `${w / d}:${h / d}`;
  return `${(width / height).toFixed(2)}:1`;
}
