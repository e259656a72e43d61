import { THEME } from '../scene/theme';
import type { TimelineLayout } from '../story/timeline';
import { cssSize, type SnapshotSize } from './presets';
import { wrapText, type FontSpec, type Measure } from './text-wrap';

/**
 * Where everything goes on a snapshot, in device pixels. The page is designed in "layout units"
 * (CSS pixels of a ~900 px page) and drawn at `unitPx` device pixels per unit, so type grows with
 * the page and its resolution: A4 at 300 dpi gets print-sized type, not screen type in a corner.
 * The map itself is rendered at the same `unitPx` pixel ratio, so its labels grow with the page too.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextBlock {
  lines: string[];
  /** Left edge, or right edge when `align` is "right". */
  x: number;
  /** Top of the first line box; each line is drawn centred in its `lineHeightPx`. */
  y: number;
  font: FontSpec;
  lineHeightPx: number;
  colour: string;
  align: 'left' | 'right';
}

export const INK = THEME.colour.ink;
export const MUTED = THEME.colour.muted;
export const RULE = THEME.colour.rule;

// The page's design, in layout units.
export const PAGE = {
  margin: 24,
  bottomMargin: 18,
  title: { size: 26, lineHeight: 1.2 },
  subtitle: { size: 15, lineHeight: 1.35, gap: 4 },
  headerGap: 14,
  source: { size: 11.5, lineHeight: 1.4, gap: 10 },
  inset: 12,
  legend: {
    width: 250,
    maxShare: 0.45,
    padding: 10,
    title: 13,
    label: 12,
    note: 11,
    swatch: [24, 15],
    swatchGap: 8,
    rowGap: 4,
    lineHeight: 1.35,
  },
  attribution: { size: 10, lineHeight: 1.3, padX: 6, padY: 3, maxShare: 0.62 },
  figures: { width: 260, maxShare: 0.34, gap: 12, padding: 10 },
  scaleBar: { maxLength: 110, size: 11, height: 18, gap: 8 },
  // The pointer stops short of the label point by about half a city label, so the label stays readable.
  card: { width: 370, maxShare: 0.6, padding: 12, tip: 10, clearX: 34, clearY: 16 },
} as const;

const REFERENCE_PAGE_CSS_PX = 900;
const MIN_TYPE_SCALE = 0.75;
const MAX_TYPE_SCALE = 1.6;

/** How much bigger than on a ~900 px page the type is drawn (geometric mean of the sides, clamped). */
export function typeScale(size: SnapshotSize): number {
  const { width, height } = cssSize(size);
  return Math.min(MAX_TYPE_SCALE, Math.max(MIN_TYPE_SCALE, Math.sqrt(width * height) / REFERENCE_PAGE_CSS_PX));
}

/** Device pixels per layout unit: the pixel ratio the map is rendered at, and the scale of all type. */
export function layoutUnitPx(size: SnapshotSize): number {
  return size.pixelRatio * typeScale(size);
}

export interface LegendText {
  title: string;
  items: readonly { colour: string; label: string; noData?: boolean; regional?: boolean }[];
  /** Lines under the classes: the China average, the regional-average note. */
  notes: readonly string[];
}

/** The article in numbers (src/story), as on the page: each number with what it counts and its sources. */
export interface FiguresText {
  title: string;
  items: readonly { value: string; label: string; compare?: string; sources: readonly string[] }[];
  /** The numbered notes that derive the computed figures ("¹ 33.4 = 220,000 … ÷ 65.77 million …"), under the figures. */
  notes?: readonly string[];
  /** The panel's time line (src/story/timeline.ts, in its own units) and its caption; its points' sources go in `PageText.source`. */
  timeline?: { title: string; layout: TimelineLayout };
}

export interface PageText {
  title: string;
  subtitle: string;
  source: string;
  attribution: string;
  legend: LegendText;
  /** Drawn in a column right of the map when given. */
  figures?: FiguresText;
}

export interface FiguresLayout {
  box: Rect;
  /** Every line of text in the column, the time line's caption and sources included. */
  blocks: TextBlock[];
  /** The time line placed in page pixels, under the figures; null when the text has none. */
  timeline: TimelineLayout | null;
}

export interface LegendLayout {
  box: Rect;
  title: TextBlock;
  rows: { swatch: Rect; colour: string; noData: boolean; regional: boolean; label: TextBlock }[];
  notes: TextBlock[];
}

export interface PageLayout {
  widthPx: number;
  heightPx: number;
  unitPx: number;
  title: TextBlock;
  subtitle: TextBlock;
  map: Rect;
  legend: LegendLayout;
  attribution: { box: Rect; text: TextBlock };
  /** The scale bar's right and bottom edges; its length is decided from the rendered map's scale. */
  scaleBar: { right: number; bottom: number; maxLengthPx: number; heightPx: number; font: FontSpec };
  source: TextBlock;
  figures: FiguresLayout | null;
}

export function blockHeight(block: TextBlock): number {
  return block.lines.length * block.lineHeightPx;
}

export function textBlock(
  text: string,
  maxWidth: number,
  font: FontSpec,
  lineHeight: number,
  colour: string,
  measure: Measure,
  at: { x: number; y: number },
  align: 'left' | 'right' = 'left',
): TextBlock {
  return {
    lines: text ? wrapText(text, maxWidth, font, measure) : [],
    x: at.x,
    y: at.y,
    font,
    lineHeightPx: font.sizePx * lineHeight,
    colour,
    align,
  };
}
