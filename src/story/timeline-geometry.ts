import { scaleLinear } from 'd3-scale';
import { FIGURES, type FigureId } from '../data/figures.ts';

/** The dated 5G counts the time line shows, each with its own date and publisher (facts.md). */
export const TIMELINE_SERIES: readonly { scope: 'china' | 'zhejiang'; points: readonly FigureId[] }[] = [
  { scope: 'china', points: ['cnStations2022', 'cnStationsMay2023', 'cnStationsSep2023', 'cnStations2023'] },
  { scope: 'zhejiang', points: ['zjStations2022', 'zjStations'] },
];

export interface TimelineGeometry {
  width: number;
  height: number;
  rows: {
    scope: 'china' | 'zhejiang';
    top: number;
    bottom: number;
    points: { id: FigureId; x: number; y: number }[];
  }[];
  ticks: { month: string; x: number }[];
}

export const TIMELINE_WIDTH = 240;
const ROW_HEIGHT = 46;
const ROW_GAP = 14;
const AXIS_HEIGHT = 16;
const INSET_X = 14;
const TICK_MONTHS = ['2023-01', '2023-07', '2024-01'];

/**
 * Where each point sits in the time line's SVG (a fixed viewBox: the picture scales, the numbers do not
 * change). One row per place, each on its own linear scale from zero (China's millions would flatten
 * Zhejiang's thousands on a shared one), against one calendar axis from December 2022 to January 2024.
 * Runs at build time (vite.config.ts: `virtual:timeline-geometry`), like the palettes: d3-scale's linear
 * scale brings d3-interpolate, d3-color and d3-format, about 10 KB gzip, into the first view otherwise.
 */
export function timelineGeometry(): TimelineGeometry {
  const x = scaleLinear()
    .domain([Date.parse('2022-12-01'), Date.parse('2024-01-31')])
    .range([INSET_X, TIMELINE_WIDTH - INSET_X]);
  const round = (v: number) => Math.round(v * 10) / 10;
  const rows = TIMELINE_SERIES.map((series, i) => {
    const figures = series.points.map((id) => ({ id, ...FIGURES[id] }));
    const top = ROW_GAP + i * (ROW_HEIGHT + ROW_GAP);
    const bottom = top + ROW_HEIGHT;
    const y = scaleLinear()
      .domain([0, Math.max(...figures.map((f) => f.value))])
      .range([bottom, top + 4]);
    return {
      scope: series.scope,
      top,
      bottom,
      points: figures.map((f) => ({ id: f.id, x: round(x(Date.parse(f.asOf))), y: round(y(f.value)) })),
    };
  });
  return {
    width: TIMELINE_WIDTH,
    height: rows.at(-1)!.bottom + AXIS_HEIGHT,
    rows,
    ticks: TICK_MONTHS.map((month) => ({ month, x: round(x(Date.parse(`${month}-01`))) })),
  };
}
