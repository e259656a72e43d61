import { THEME } from '../scene/theme';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { RegionInfo } from '../data/regions';
import type { Lang } from '../i18n';
import { COLOURS } from '../map/style';
import type { NameSide } from '../map/story-sides';
import type { TimelineLayout, TimelineText } from '../story/timeline';
import { TIMELINE_INK } from './timeline';
import {
  blockHeight,
  cardArea,
  layoutCard,
  RULE,
  INK,
  type CardLayout,
  type PageLayout,
  type Rect,
  type TextBlock,
} from './layout';
import type { Camera } from './metadata';
import type { popupCard } from './popup-card';
import { metresPerCssPixel } from '../scene/scale-bar';
import { placeScaleBar } from './scale-bar';
import { cssFont, type FontSpec, type Measure } from './text-wrap';

/** The map drawn off-screen, as the painter needs it: its pixels, their scale and camera, and where a place falls. */
export interface MapPicture {
  map: Pick<MaplibreMap, 'project' | 'getZoom'>;
  canvas: HTMLCanvasElement;
  /** Device pixels per CSS pixel of the off-screen map. */
  pixelRatio: number;
  camera: Camera;
}

/** Text widths as the painter's canvas will draw them, for the pure layout. */
export function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('this browser has no 2D canvas to compose the snapshot on');
  return (text: string, font: FontSpec) => {
    context.font = cssFont(font);
    return context.measureText(text).width;
  };
}

/** Paints the page: the map's pixels in their place, then title, legend, scale bar, attribution, card and source line. */
export function paintPage(
  layout: PageLayout,
  rendered: MapPicture,
  popup: { blocks: ReturnType<typeof popupCard>; at: RegionInfo['label'] } | null,
  lang: Lang,
  measure: Measure,
  storyPlaces: readonly StoryPlaceMark[] = [],
): HTMLCanvasElement {
  const page = document.createElement('canvas');
  page.width = layout.widthPx;
  page.height = layout.heightPx;
  const ctx = page.getContext('2d');
  if (!ctx) throw new Error('this browser has no 2D canvas to compose the snapshot on');
  const u = layout.unitPx;
  ctx.fillStyle = THEME.colour.paper;
  ctx.fillRect(0, 0, page.width, page.height);

  drawText(ctx, layout.title);
  drawText(ctx, layout.subtitle);

  const { map } = layout;
  ctx.fillStyle = COLOURS.sea;
  ctx.fillRect(map.x, map.y, map.width, map.height);
  const rows = Math.min(rendered.canvas.height, map.height);
  ctx.drawImage(rendered.canvas, 0, 0, map.width, rows, map.x, map.y, map.width, rows);

  ctx.save();
  ctx.beginPath();
  ctx.rect(map.x, map.y, map.width, map.height);
  ctx.clip();
  drawStoryMarkers(ctx, layout, rendered, storyPlaces, u);
  drawLegend(ctx, layout, u);
  drawScaleBar(ctx, layout, rendered, lang, measure);
  drawAttribution(ctx, layout);
  if (popup) {
    const point = rendered.map.project(popup.at);
    const anchor = { x: map.x + point.x * rendered.pixelRatio, y: map.y + point.y * rendered.pixelRatio };
    // As on screen: a popup whose place is outside the picture is not in it.
    const inside =
      anchor.x >= map.x && anchor.x <= map.x + map.width && anchor.y >= map.y && anchor.y <= map.y + map.height;
    if (inside) drawCard(ctx, layoutCard(popup.blocks, anchor, cardArea(layout), [layout.legend.box], u, measure), u);
  }
  ctx.restore();

  ruleAround(ctx, map, u);
  drawText(ctx, layout.source);
  if (layout.figures) drawFigures(ctx, layout.figures, u);
  return page;
}

/** Hangzhou or Shaoxing as the page's story marker draws it: the live marker is HTML, not in the map's canvas. */
export interface StoryPlaceMark {
  name: string;
  at: RegionInfo['label'];
  /** As on the live map: the westernmost name left of its dot, so neighbours' names do not overlap. */
  side: NameSide;
}

function drawStoryMarkers(
  ctx: CanvasRenderingContext2D,
  layout: PageLayout,
  rendered: MapPicture,
  places: readonly StoryPlaceMark[],
  u: number,
): void {
  const { map } = layout;
  // Names only where the live map shows them (city zoom), dots alone at national scale.
  const withNames = rendered.map.getZoom() >= 5;
  const font: FontSpec = { sizePx: 12 * u, weight: 700 };
  for (const place of places) {
    const point = rendered.map.project(place.at);
    const x = map.x + point.x * rendered.pixelRatio;
    const y = map.y + point.y * rendered.pixelRatio;
    if (x < map.x || x > map.x + map.width || y < map.y || y > map.y + map.height) continue;
    if (withNames) {
      ctx.font = cssFont(font);
      const width = ctx.measureText(place.name).width + 22 * u;
      // The pill starts 8 units behind the dot and runs away from it, on the name's side.
      const left = place.side === 'left';
      roundedRect(ctx, { x: left ? x + 8 * u - width : x - 8 * u, y: y - 10 * u, width, height: 20 * u }, 10 * u);
      ctx.fillStyle = THEME.colour.paper;
      ctx.fill();
      ctx.strokeStyle = COLOURS.highlight;
      ctx.lineWidth = u;
      ctx.stroke();
      ctx.fillStyle = INK;
      ctx.textBaseline = 'middle';
      ctx.textAlign = left ? 'right' : 'left';
      ctx.fillText(place.name, left ? x - 8 * u : x + 8 * u, y);
    }
    ctx.beginPath();
    ctx.arc(x, y, 4.5 * u, 0, 2 * Math.PI);
    ctx.fillStyle = COLOURS.highlight;
    ctx.fill();
    ctx.strokeStyle = THEME.colour.paper;
    ctx.lineWidth = 1.5 * u;
    ctx.stroke();
  }
}

/** A one-unit rule drawn just inside a box, so it is not cut by the box's edge. */
function ruleAround(ctx: CanvasRenderingContext2D, box: Rect, u: number): void {
  ctx.strokeStyle = RULE;
  ctx.lineWidth = Math.max(1, u);
  ctx.strokeRect(
    box.x + ctx.lineWidth / 2,
    box.y + ctx.lineWidth / 2,
    box.width - ctx.lineWidth,
    box.height - ctx.lineWidth,
  );
}

/** The figures column: a white panel with a rule, as beside the map on the page. */
function drawFigures(ctx: CanvasRenderingContext2D, figures: NonNullable<PageLayout['figures']>, u: number): void {
  const { box } = figures;
  ctx.fillStyle = THEME.colour.paper;
  ctx.fillRect(box.x, box.y, box.width, box.height);
  ruleAround(ctx, box, u);
  for (const block of figures.blocks) drawText(ctx, block);
  if (figures.timeline) drawTimeline(ctx, figures.timeline);
}

/** The panel's time line, from the layout the page's SVG draws (src/story/timeline.ts), placed on the page. */
function drawTimeline(ctx: CanvasRenderingContext2D, timeline: TimelineLayout): void {
  const k = timeline.unit;
  const label = (text: TimelineText, colour: string, weight: 400 | 700) => {
    ctx.font = cssFont({ sizePx: timeline.fontSize, weight });
    ctx.fillStyle = colour;
    ctx.textAlign = text.anchor === 'middle' ? 'center' : text.anchor === 'end' ? 'right' : 'left';
    ctx.textBaseline = 'alphabetic';
    ctx.fillText(text.text, text.x, text.y);
  };
  for (const row of timeline.rows) {
    label(row.title, TIMELINE_INK.title, 700);
    ctx.strokeStyle = TIMELINE_INK.baseline;
    ctx.lineWidth = k;
    ctx.beginPath();
    ctx.moveTo(timeline.x, row.bottom);
    ctx.lineTo(timeline.x + timeline.width, row.bottom);
    ctx.stroke();
    ctx.strokeStyle = TIMELINE_INK.line;
    ctx.lineWidth = TIMELINE_INK.lineWidth * k;
    ctx.lineJoin = 'round';
    ctx.beginPath();
    for (const [i, p] of row.points.entries()) i ? ctx.lineTo(p.x, p.y) : ctx.moveTo(p.x, p.y);
    ctx.stroke();
    for (const p of row.points) {
      if (p.arrow) {
        ctx.beginPath();
        for (const [i, [x, y]] of p.arrow.entries()) i ? ctx.lineTo(x, y) : ctx.moveTo(x, y);
        ctx.closePath();
        ctx.fillStyle = TIMELINE_INK.line;
        ctx.fill();
      }
      // A lower bound is hollow: white inside a blue ring; a plain point is blue with a white ring.
      ctx.beginPath();
      ctx.arc(p.x, p.y, timeline.pointRadius, 0, 2 * Math.PI);
      ctx.fillStyle = p.lowerBound ? THEME.colour.paper : TIMELINE_INK.line;
      ctx.fill();
      ctx.strokeStyle = p.lowerBound ? TIMELINE_INK.line : THEME.colour.paper;
      ctx.lineWidth = (p.lowerBound ? TIMELINE_INK.lowerBoundStroke : TIMELINE_INK.pointStroke) * k;
      ctx.stroke();
      label(p.label, TIMELINE_INK.text, 400);
    }
  }
  for (const tick of timeline.ticks) label(tick, TIMELINE_INK.text, 400);
}

function drawText(ctx: CanvasRenderingContext2D, block: TextBlock): void {
  ctx.font = cssFont(block.font);
  ctx.fillStyle = block.colour;
  ctx.textAlign = block.align;
  ctx.textBaseline = 'middle';
  block.lines.forEach((line, i) => {
    ctx.fillText(line, block.x, block.y + block.lineHeightPx * (i + 0.5));
  });
}

function roundedRect(ctx: CanvasRenderingContext2D, r: Rect, radius: number): void {
  ctx.beginPath();
  ctx.roundRect(r.x, r.y, r.width, r.height, radius);
}

function drawLegend(ctx: CanvasRenderingContext2D, layout: PageLayout, u: number): void {
  const { legend } = layout;
  roundedRect(ctx, legend.box, 6 * u);
  // Opaque on paper: a see-through box tints grey over dark fills.
  ctx.fillStyle = THEME.colour.paper;
  ctx.fill();
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.2)';
  ctx.lineWidth = u;
  ctx.stroke();
  drawText(ctx, legend.title);
  for (const row of legend.rows) {
    const s = row.swatch;
    ctx.fillStyle = row.colour;
    ctx.fillRect(s.x, s.y, s.width, s.height);
    // No data is plain grey, as on the map; stripes mark a regional average.
    if (row.regional) drawHatch(ctx, s, u);
    ctx.strokeStyle = 'rgba(0, 0, 0, 0.25)';
    ctx.lineWidth = u;
    ctx.strokeRect(s.x + u / 2, s.y + u / 2, s.width - u, s.height - u);
    drawText(ctx, row.label);
  }
  for (const note of legend.notes) drawText(ctx, note);
}

/** The regional-average hatching of src/map/hatch.ts: lines from top left to bottom right, 2 of every 6 px, black at 30 %. */
function drawHatch(ctx: CanvasRenderingContext2D, r: Rect, u: number): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(r.x, r.y, r.width, r.height);
  ctx.clip();
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.3)';
  ctx.lineWidth = 1.4 * u;
  const step = 6 * u;
  for (let d = -r.height; d < r.width; d += step) {
    ctx.beginPath();
    ctx.moveTo(r.x + d, r.y);
    ctx.lineTo(r.x + d + r.height, r.y + r.height);
    ctx.stroke();
  }
  ctx.restore();
}

function drawScaleBar(
  ctx: CanvasRenderingContext2D,
  layout: PageLayout,
  rendered: MapPicture,
  lang: Lang,
  measure: Measure,
): void {
  const u = layout.unitPx;
  const spec = layout.scaleBar;
  const metresPerPx = metresPerCssPixel(rendered.camera.center.lat, rendered.camera.zoom) / rendered.pixelRatio;
  const placed = placeScaleBar(spec, metresPerPx, lang, measure, u);
  ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
  ctx.fillRect(placed.box.x, placed.box.y, placed.box.width, placed.box.height);
  ctx.strokeStyle = placed.label.colour;
  ctx.lineWidth = placed.lineWidth;
  ctx.beginPath();
  for (const [i, [x, y]] of placed.bracket.entries()) (i ? ctx.lineTo : ctx.moveTo).call(ctx, x, y);
  ctx.stroke();
  drawText(ctx, placed.label);
}

function drawAttribution(ctx: CanvasRenderingContext2D, layout: PageLayout): void {
  const { box, text } = layout.attribution;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
  ctx.fillRect(box.x, box.y, box.width, box.height);
  drawText(ctx, text);
}

function drawCard(ctx: CanvasRenderingContext2D, card: CardLayout, u: number): void {
  const { box, tip, apex, side } = card;
  const shape = () => {
    roundedRect(ctx, box, 6 * u);
    ctx.fill();
    if (!side) return;
    // The pointer, as MapLibre's popup tip: from the card's edge towards the region's label.
    const half = 8 * u;
    const horizontal = side === 'above' || side === 'below';
    ctx.beginPath();
    ctx.moveTo(tip.x - (horizontal ? half : 0), tip.y - (horizontal ? 0 : half));
    ctx.lineTo(apex.x, apex.y);
    ctx.lineTo(tip.x + (horizontal ? half : 0), tip.y + (horizontal ? 0 : half));
    ctx.closePath();
    ctx.fill();
  };
  ctx.save();
  ctx.fillStyle = THEME.colour.paper;
  ctx.shadowColor = 'rgba(0, 0, 0, 0.3)';
  ctx.shadowBlur = 8 * u;
  ctx.shadowOffsetY = 2 * u;
  shape();
  // Again without shadow, so the pointer's shadow does not fall on the card.
  ctx.shadowColor = 'transparent';
  shape();
  ctx.restore();
  for (const block of card.blocks) if (blockHeight(block) > 0) drawText(ctx, block);
}
