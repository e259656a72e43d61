import { scaleLinear, scaleUtc } from 'd3-scale';
import { figure, type Figure, type FigureId } from '../data/figures';
import { formatDate, formatNumber } from '../data/format';
import { t, type Lang } from '../i18n';
import { citation } from './article-figures';

/** The dated 5G counts the time line shows, each with its own date and publisher (facts.md). */
export const TIMELINE_SERIES: readonly { scope: 'china' | 'zhejiang'; points: readonly FigureId[] }[] = [
  { scope: 'china', points: ['cnStations2022', 'cnStationsMay2023', 'cnStationsSep2023', 'cnStations2023'] },
  { scope: 'zhejiang', points: ['zjStations2022', 'zjStations'] },
];

export interface TimelinePoint {
  id: FigureId;
  x: number;
  y: number;
  /** "more than" values are lower bounds: drawn hollow, with an arrow pointing up. */
  lowerBound: boolean;
  /** Short value for beside the point: 2.31M / 231万, >171k. */
  label: string;
  /** Value, date and publisher in full, for the point's title and the screen reader. */
  description: string;
}

export interface TimelineRow {
  scope: 'china' | 'zhejiang';
  title: string;
  /** The row's baseline (value 0) and top, in SVG units. */
  top: number;
  bottom: number;
  points: TimelinePoint[];
}

export interface TimelineLayout {
  width: number;
  height: number;
  rows: TimelineRow[];
  ticks: { x: number; label: string }[];
}

const ROW_HEIGHT = 46;
const AXIS_HEIGHT = 16;
const MARGIN = { left: 8, right: 8, top: 14 };

/**
 * One row per place, each on its own linear scale from zero (China's millions would flatten Zhejiang's
 * thousands on a shared one), against one calendar axis: end of 2022 to end of 2023.
 */
export function timelineLayout(width: number, lang: Lang): TimelineLayout {
  const x = scaleUtc()
    .domain([new Date('2022-12-01'), new Date('2024-01-31')])
    .range([MARGIN.left + 6, width - MARGIN.right - 6]);
  const rows = TIMELINE_SERIES.map((series, i): TimelineRow => {
    const figures = series.points.map((id) => figure(id));
    const top = MARGIN.top + i * (ROW_HEIGHT + MARGIN.top);
    const bottom = top + ROW_HEIGHT;
    const y = scaleLinear()
      .domain([0, Math.max(...figures.map((f) => f.value))])
      .range([bottom, top + 4]);
    return {
      scope: series.scope,
      title: t(lang, `timeline.${series.scope}`),
      top,
      bottom,
      points: figures.map((f) => ({
        id: f.id as FigureId,
        x: x(new Date(f.asOf)),
        y: y(f.value),
        lowerBound: f.qualifier === 'more-than',
        label: shortValue(f, lang),
        description: pointDescription(f, lang),
      })),
    };
  });
  const height = rows.at(-1)!.bottom + AXIS_HEIGHT;
  const ticks = x.ticks(4).map((date) => ({ x: x(date), label: formatDate(date.toISOString().slice(0, 7), lang) }));
  return { width, height, rows, ticks };
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
