import { THEME } from '../scene/theme';
import { figure } from '../data/figures';
import { t, type Lang } from '../i18n';
import { citation } from '../story/article-figures';
import type { TimelineLayout, TimelineText } from '../story/timeline';

/*
 * The figures panel's time line on an export page: src/story/timeline.ts lays it out once, in the page's
 * SVG units; this moves and scales that layout, gives its ink, and its points' sources as small print.
 * Apart from timeline.ts so that none of this is in the page's first download.
 */

/** The time line's ink in exports: the colours and strokes of src/style.css's .timeline-* rules on the page. */
export const TIMELINE_INK = {
  line: THEME.colour.series,
  title: THEME.colour.ink,
  text: THEME.colour.seriesText,
  baseline: THEME.colour.baseline,
  /** Stroke widths in viewBox units. */
  lineWidth: 1.5,
  pointStroke: 1,
  lowerBoundStroke: 1.5,
} as const;

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
      `${row.title.text} ${row.points
        .map((p) => {
          const { date, publisher } = citation(figure(p.id), lang);
          return `${p.label.text} ${date} · ${publisher}`;
        })
        .join(semicolon)}`,
  );
  return `${t(lang, 'timeline.title')}${colon}${rows.join(' — ')}`;
}
