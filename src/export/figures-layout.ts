import { THEME } from '../scene/theme';
import type { TimelineLayout } from '../story/timeline';
import {
  blockHeight,
  type FiguresLayout,
  type FiguresText,
  INK,
  MUTED,
  PAGE,
  type Rect,
  type TextBlock,
  textBlock,
} from './layout-base';
import type { Measure } from './text-wrap';
import { placeTimeline } from './timeline';

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
export function layoutFigures(figures: FiguresText, box: Rect, u: number, measure: Measure): FiguresLayout {
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
    ...(figures.notes ?? []).map((text) => ({ text, style: 'source' as const })),
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
