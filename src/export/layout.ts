import { layoutFigures } from './figures-layout';
import {
  blockHeight,
  INK,
  layoutUnitPx,
  MUTED,
  PAGE,
  type PageLayout,
  type PageText,
  type Rect,
  textBlock,
} from './layout-base';
import { layoutLegend } from './legend-layout';
import type { SnapshotSize } from './presets';
import type { FontSpec, Measure } from './text-wrap';

// The page's parts are laid out in their own modules; importers keep one name for all of it.
export * from './card-layout';
export * from './layout-base';

/**
 * A snapshot's page: title and subtitle above, the map with its legend, scale bar and attribution, the
 * article's figures in a column right of it, the source line at the foot.
 */
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
