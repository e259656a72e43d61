/**
 * The fonts a PDF embeds: Noto Sans CJK SC Regular and Bold, cut at build time (scripts/pdf-fonts.ts) from Debian's
 * fonts-noto-cjk collections to the characters a PDF of this app can hold, and fetched by the page only for a PDF.
 * One home for the names: the build writes these files and the page asks for them.
 */
export const PDF_FONT_FILES = {
  regular: {
    url: 'fonts/NotoSansCJKsc-Regular.subset.otf',
    source: 'NotoSansCJK-Regular.ttc',
    face: 'NotoSansCJKsc-Regular',
  },
  bold: { url: 'fonts/NotoSansCJKsc-Bold.subset.otf', source: 'NotoSansCJK-Bold.ttc', face: 'NotoSansCJKsc-Bold' },
} as const;

export type PdfFontWeight = keyof typeof PDF_FONT_FILES;
