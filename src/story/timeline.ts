import GEOMETRY from 'virtual:timeline-geometry';
import { CHINA_CODE, figure, type Figure, type FigureId } from '../data/figures';
import { formatDate, formatNumber, numberFormat } from '../data/format';
import { SOURCES } from '../data/sources';
import { t, type Lang } from '../i18n';
import { citation } from './article-figures';

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
  /** The same in one short line (publisher abbreviated, "MIIT"), for a kiosk read from three metres. */
  brief: string;
}

export interface TimelineRow {
  scope: 'china' | 'zhejiang';
  title: TimelineText;
  /** The row's baseline (value 0) and top; the baseline runs the picture's width. */
  top: number;
  bottom: number;
  points: TimelinePoint[];
}

/**
 * The time line placed and labelled, ready to draw: the page's SVG draws it as is (in its viewBox units),
 * the PNG painter and the SVG/PDF export draw it moved and scaled onto the page (src/export/timeline.ts).
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
      points: row.points.map(({ id, x, y }, i) => {
        const f = figure(id);
        const lowerBound = f.qualifier === 'more-than';
        return {
          id,
          x,
          y,
          lowerBound,
          arrow: lowerBound
            ? [
                [x, y - 5],
                [x - 3, y - 9],
                [x + 3, y - 9],
              ]
            : null,
          // Labels alternate below and above the line so that close points do not overlap; the first and
          // last keep inside the picture.
          label: {
            text: shortValue(f, lang),
            x,
            y: i % 2 ? y - 8 : y + 13,
            anchor: i ? (i === row.points.length - 1 ? 'end' : 'middle') : 'start',
          },
          description: pointDescription(f, lang),
          brief: pointBrief(f, lang),
        };
      }),
    }),
  );
  const ticks = GEOMETRY.ticks.map(
    ({ month, x }): TimelineText => ({ text: formatDate(month, lang), x, y: GEOMETRY.height - 3, anchor: 'middle' }),
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

/** A point's value in a few characters; a lower bound starts with ">" so it reads as one without colour. */
function shortValue(f: Figure, lang: Lang): string {
  const short = (value: number, digits: number) =>
    numberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits }).format(value);
  const number =
    lang === 'zh'
      ? `${short(f.value / 10_000, 1)}万`
      : f.value >= 1_000_000
        ? `${short(f.value / 1_000_000, 2)}M`
        : `${short(f.value / 1_000, 0)}k`;
  return f.qualifier === 'more-than' ? `>${number}` : number;
}

/** "China: 2.31M, end of Dec 2022 · MIIT": the short value and the short name a publisher goes by. */
function pointBrief(f: Figure, lang: Lang): string {
  // "end of Dec 2022" says as much as "as of end of Dec 2022" under a heading of dated points.
  const date = citation(f, lang).date.replace(/^(as of |截至)/u, '');
  const publisher = SOURCES[f.source].short?.[lang] ?? citation(f, lang).publisher;
  const scope = t(lang, `timeline.${f.region === CHINA_CODE ? 'china' : 'zhejiang'}`);
  return lang === 'zh'
    ? `${scope}：${shortValue(f, lang)}，${date} · ${publisher}`
    : `${scope}: ${shortValue(f, lang)}, ${date} · ${publisher}`;
}

function pointDescription(f: Figure, lang: Lang): string {
  const { date, publisher } = citation(f, lang);
  const value = formatNumber(f.value, f.unit, lang, f.qualifier === 'more-than' ? 'exact' : f.qualifier);
  const text =
    f.qualifier === 'more-than' ? `${t(lang, 'value.moreThan', { value })} (${t(lang, 'timeline.lowerBound')})` : value;
  return `${t(lang, `timeline.${f.region === CHINA_CODE ? 'china' : 'zhejiang'}`)}: ${text} ${t(lang, 'unit.base-stations')}, ${date} · ${publisher}`;
}
