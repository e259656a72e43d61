import { THEME } from '../scene/theme';
import type { TimelineLayout } from '../story/timeline';
import { placeTimeline } from './timeline';
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
const PAGE = {
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

function textBlock(
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

export function layoutPage(size: SnapshotSize, text: PageText, measure: Measure): PageLayout {
  const u = layoutUnitPx(size);
  const { widthPx: w, heightPx: h } = size;
  const margin = PAGE.margin * u;
  const textWidth = w - 2 * margin;

  const title = textBlock(
    text.title,
    textWidth,
    { sizePx: PAGE.title.size * u, weight: 700 },
    PAGE.title.lineHeight,
    INK,
    measure,
    { x: margin, y: margin },
  );
  const subtitle = textBlock(
    text.subtitle,
    textWidth,
    { sizePx: PAGE.subtitle.size * u, weight: 400 },
    PAGE.subtitle.lineHeight,
    MUTED,
    measure,
    {
      x: margin,
      y: title.y + blockHeight(title) + PAGE.subtitle.gap * u,
    },
  );
  const source = textBlock(
    text.source,
    textWidth,
    { sizePx: PAGE.source.size * u, weight: 400 },
    PAGE.source.lineHeight,
    MUTED,
    measure,
    { x: margin, y: 0 },
  );
  source.y = h - PAGE.bottomMargin * u - blockHeight(source);

  const mapTop = Math.round(subtitle.y + blockHeight(subtitle) + PAGE.headerGap * u);
  const mapBottom = Math.round(source.y - PAGE.source.gap * u);
  // The figures take a column right of the map; on a narrow page, a smaller share of it.
  const figuresWidth = text.figures
    ? Math.round(Math.min(PAGE.figures.width * u, textWidth * PAGE.figures.maxShare))
    : 0;
  const figuresGap = text.figures ? Math.round(PAGE.figures.gap * u) : 0;
  const map: Rect = {
    x: Math.round(margin),
    y: mapTop,
    width: Math.round(textWidth) - figuresWidth - figuresGap,
    height: Math.max(1, mapBottom - mapTop),
  };
  const figures = text.figures
    ? layoutFigures(
        text.figures,
        { x: map.x + map.width + figuresGap, y: map.y, width: figuresWidth, height: map.height },
        u,
        measure,
      )
    : null;

  const legend = layoutLegend(text.legend, map, u, measure);
  const attribution = layoutAttribution(text.attribution, map, u, measure);
  const scaleBar = {
    right: map.x + map.width - PAGE.inset * u,
    bottom: attribution.box.y - PAGE.scaleBar.gap * u,
    maxLengthPx: PAGE.scaleBar.maxLength * u,
    heightPx: PAGE.scaleBar.height * u,
    font: { sizePx: PAGE.scaleBar.size * u, weight: 400 } as FontSpec,
  };
  return { widthPx: w, heightPx: h, unitPx: u, title, subtitle, map, legend, attribution, scaleBar, source, figures };
}

// Size, weight, colour and space above, per part of a figure, in layout units.
const FIGURE_STYLE = {
  title: { size: 14, weight: 700, colour: INK, before: 0 },
  value: { size: 19, weight: 700, colour: THEME.colour.figureValue, before: 10 },
  label: { size: 11, weight: 400, colour: INK, before: 0 },
  compare: { size: 11, weight: 700, colour: INK, before: 1 },
  source: { size: 8.5, weight: 400, colour: MUTED, before: 1 },
  chartTitle: { size: 11, weight: 700, colour: INK, before: 12 },
} as const;
// Space between the time line's caption and its picture, and under the picture, in layout units.
const CHART_GAP = { above: 4, below: 4 };

/**
 * The figures column: a title, then per figure its number, what it counts, a comparison and its sources;
 * then the time line, as wide as the column, with its caption above.
 * When the column is too short for it, the type and the time line shrink together (a few rounds: lines
 * rewrap) rather than spill.
 */
function layoutFigures(figures: FiguresText, box: Rect, u: number, measure: Measure): FiguresLayout {
  const pad = PAGE.figures.padding * u;
  type Part = { text: string; style: keyof typeof FIGURE_STYLE } | { chart: TimelineLayout };
  const chart = figures.timeline;
  const parts: Part[] = [
    { text: figures.title, style: 'title' },
    ...figures.items.flatMap((item) => [
      { text: item.value, style: 'value' as const },
      { text: item.label, style: 'label' as const },
      ...(item.compare ? [{ text: item.compare, style: 'compare' as const }] : []),
      ...item.sources.map((text) => ({ text, style: 'source' as const })),
    ]),
    ...(chart ? [{ text: chart.title, style: 'chartTitle' as const }, { chart: chart.layout }] : []),
  ];
  const inner = box.width - 2 * pad;
  const stack = (scale: number) => {
    let y = box.y + pad;
    const blocks: TextBlock[] = [];
    let timeline: TimelineLayout | null = null;
    for (const [i, part] of parts.entries()) {
      if ('chart' in part) {
        // As wide as the column at full size; it shrinks with the type, so its labels keep their size to it.
        const width = inner * Math.min(1, scale / u);
        y += CHART_GAP.above * scale;
        timeline = placeTimeline(part.chart, { x: box.x + pad, y }, width / part.chart.width);
        y += timeline.height + CHART_GAP.below * scale;
        continue;
      }
      const style = FIGURE_STYLE[part.style];
      if (i > 0) y += style.before * scale;
      const block = textBlock(
        part.text,
        inner,
        { sizePx: style.size * scale, weight: style.weight },
        1.3,
        style.colour,
        measure,
        { x: box.x + pad, y },
      );
      y += blockHeight(block);
      blocks.push(block);
    }
    return { blocks, timeline, height: y + pad - box.y };
  };
  let laid = stack(u);
  if (laid.height > box.height) {
    // The largest scale that fits, by bisection: rewrapped lines make the height a staircase of the scale,
    // so a proportional guess either spills or leaves the column's foot empty.
    let [low, high] = [u * 0.35, u];
    for (let round = 0; round < 12; round++) {
      const mid = (low + high) / 2;
      if (stack(mid).height <= box.height) low = mid;
      else high = mid;
    }
    laid = stack(low);
  }
  return { box, blocks: laid.blocks, timeline: laid.timeline };
}

function layoutLegend(legend: LegendText, map: Rect, u: number, measure: Measure): LegendLayout {
  const L = PAGE.legend;
  const pad = L.padding * u;
  const width = Math.min(L.width * u, map.width * L.maxShare);
  const inner = width - 2 * pad;
  const [swatchW, swatchH] = [L.swatch[0] * u, L.swatch[1] * u];
  const labelX = swatchW + L.swatchGap * u;
  const origin = { x: 0, y: 0 };

  const title = textBlock(legend.title, inner, { sizePx: L.title * u, weight: 700 }, 1.3, INK, measure, origin);
  const labels = legend.items.map((item) =>
    textBlock(item.label, inner - labelX, { sizePx: L.label * u, weight: 400 }, L.lineHeight, INK, measure, origin),
  );
  const notes = legend.notes.map((note) =>
    textBlock(note, inner, { sizePx: L.note * u, weight: 400 }, L.lineHeight, MUTED, measure, origin),
  );
  const rowHeights = labels.map((label) => Math.max(swatchH, blockHeight(label)));
  const titleGap = 6 * u;
  const noteGap = 6 * u;
  const height =
    2 * pad +
    blockHeight(title) +
    titleGap +
    rowHeights.reduce((sum, r) => sum + r + L.rowGap * u, 0) -
    L.rowGap * u +
    notes.reduce((sum, n) => sum + noteGap + blockHeight(n), 0);

  const inset = PAGE.inset * u;
  const box: Rect = {
    x: map.x + inset,
    y: Math.max(map.y + inset, map.y + map.height - inset - height),
    width,
    height,
  };
  let y = box.y + pad;
  title.x = box.x + pad;
  title.y = y;
  y += blockHeight(title) + titleGap;
  const rows = legend.items.map((item, i) => {
    const rowHeight = rowHeights[i]!;
    const label = labels[i]!;
    label.x = box.x + pad + labelX;
    label.y = y + (rowHeight - blockHeight(label)) / 2;
    const swatch = { x: box.x + pad, y: y + (rowHeight - swatchH) / 2, width: swatchW, height: swatchH };
    y += rowHeight + L.rowGap * u;
    return { swatch, colour: item.colour, noData: item.noData ?? false, regional: item.regional ?? false, label };
  });
  y -= L.rowGap * u;
  for (const note of notes) {
    y += noteGap;
    note.x = box.x + pad;
    note.y = y;
    y += blockHeight(note);
  }
  return { box, title, rows, notes };
}

function layoutAttribution(text: string, map: Rect, u: number, measure: Measure) {
  const A = PAGE.attribution;
  const padX = A.padX * u;
  const padY = A.padY * u;
  const font: FontSpec = { sizePx: A.size * u, weight: 400 };
  const block = textBlock(
    text,
    map.width * A.maxShare - 2 * padX,
    font,
    A.lineHeight,
    INK,
    measure,
    { x: 0, y: 0 },
    'right',
  );
  const width = Math.max(0, ...block.lines.map((line) => measure(line, font))) + 2 * padX;
  const height = blockHeight(block) + 2 * padY;
  const box: Rect = { x: map.x + map.width - width, y: map.y + map.height - height, width, height };
  block.x = box.x + box.width - padX;
  block.y = box.y + padY;
  return { box, text: block };
}

export type CardRole = 'heading' | 'lead' | 'subheading' | 'label' | 'value' | 'meta' | 'body';

export interface CardBlock {
  text: string;
  role: CardRole;
}

// Size, weight, colour and space above, per role, in layout units.
const CARD_STYLE: Record<CardRole, { size: number; weight: 400 | 700; colour: string; before: number }> = {
  heading: { size: 15, weight: 700, colour: INK, before: 0 },
  lead: { size: 12, weight: 400, colour: INK, before: 4 },
  subheading: { size: 12.5, weight: 700, colour: INK, before: 9 },
  label: { size: 11.5, weight: 400, colour: MUTED, before: 6 },
  value: { size: 13, weight: 700, colour: INK, before: 0 },
  meta: { size: 10.5, weight: 400, colour: MUTED, before: 0 },
  body: { size: 12, weight: 400, colour: INK, before: 7 },
};

export type CardSide = 'above' | 'below' | 'right' | 'left';

export interface CardLayout {
  box: Rect;
  /** Where the card sits relative to the point it speaks about; null when it had to cover the point. */
  side: CardSide | null;
  /** The point on the map the card speaks about. */
  anchor: { x: number; y: number };
  /** Where the pointer ends: beside the anchor's label, not on it. */
  apex: { x: number; y: number };
  /** Middle of the pointer's base, on the card's edge facing the anchor. */
  tip: { x: number; y: number };
  blocks: TextBlock[];
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * A popup drawn as a card pointing at `anchor`, inside `area`: above the point if it fits, else
 * below, right or left, preferring a place that keeps clear of `avoid` (the legend); shrunk when
 * the area is too small to hold it whole.
 */
export function layoutCard(
  blocks: readonly CardBlock[],
  anchor: { x: number; y: number },
  area: Rect,
  avoid: readonly Rect[],
  u: number,
  measure: Measure,
): CardLayout {
  const C = PAGE.card;
  // Shrinking keeps the card's width and makes its type smaller until it fits (a few rounds: lines rewrap).
  const cardWidth = Math.min(C.width * u, area.width * C.maxShare);
  let unit = u;
  let laid = stack(unit);
  for (let round = 0; round < 4 && laid.height > area.height && unit > u * 0.4; round++) {
    unit = Math.max(u * 0.4, unit * (area.height / laid.height) * 0.98);
    laid = stack(unit);
  }
  const tip = C.tip * unit;
  const gapX = tip + C.clearX * unit;
  const gapY = tip + C.clearY * unit;
  const { width, height } = laid;
  const clampX = (x: number) => Math.min(Math.max(x, area.x), area.x + area.width - width);
  const clampY = (y: number) => Math.min(Math.max(y, area.y), area.y + area.height - height);
  const candidates: { side: CardSide; box: Rect; fits: boolean }[] = [
    {
      side: 'above',
      box: { x: clampX(anchor.x - width / 2), y: anchor.y - gapY - height, width, height },
      fits: anchor.y - gapY - height >= area.y,
    },
    {
      side: 'below',
      box: { x: clampX(anchor.x - width / 2), y: anchor.y + gapY, width, height },
      fits: anchor.y + gapY + height <= area.y + area.height,
    },
    {
      side: 'right',
      box: { x: anchor.x + gapX, y: clampY(anchor.y - height / 2), width, height },
      fits: anchor.x + gapX + width <= area.x + area.width,
    },
    {
      side: 'left',
      box: { x: anchor.x - gapX - width, y: clampY(anchor.y - height / 2), width, height },
      fits: anchor.x - gapX - width >= area.x,
    },
  ];
  const fitting = candidates.filter((c) => c.fits);
  const chosen = fitting.find((c) => !avoid.some((r) => overlaps(c.box, r))) ?? fitting[0];
  const box = chosen?.box ?? { x: clampX(anchor.x - width / 2), y: clampY(anchor.y - height / 2), width, height };
  const side = chosen?.side ?? null;
  const within = (v: number, low: number, high: number) => Math.min(Math.max(v, low), high);
  const tipAt =
    side === 'above' || side === 'below'
      ? { x: within(anchor.x, box.x + 2 * tip, box.x + width - 2 * tip), y: side === 'above' ? box.y + height : box.y }
      : { x: side === 'right' ? box.x : box.x + width, y: within(anchor.y, box.y + 2 * tip, box.y + height - 2 * tip) };
  const apex = {
    x: side === 'right' ? box.x - tip : side === 'left' ? box.x + width + tip : anchor.x,
    y: side === 'above' ? box.y + height + tip : side === 'below' ? box.y - tip : anchor.y,
  };
  const positioned = laid.blocks.map((b) => ({ ...b, x: b.x + box.x, y: b.y + box.y }));
  return { box, side, anchor, apex, tip: tipAt, blocks: positioned };

  function stack(scale: number) {
    const pad = C.padding * scale;
    let y = pad;
    const placed = blocks.map((item, i) => {
      const style = CARD_STYLE[item.role];
      if (i > 0) y += style.before * scale;
      const block = textBlock(
        item.text,
        cardWidth - 2 * pad,
        { sizePx: style.size * scale, weight: style.weight },
        1.35,
        style.colour,
        measure,
        { x: pad, y },
      );
      y += blockHeight(block);
      return block;
    });
    return { blocks: placed, width: cardWidth, height: y + pad };
  }
}

/** Where a card may go: the map, less its inset and the strip the scale bar and attribution use. */
export function cardArea(layout: PageLayout): Rect {
  const inset = PAGE.inset * layout.unitPx;
  const { map } = layout;
  const bottom = layout.scaleBar.bottom - layout.scaleBar.heightPx - inset / 2;
  return {
    x: map.x + inset,
    y: map.y + inset,
    width: map.width - 2 * inset,
    height: Math.max(1, bottom - map.y - inset),
  };
}
