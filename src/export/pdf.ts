import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { missingCharacters, svgText } from './font-coverage';

/**
 * A vector page (export/vector-page.ts) as a PDF: pdfkit draws the SVG's paths and text with svg-to-pdfkit,
 * and fontkit, inside pdfkit, embeds subsets of Noto Sans CJK, so Chinese and Latin stay selectable text.
 * Why pdfkit and not jsPDF: Noto Sans CJK is an OpenType font with CFF outlines, which jsPDF cannot embed
 * (it takes TrueType only, and then whole: megabytes per weight); fontkit subsets CFF to the glyphs used,
 * so an A4 map with both scripts is about 65–100 KB. Loaded only when a PDF is asked for; so are the fonts,
 * which the build cuts from Noto Sans CJK SC to GB2312 and the app's characters (scripts/pdf-fonts.ts).
 */
export interface PdfFonts {
  /** Font files (OTF, TTF or a TTC collection) with the PostScript name to take from a collection. */
  regular: { data: Uint8Array | string; name?: string };
  bold: { data: Uint8Array | string; name?: string };
}

export interface PdfInfo {
  Title: string;
  Subject: string;
  Keywords: string;
  Author?: string;
  CreationDate: Date;
}

/** The page's size in points: a paper's, or the shape a width and height asked for (pdf-page.ts). */
export interface PdfPage {
  widthPt: number;
  heightPt: number;
}

export interface Pdf {
  bytes: Uint8Array;
  /** Characters of the drawing the embedded font has no glyph for: they print as empty boxes. */
  missing: string[];
}

export async function svgToPdf(
  svg: string,
  page: PdfPage,
  info: PdfInfo,
  fonts: PdfFonts,
  producer: string,
): Promise<Pdf> {
  const width = page.widthPt;
  const height = page.heightPt;
  const doc = new PDFDocument({
    size: [width, height],
    margin: 0,
    autoFirstPage: true,
    // No standard Helvetica: the browser build does not carry it, and every text here names a Noto face.
    font: null as never,
    // Same content, same file apart from the date: no random document id.
    info: { ...info, Producer: producer, Creator: producer },
    lang: /[\u4e00-\u9fff]/u.test(info.Title) ? 'zh-CN' : 'en',
    displayTitle: true,
  });
  doc.registerFont('regular', fonts.regular.data as never, fonts.regular.name ?? '');
  doc.registerFont('bold', fonts.bold.data as never, fonts.bold.name ?? '');
  const missing = missingCharacters(svgText(svg), glyphTest(doc));
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => {
      const total = chunks.reduce((n, c) => n + c.length, 0);
      const bytes = new Uint8Array(total);
      let at = 0;
      for (const c of chunks) {
        bytes.set(c, at);
        at += c.length;
      }
      resolve(bytes);
    });
    doc.on('error', reject);
  });
  SVGtoPDF(doc, svg, 0, 0, {
    width,
    height,
    preserveAspectRatio: 'xMidYMid meet',
    fontCallback: (_family: string, bold: boolean) => (bold ? 'bold' : 'regular'),
    warningCallback: () => {},
  });
  doc.end();
  return { bytes: await done, missing };
}

/**
 * Whether the regular face has a glyph for a code point, asked of the fontkit font pdfkit wraps (`_font.font`,
 * not in pdfkit's types). Both faces are cut to the same characters. Without it every character passes.
 */
function glyphTest(doc: PDFKit.PDFDocument): (codePoint: number) => boolean {
  doc.font('regular');
  const font = (doc as unknown as { _font?: { font?: { hasGlyphForCodePoint?: (c: number) => boolean } } })._font?.font;
  return font?.hasGlyphForCodePoint ? (c) => font.hasGlyphForCodePoint!(c) : () => true;
}
