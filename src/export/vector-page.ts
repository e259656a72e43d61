import { EXPORT_ZOOM_LIMITS, VIEW_PADDING_PX } from '../scene/framing';
import { THEME } from '../scene/theme';
import type { Bounds } from '../data/boundaries';
import type { Lang } from '../i18n';
import { COLOURS } from '../map/style';
import type { TimelineLayout, TimelineText } from '../story/timeline';
import { TIMELINE_INK } from './timeline';
import { type Camera, fitBounds } from '../vector/camera';
import { escapeXml, FONT_STACK, renderMapLayers, type VectorMapInput } from '../vector/render-svg';
import { project } from '../vector/camera';
import { adaptCamera, framePadding, type LiveCamera } from './frame';
import {
  blockHeight,
  type CardBlock,
  type CardLayout,
  cardArea,
  layoutCard,
  layoutPage,
  type PageLayout,
  type PageText,
  type Rect,
  RULE,
  type TextBlock,
} from './layout';
import type { PngText } from './png-text';
import type { SnapshotSize } from './presets';
import { metresPerCssPixel } from '../scene/scale-bar';
import { placeScaleBar } from './scale-bar';
import type { Measure } from './text-wrap';

/**
 * A snapshot as one SVG document: the PNG export's page (export/layout.ts) drawn with paths and text
 * instead of pixels. The map is the vector renderer's, at the CSS size MapLibre would render it and scaled
 * by the layout unit, so labels and borders have the PNG's proportions. Pure: the page and the command line
 * call it with their text measurer; the PDF export draws this same document.
 */
export interface VectorPageInput {
  /** The page in CSS px at pixel ratio 1 (paper: 96 px to the inch). */
  size: SnapshotSize;
  /** The physical size for paper, written as the SVG's width and height. */
  paperMm?: { width: number; height: number };
  text: PageText;
  measure: Measure;
  lang: Lang;
  map: Omit<VectorMapInput, 'camera' | 'attributes' | 'measureText'>;
  /** Fit the view's bounds beside the legend, or keep the live camera (adapted to the page's map). */
  frame: { bounds: Bounds } | { live: LiveCamera };
  popup: { blocks: CardBlock[]; at: [number, number] } | null;
  /** The file's metadata, once the map's camera is known. */
  metadata: (camera: Camera) => readonly PngText[];
  /**
   * How label halos are drawn: with `paint-order` (one text per label, for browsers and SVG files), or as a
   * stroked copy under each label, for renderers without paint-order (PDF through svg-to-pdfkit).
   */
  halo?: 'paint-order' | 'copy';
}

const LEGEND_INSET_CSS_PX = 12;

export interface VectorPage {
  svg: string;
  /** The map's camera in its own CSS pixels, before the layout unit scales it onto the page. */
  camera: Camera;
  layout: PageLayout;
}

export function vectorPage(input: VectorPageInput): VectorPage {
  const layout = layoutPage(input.size, input.text, input.measure);
  const u = layout.unitPx;
  const { map } = layout;
  const width = map.width / u;
  const height = map.height / u;
  const camera = mapCamera(input.frame, layout, width, height);
  const measureCss = (text: string, sizePx: number) => input.measure(text, { sizePx, weight: 400 });
  const layers = renderMapLayers({ ...input.map, camera, measureText: measureCss });
  const mapLayers = input.halo === 'copy' ? haloAsCopy(layers) : layers;

  const parts: string[] = [];
  const w = layout.widthPx;
  const h = layout.heightPx;
  const physical = input.paperMm
    ? { width: `${input.paperMm.width}mm`, height: `${input.paperMm.height}mm` }
    : { width: String(w), height: String(h) };
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${physical.width}" height="${physical.height}" viewBox="0 0 ${round(w)} ${round(h)}" font-family="${escapeXml(FONT_STACK)}" lang="${input.lang === 'zh' ? 'zh-Hans' : 'en'}">`,
  );
  const metadata = input.metadata(camera);
  const title = metadata.find((m) => m.keyword === 'Title')?.text ?? input.text.title;
  const description = metadata.find((m) => m.keyword === 'Description')?.text ?? input.text.subtitle;
  parts.push(`<title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc>`);
  parts.push(`<metadata>${metadataXml(metadata)}</metadata>`);
  parts.push(`<defs><clipPath id="map-area"><rect ${rectAttributes(map)}/></clipPath></defs>`);
  parts.push(`<rect width="${round(w)}" height="${round(h)}" fill="${THEME.colour.paper}"/>`);
  parts.push(textSvg(layout.title), textSvg(layout.subtitle));
  parts.push(`<g clip-path="url(#map-area)">`);
  parts.push(`<rect ${rectAttributes(map)} fill="${COLOURS.sea}"/>`);
  parts.push(
    `<g class="map" transform="translate(${round(map.x)} ${round(map.y)}) scale(${round(u, 1e4)})">${mapLayers}</g>`,
  );
  parts.push(legendSvg(layout));
  parts.push(scaleBarSvg(layout, camera, input.lang, input.measure));
  parts.push(attributionSvg(layout));
  if (input.popup) {
    const [x, y] = project(camera, input.popup.at);
    const anchor = { x: map.x + x * u, y: map.y + y * u };
    const inside =
      anchor.x >= map.x && anchor.x <= map.x + map.width && anchor.y >= map.y && anchor.y <= map.y + map.height;
    if (inside)
      parts.push(
        cardSvg(layoutCard(input.popup.blocks, anchor, cardArea(layout), [layout.legend.box], u, input.measure), u),
      );
  }
  parts.push('</g>');
  const line = Math.max(1, u);
  parts.push(
    `<rect x="${round(map.x + line / 2)}" y="${round(map.y + line / 2)}" width="${round(map.width - line)}" height="${round(map.height - line)}" fill="none" stroke="${RULE}" stroke-width="${round(line)}"/>`,
  );
  parts.push(textSvg(layout.source));
  if (layout.figures) parts.push(figuresSvg(layout.figures, u));
  parts.push('</svg>');
  return { svg: parts.join(''), camera, layout };
}

function mapCamera(frame: VectorPageInput['frame'], layout: PageLayout, width: number, height: number): Camera {
  if ('live' in frame) {
    const adapted = adaptCamera(frame.live, width, height);
    return { center: [adapted.center.lng, adapted.center.lat], zoom: adapted.zoom, width, height };
  }
  const u = layout.unitPx;
  const legend = {
    width: layout.legend.box.width / u + LEGEND_INSET_CSS_PX,
    height: layout.legend.box.height / u + LEGEND_INSET_CSS_PX,
  };
  const padding = framePadding(frame.bounds, width, height, VIEW_PADDING_PX, legend);
  return fitBounds(frame.bounds, { width, height }, padding, EXPORT_ZOOM_LIMITS);
}

/** The PNG's tEXt entries as Dublin Core, so the SVG file carries the same title, subject and sources. */
function metadataXml(entries: readonly PngText[]): string {
  const DC: Record<string, string> = {
    Title: 'dc:title',
    Description: 'dc:description',
    Metric: 'dc:subject',
    View: 'dc:coverage',
    Source: 'dc:source',
    Software: 'dc:publisher',
    'Creation Time': 'dc:date',
  };
  const fields = entries
    .filter((e) => DC[e.keyword])
    .map((e) => `<${DC[e.keyword]}>${escapeXml(e.text)}</${DC[e.keyword]}>`)
    .join('');
  return `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description>${fields}</rdf:Description></rdf:RDF>`;
}

function round(value: number, factor = 100): number {
  return Math.round(value * factor) / factor;
}

function rectAttributes(r: Rect): string {
  return `x="${round(r.x)}" y="${round(r.y)}" width="${round(r.width)}" height="${round(r.height)}"`;
}

/** A text block as the canvas draws it: each line centred in its line box (0.35 em below the middle is the baseline). */
function textSvg(block: TextBlock): string {
  if (!block.lines.length) return '';
  const size = block.font.sizePx;
  const anchor = block.align === 'right' ? ' text-anchor="end"' : '';
  const weight = block.font.weight === 700 ? ' font-weight="700"' : '';
  const lines = block.lines.map((line, i) => {
    const y = block.y + block.lineHeightPx * (i + 0.5) + size * 0.35;
    return `<tspan x="${round(block.x)}" y="${round(y)}">${escapeXml(line)}</tspan>`;
  });
  return `<text font-size="${round(size)}"${weight} fill="${block.colour}"${anchor}>${lines.join('')}</text>`;
}

/** The figures column as the PNG painter draws it: a white panel with a rule, its text, and the time line. */
function figuresSvg(figures: NonNullable<PageLayout['figures']>, u: number): string {
  const line = Math.max(1, u);
  const { box } = figures;
  return [
    `<g class="figures"><rect x="${round(box.x + line / 2)}" y="${round(box.y + line / 2)}" width="${round(box.width - line)}" height="${round(box.height - line)}" fill="${THEME.colour.paper}" stroke="${RULE}" stroke-width="${round(line)}"/>`,
    ...figures.blocks.map(textSvg),
    figures.timeline ? timelineSvg(figures.timeline) : '',
    '</g>',
  ].join('');
}

/** The panel's time line, from the layout the page's SVG draws (src/story/timeline.ts), placed on the page. */
function timelineSvg(timeline: TimelineLayout): string {
  const k = timeline.unit;
  const text = (label: TimelineText, colour: string, bold = false) =>
    `<text x="${round(label.x)}" y="${round(label.y)}"${label.anchor === 'start' ? '' : ` text-anchor="${label.anchor}"`} fill="${colour}"${bold ? ' font-weight="700"' : ''}>${escapeXml(label.text)}</text>`;
  const xy = (x: number, y: number) => `${round(x)} ${round(y)}`;
  const parts = [`<g class="timeline" font-size="${round(timeline.fontSize)}">`];
  for (const row of timeline.rows) {
    parts.push(`<g class="timeline-${row.scope}">`, text(row.title, TIMELINE_INK.title, true));
    parts.push(
      `<path d="M${xy(timeline.x, row.bottom)}H${round(timeline.x + timeline.width)}" stroke="${TIMELINE_INK.baseline}" stroke-width="${round(k)}"/>`,
      `<path d="M${row.points.map((p) => xy(p.x, p.y)).join('L')}" fill="none" stroke="${TIMELINE_INK.line}" stroke-width="${round(TIMELINE_INK.lineWidth * k)}" stroke-linejoin="round"/>`,
    );
    for (const p of row.points) {
      if (p.arrow)
        parts.push(`<path d="M${p.arrow.map(([x, y]) => xy(x, y)).join('L')}Z" fill="${TIMELINE_INK.line}"/>`);
      // A lower bound is hollow: white inside a blue ring; a plain point is blue with a white ring.
      const [fill, stroke, width] = p.lowerBound
        ? [THEME.colour.paper, TIMELINE_INK.line, TIMELINE_INK.lowerBoundStroke]
        : [TIMELINE_INK.line, THEME.colour.paper, TIMELINE_INK.pointStroke];
      parts.push(
        `<circle cx="${round(p.x)}" cy="${round(p.y)}" r="${round(timeline.pointRadius)}" fill="${fill}" stroke="${stroke}" stroke-width="${round(width * k)}"/>`,
        text(p.label, TIMELINE_INK.text),
      );
    }
    parts.push('</g>');
  }
  for (const tick of timeline.ticks) parts.push(text(tick, TIMELINE_INK.text));
  parts.push('</g>');
  return parts.join('');
}

function legendSvg(layout: PageLayout): string {
  const { legend, unitPx: u } = layout;
  const parts = [
    `<g class="legend"><rect ${rectAttributes(legend.box)} rx="${round(6 * u)}" fill="${THEME.colour.paper}" stroke="${THEME.colour.shadow}" stroke-opacity="0.2" stroke-width="${round(u)}"/>`,
    textSvg(legend.title),
  ];
  for (const row of legend.rows) {
    const s = row.swatch;
    parts.push(`<rect ${rectAttributes(s)} fill="${row.colour}"/>`);
    // Stripes mean "regional average" everywhere (map, page legend, PNG); "no data" is plain grey.
    if (row.regional) parts.push(hatchSvg(s, u));
    parts.push(
      `<rect x="${round(s.x + u / 2)}" y="${round(s.y + u / 2)}" width="${round(s.width - u)}" height="${round(s.height - u)}" fill="none" stroke="${THEME.colour.shadow}" stroke-opacity="0.25" stroke-width="${round(u)}"/>`,
    );
    parts.push(textSvg(row.label));
  }
  for (const note of legend.notes) parts.push(textSvg(note));
  parts.push('</g>');
  return parts.join('');
}

/** The regional-average swatch's diagonal hatching, as on the map, each line cut to the swatch (no clip path needed). */
function hatchSvg(r: Rect, u: number): string {
  const step = 4 * u;
  const segments: string[] = [];
  for (let d = -r.height; d < r.width; d += step) {
    // The line from (x + d, bottom) up to (x + d + h, top), clipped to x ∈ [left, right].
    const t0 = Math.max(0, -d / r.height);
    const t1 = Math.min(1, (r.width - d) / r.height);
    if (t1 <= t0) continue;
    const at = (t: number) => `${round(r.x + d + t * r.height)} ${round(r.y + r.height - t * r.height)}`;
    segments.push(`M${at(t0)}L${at(t1)}`);
  }
  return `<path d="${segments.join('')}" stroke="${THEME.colour.shadow}" stroke-opacity="0.3" stroke-width="${round(2 * u)}" fill="none"/>`;
}

function scaleBarSvg(layout: PageLayout, camera: Camera, lang: Lang, measure: Measure): string {
  const u = layout.unitPx;
  const spec = layout.scaleBar;
  const placed = placeScaleBar(spec, metresPerCssPixel(camera.center[1], camera.zoom) / u, lang, measure, u);
  const bracket = placed.bracket.map(([x, y], i) => `${i ? 'L' : 'M'}${round(x)} ${round(y)}`).join('');
  return `<g class="scale-bar"><rect ${rectAttributes(placed.box)} fill="${THEME.colour.paper}" fill-opacity="0.9"/><path d="${bracket}" fill="none" stroke="${placed.label.colour}" stroke-width="${round(placed.lineWidth)}"/>${textSvg(placed.label)}</g>`;
}

function attributionSvg(layout: PageLayout): string {
  const { box, text } = layout.attribution;
  return `<g class="attribution"><rect ${rectAttributes(box)} fill="${THEME.colour.paper}" fill-opacity="0.9"/>${textSvg(text)}</g>`;
}

function cardSvg(card: CardLayout, u: number): string {
  const { box, tip, apex, side } = card;
  const parts = [`<g class="popup-card">`];
  // A soft shadow: the card's shape again, offset and grey, under it.
  const shadow = `<rect x="${round(box.x)}" y="${round(box.y + 2 * u)}" width="${round(box.width)}" height="${round(box.height)}" rx="${round(6 * u)}" fill="${THEME.colour.shadow}" fill-opacity="0.12"/>`;
  parts.push(shadow);
  if (side) {
    const half = 8 * u;
    const horizontal = side === 'above' || side === 'below';
    const a = `${round(tip.x - (horizontal ? half : 0))} ${round(tip.y - (horizontal ? 0 : half))}`;
    const b = `${round(tip.x + (horizontal ? half : 0))} ${round(tip.y + (horizontal ? 0 : half))}`;
    parts.push(`<path d="M${a}L${round(apex.x)} ${round(apex.y)}L${b}Z" fill="${THEME.colour.paper}"/>`);
  }
  parts.push(`<rect ${rectAttributes(box)} rx="${round(6 * u)}" fill="${THEME.colour.paper}"/>`);
  for (const block of card.blocks) if (blockHeight(block) > 0) parts.push(textSvg(block));
  parts.push('</g>');
  return parts.join('');
}

/** The labels' group drawn twice: a stroked, unfilled copy (the halo) under the filled text, instead of paint-order. */
function haloAsCopy(layers: string): string {
  return layers.replace(
    /<g class="labels" ([^>]*) (stroke="[^"]*" stroke-width="[^"]*" stroke-linejoin="round") paint-order="stroke">(.*?)<\/g>/su,
    (_all, common: string, stroke: string, texts: string) => {
      const font = common.replace(/ fill="[^"]*"/u, '');
      return `<g class="label-halos" ${font} fill="none" ${stroke} aria-hidden="true">${texts}</g><g class="labels" ${common}>${texts}</g>`;
    },
  );
}
