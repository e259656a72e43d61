import { scaleBar } from '../scene/scale-bar';
import { THEME } from '../scene/theme';
import { t, type Lang } from '../i18n';
import type { PageLayout, Rect, TextBlock } from './layout';
import type { Measure } from './text-wrap';
import './strings';

/** "50 km", "500 m": kilometres from 1 km up, metres below. */
export function scaleLabel(metres: number, lang: Lang): string {
  return metres >= 1000 ? t(lang, 'export.scale.km', { n: metres / 1000 }) : t(lang, 'export.scale.m', { n: metres });
}

const SCALE_INK = THEME.colour.scaleInk;

/** MapLibre's scale on a page: a white box, a bracket open at the top as long as the distance, and its label. */
export interface PlacedScaleBar {
  box: Rect;
  lineWidth: number;
  /** The bracket's four corners, from the top of its left end round to the top of its right end. */
  bracket: [number, number][];
  /** The label, in the bracket's ink (`label.colour`). */
  label: TextBlock;
}

/** Where the PNG painter and the SVG page both draw the scale bar, for `metresPerPx` of the page's pixels. */
export function placeScaleBar(
  spec: PageLayout['scaleBar'],
  metresPerPx: number,
  lang: Lang,
  measure: Measure,
  u: number,
): PlacedScaleBar {
  const bar = scaleBar(metresPerPx, spec.maxLengthPx);
  const text = scaleLabel(bar.metres, lang);
  const width = Math.max(bar.lengthPx, measure(text, spec.font) + 10 * u);
  const box: Rect = { x: spec.right - width, y: spec.bottom - spec.heightPx, width, height: spec.heightPx };
  const lineWidth = 2 * u;
  const left = spec.right - bar.lengthPx + lineWidth / 2;
  const right = spec.right - lineWidth / 2;
  const bottom = box.y + box.height - lineWidth / 2;
  return {
    box,
    lineWidth,
    bracket: [
      [left, box.y],
      [left, bottom],
      [right, bottom],
      [right, box.y],
    ],
    label: {
      lines: [text],
      x: box.x + 5 * u,
      y: box.y,
      font: spec.font,
      lineHeightPx: box.height,
      colour: SCALE_INK,
      align: 'left',
    },
  };
}
