import GEOMETRY from 'virtual:timeline-geometry';
import { figure, type Figure, type FigureId } from '../data/figures';
import { formatDate, formatNumber } from '../data/format';
import { t, type Lang } from '../i18n';
import { type Citation, citation } from './article-figures';

/** Where a piece of text sits: `y` is its baseline, `anchor` as SVG's text-anchor. */
export interface TimelineText {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface TimelinePoint {
  id: FigureId;
  x: number;
  y: number;
  /** "more than" values are lower bounds: drawn hollow, with an arrow pointing up. */
  lowerBound: boolean;
  /** The arrow above a lower bound, as a closed polygon; null for a plain point. */
  arrow: [number, number][] | null;
  /** Short value beside the point: 2.31M / 231.2万, >171k. */
  label: TimelineText;
  /** Value, date and publisher in full, for the point's title and the screen reader. */
  description: string;
  /** The point's own date and publisher, for an export's small print. */
  citation: Citation;
}

export interface TimelineRow {
  scope: 'china' | 'zhejiang';
  title: TimelineText;
  /** The row's baseline (value 0) and top. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  points: TimelinePoint[];
}

/**
 * The time line placed and labelled, ready to draw: the page's SVG draws it as is (in its viewBox units),
 * the PNG painter and the SVG/PDF export draw it moved and scaled onto the page (`placeTimeline`).
 * `unit` is how many of these units one viewBox unit became: stroke widths and sizes scale by it.
 */
export interface TimelineLayout {
  x: number;
  y: number;
  width: number;
  height: number;
  unit: number;
  fontSize: number;
  pointRadius: number;
  rows: TimelineRow[];
  ticks: TimelineText[];
}

/** The time line's ink, shared by the page's style sheet (src/style.css, .timeline-*) and the exports. */
export const TIMELINE_INK = {
  line: '#225ea8',
  title: '#1f1f1f',
  text: '#444444',
  baseline: '#c8c8c8',
  /** Stroke widths in viewBox units. */
  lineWidth: 1.5,
  pointStroke: 1,
  lowerBoundStroke: 1.5,
} as const;

// As .timeline-svg's font-size in src/style.css.
const FONT_SIZE = 10;
const POINT_RADIUS = 3.5;

/** The time line in the reader's language, on the geometry placed at build time, in its viewBox units. */
export function timelineLayout(lang: Lang): TimelineLayout {
  const rows = GEOMETRY.rows.map(
    (row): TimelineRow => ({
      scope: row.scope,
      title: { text: t(lang, `timeline.${row.scope}`), x: 0, y: row.top - 3, anchor: 'start' },
      top: row.top,
      bottom: row.bottom,
      left: 0,
      right: GEOMETRY.width,
      points: row.points.map((p, i) => {
        const f = figure(p.id);
        const lowerBound = f.qualifier === 'more-than';
        const last = i === row.points.length - 1;
        return {
          id: p.id,
          x: p.x,
          y: p.y,
          lowerBound,
          arrow: lowerBound
            ? [
                [p.x, p.y - 5],
                [p.x - 3, p.y - 9],
                [p.x + 3, p.y - 9],
              ]
            : null,
          // Labels alternate below and above the line so that close points do not overlap; the first and
          // last keep inside the picture.
          label: {
            text: shortValue(f, lang),
            x: p.x,
            y: i % 2 ? p.y - 8 : p.y + 13,
            anchor: i === 0 ? 'start' : last ? 'end' : 'middle',
          },
          description: pointDescription(f, lang),
          citation: citation(f, lang),
        };
      }),
    }),
  );
  const ticks = GEOMETRY.ticks.map(
    (tick): TimelineText => ({
      text: formatDate(tick.month, lang),
      x: tick.x,
      y: GEOMETRY.height - 3,
      anchor: 'middle',
    }),
  );
  return {
    x: 0,
    y: 0,
    width: GEOMETRY.width,
    height: GEOMETRY.height,
    unit: 1,
    fontSize: FONT_SIZE,
    pointRadius: POINT_RADIUS,
    rows,
    ticks,
  };
}

/** The same time line moved to `at` and scaled by `scale`: page coordinates for an export. */
export function placeTimeline(layout: TimelineLayout, at: { x: number; y: number }, scale: number): TimelineLayout {
  const px = (x: number) => at.x + (x - layout.x) * scale;
  const py = (y: number) => at.y + (y - layout.y) * scale;
  const text = (label: TimelineText): TimelineText => ({ ...label, x: px(label.x), y: py(label.y) });
  return {
    x: at.x,
    y: at.y,
    width: layout.width * scale,
    height: layout.height * scale,
    unit: layout.unit * scale,
    fontSize: layout.fontSize * scale,
    pointRadius: layout.pointRadius * scale,
    rows: layout.rows.map((row) => ({
      ...row,
      title: text(row.title),
      top: py(row.top),
      bottom: py(row.bottom),
      left: px(row.left),
      right: px(row.right),
      points: row.points.map((p) => ({
        ...p,
        x: px(p.x),
        y: py(p.y),
        arrow: p.arrow?.map(([x, y]) => [px(x), py(y)] as [number, number]) ?? null,
        label: text(p.label),
      })),
    })),
    ticks: layout.ticks.map(text),
  };
}

/**
 * The points' dates and publishers as one line of small print, for an export's source line:
 * "5G base stations over time: China 2.31M as of end of Dec 2022 · MIIT; 2.84M … — Zhejiang >171k …".
 */
export function timelineSources(layout: TimelineLayout, lang: Lang): string {
  const [colon, semicolon] = lang === 'zh' ? ['：', '；'] : [': ', '; '];
  const rows = layout.rows.map(
    (row) =>
      `${row.title.text} ${row.points.map((p) => `${p.label.text} ${p.citation.date} · ${p.citation.publisher}`).join(semicolon)}`,
  );
  return `${t(lang, 'timeline.title')}${colon}${rows.join(' — ')}`;
}

/** A point's value in a few characters; a lower bound starts with ">" so it reads as one without colour. */
function shortValue(f: Figure, lang: Lang): string {
  const short = (value: number, digits: number) =>
    new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits }).format(value);
  const number =
    lang === 'zh'
      ? `${short(f.value / 10_000, 1)}万`
      : f.value >= 1_000_000
        ? `${short(f.value / 1_000_000, 2)}M`
        : `${short(f.value / 1_000, 0)}k`;
  return f.qualifier === 'more-than' ? `>${number}` : number;
}

function pointDescription(f: Figure, lang: Lang): string {
  const { date, publisher } = citation(f, lang);
  const value = formatNumber(f.value, f.unit, lang, f.qualifier === 'more-than' ? 'exact' : f.qualifier);
  const text =
    f.qualifier === 'more-than' ? `${t(lang, 'value.moreThan', { value })} (${t(lang, 'timeline.lowerBound')})` : value;
  return `${t(lang, `timeline.${f.region === '100000' ? 'china' : 'zhejiang'}`)}: ${text} ${t(lang, 'unit.base-stations')}, ${date} · ${publisher}`;
}
