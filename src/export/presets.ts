/**
 * Snapshot sizes. A size is the output in device pixels and a pixel ratio (device pixels per CSS
 * pixel): 3840 × 2160 at ratio 2 is a 1920 × 1080 page drawn twice as sharp, and A4 at 300 dpi is
 * an A4 page at 96 CSS px to the inch drawn at 300/96 = 3.125 device pixels per CSS pixel.
 */
export interface SnapshotSize {
  widthPx: number;
  heightPx: number;
  pixelRatio: number;
}

export const CSS_PX_PER_INCH = 96;
export const MM_PER_INCH = 25.4;
export const PRINT_DPI = 300;

export const PRESET_IDS = [
  'screen',
  '1920x1080',
  '3840x2160',
  'a4-landscape',
  'a4-portrait',
  'a3-landscape',
  'a3-portrait',
  'letter-landscape',
  'letter-portrait',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];
/** The presets that mean the same everywhere; "screen" needs a browser window. */
export const FIXED_PRESET_IDS = PRESET_IDS.filter((id): id is Exclude<PresetId, 'screen'> => id !== 'screen');

const PAPER_MM = { a4: [297, 210], a3: [420, 297], letter: [279.4, 215.9] } as const;

/** The paper a preset stands for, for exports with a physical size (SVG, PDF); null for screen sizes. */
export function presetPaper(
  size: Pick<SnapshotSize, 'widthPx' | 'heightPx'>,
): { paper: keyof typeof PAPER_MM; orientation: 'portrait' | 'landscape'; widthMm: number; heightMm: number } | null {
  for (const paper of Object.keys(PAPER_MM) as (keyof typeof PAPER_MM)[]) {
    const [long, short] = PAPER_MM[paper];
    for (const orientation of ['landscape', 'portrait'] as const) {
      const [widthMm, heightMm] = orientation === 'landscape' ? [long, short] : [short, long];
      const at = paperSize(widthMm, heightMm, PRINT_DPI);
      if (at.widthPx === size.widthPx && at.heightPx === size.heightPx)
        return { paper, orientation, widthMm, heightMm };
    }
  }
  return null;
}

export function isPresetId(value: string): value is PresetId {
  return (PRESET_IDS as readonly string[]).includes(value);
}

/** Millimetres at a print resolution, as whole device pixels: A4 landscape at 300 dpi is 3508 × 2480. */
export function paperSize(widthMm: number, heightMm: number, dpi: number): SnapshotSize {
  const px = (mm: number) => Math.round((mm / MM_PER_INCH) * dpi);
  return { widthPx: px(widthMm), heightPx: px(heightMm), pixelRatio: dpi / CSS_PX_PER_INCH };
}

/** A page of `width` × `height` CSS pixels drawn at `pixelRatio`. */
export function sizeFromCss(width: number, height: number, pixelRatio: number): SnapshotSize {
  return { widthPx: Math.round(width * pixelRatio), heightPx: Math.round(height * pixelRatio), pixelRatio };
}

/** The page's size in CSS pixels (not always whole: A4 at 300 dpi is 1122.56 CSS px wide). */
export function cssSize(size: SnapshotSize): { width: number; height: number } {
  return { width: size.widthPx / size.pixelRatio, height: size.heightPx / size.pixelRatio };
}

export interface Screen {
  width: number;
  height: number;
  devicePixelRatio: number;
}

export function presetSize(id: PresetId, screen?: Screen): SnapshotSize {
  switch (id) {
    case 'screen':
      if (!screen)
        throw new Error(
          'presetSize: the "screen" preset needs the window size (there is no screen on the command line)',
        );
      return sizeFromCss(screen.width, screen.height, screen.devicePixelRatio);
    case '1920x1080':
      return { widthPx: 1920, heightPx: 1080, pixelRatio: 1 };
    case '3840x2160':
      // The Full HD page at twice the sharpness: a 4K slide whose type is as big as on the HD one.
      return { widthPx: 3840, heightPx: 2160, pixelRatio: 2 };
    case 'a4-landscape':
      return paperSize(PAPER_MM.a4[0], PAPER_MM.a4[1], PRINT_DPI);
    case 'a4-portrait':
      return paperSize(PAPER_MM.a4[1], PAPER_MM.a4[0], PRINT_DPI);
    case 'a3-landscape':
      return paperSize(PAPER_MM.a3[0], PAPER_MM.a3[1], PRINT_DPI);
    case 'a3-portrait':
      return paperSize(PAPER_MM.a3[1], PAPER_MM.a3[0], PRINT_DPI);
    case 'letter-landscape':
      return paperSize(PAPER_MM.letter[0], PAPER_MM.letter[1], PRINT_DPI);
    case 'letter-portrait':
      return paperSize(PAPER_MM.letter[1], PAPER_MM.letter[0], PRINT_DPI);
  }
}

/** Pixels per metre for the PNG pHYs chunk, so print software places the image at its paper size. */
export function pixelsPerMetre(pixelRatio: number): number {
  return Math.round((pixelRatio * CSS_PX_PER_INCH * 1000) / MM_PER_INCH);
}
