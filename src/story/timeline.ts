import GEOMETRY from 'virtual:timeline-geometry';
import { figure, type Figure, type FigureId } from '../data/figures';
import { formatDate, formatNumber } from '../data/format';
import { SOURCES } from '../data/sources';
import { t, type Lang } from '../i18n';
import { citation } from './article-figures';

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
  /** The same in one short line (publisher abbreviated, "MIIT"), for a kiosk read from three metres. */
  brief: string;
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

/** The time line in the reader's language, on the geometry placed at build time. */
export function timelineLayout(lang: Lang): TimelineLayout {
  const rows = GEOMETRY.rows.map(
    (row): TimelineRow => ({
      scope: row.scope,
      title: t(lang, `timeline.${row.scope}`),
      top: row.top,
      bottom: row.bottom,
      points: row.points.map((p) => {
        const f = figure(p.id);
        return {
          id: p.id,
          x: p.x,
          y: p.y,
          lowerBound: f.qualifier === 'more-than',
          label: shortValue(f, lang),
          description: pointDescription(f, lang),
          brief: pointBrief(f, lang),
        };
      }),
    }),
  );
  const ticks = GEOMETRY.ticks.map((tick) => ({ x: tick.x, label: formatDate(tick.month, lang) }));
  return { width: GEOMETRY.width, height: GEOMETRY.height, rows, ticks };
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

/** "China: 2.31M, end of Dec 2022 · MIIT": the short value and the short name a publisher goes by. */
function pointBrief(f: Figure, lang: Lang): string {
  // "end of Dec 2022" says as much as "as of end of Dec 2022" under a heading of dated points.
  const date = citation(f, lang).date.replace(/^(as of |截至)/u, '');
  const publisher = SOURCES[f.source].short?.[lang] ?? citation(f, lang).publisher;
  const scope = t(lang, `timeline.${f.region === '100000' ? 'china' : 'zhejiang'}`);
  return lang === 'zh'
    ? `${scope}：${shortValue(f, lang)}，${date} · ${publisher}`
    : `${scope}: ${shortValue(f, lang)}, ${date} · ${publisher}`;
}

function pointDescription(f: Figure, lang: Lang): string {
  const { date, publisher } = citation(f, lang);
  const value = formatNumber(f.value, f.unit, lang, f.qualifier === 'more-than' ? 'exact' : f.qualifier);
  const text =
    f.qualifier === 'more-than' ? `${t(lang, 'value.moreThan', { value })} (${t(lang, 'timeline.lowerBound')})` : value;
  return `${t(lang, `timeline.${f.region === '100000' ? 'china' : 'zhejiang'}`)}: ${text} ${t(lang, 'unit.base-stations')}, ${date} · ${publisher}`;
}
