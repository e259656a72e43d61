import { COLOURS } from '../map/style';
import {
  ANCHOR_OFFSET_EM,
  labelsAt,
  type SceneLabel,
  SECOND_NAME_SCALE,
  STORY_MARK,
  storyMarkShape,
  storyMarksAt,
} from '../scene/labels';
import type { Lang } from '../i18n';
import { type Camera, project } from './camera';

/**
 * The scene's names (src/scene/labels.ts) as SVG, placed as MapLibre places its symbols: each anchored at its label
 * point, the reader's name over the other at 0.8 size, wrapped at 8 ems, in the scene's priority order, and a
 * name that would overlap one placed before it (or a story marker) is left out. Story places are drawn as the
 * live map's markers: a dot, and from the city zoom on a white pill with the name.
 */
export interface LabelsInput {
  labels: readonly SceneLabel[];
  camera: Camera;
  lang: Lang;
  measure: (text: string, fontSizePx: number) => number;
  fontStack: string;
  /** Times the usual size of names and story markers (map/style.ts labelScale); 1 by default. */
  scale?: number;
}

/** What the painter drew, for tests and the export's report: codes of the names written and of the marks drawn. */
export interface DrawnLabels {
  svg: string;
  names: string[];
  marks: string[];
}

// MapLibre's own defaults for the label layers' properties the style leaves unset.
const TEXT_LINE_HEIGHT_EM = 1.2;
const TEXT_MAX_WIDTH_EM = 8;
const TEXT_PADDING_PX = 2;
const HALO_WIDTH_PX = 1.5;
const PRECISION = 10;
const STORY_FONT_WEIGHT = 700;
const MARK_MARGIN_PX = 2;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function renderLabels(input: LabelsInput): DrawnLabels {
  const { camera, lang, measure } = input;
  const scale = input.scale ?? 1;
  const provinceSize = interpolate(camera.zoom, [3, 10, 5, 13]) * scale;
  const placed: Box[] = [];
  const texts: string[] = [];
  const names: string[] = [];
  const inView = ([x, y]: [number, number]) => x >= 0 && y >= 0 && x <= camera.width && y <= camera.height;

  // The markers first: on the live map they are HTML over the canvas, so nothing is written under them.
  const marks: string[] = [];
  const markSvg: string[] = [];
  for (const { label, named } of storyMarksAt(input.labels, camera.zoom)) {
    const [x, y] = project(camera, label.at);
    if (!inView([x, y])) continue;
    const name = label.text[0];
    const fontPx = STORY_MARK.fontPx * scale;
    const shape = storyMarkShape(x, y, label.side ?? 'right', named ? measure(name, fontPx) : null, scale);
    const { dot } = shape;
    const parts = [`<g class="story-mark" data-code="${escapeXml(label.code)}">`];
    if (shape.pill && shape.name) {
      const p = shape.pill;
      parts.push(
        `<rect x="${r(p.x)}" y="${r(p.y)}" width="${r(p.width)}" height="${r(p.height)}" rx="${r(p.radius)}" fill="${COLOURS.markerFill}" stroke="${COLOURS.highlight}" stroke-width="${r(STORY_MARK.ruleWidthPx * scale)}"/>`,
        `<text x="${r(shape.name.x)}" y="${r(shape.name.y + fontPx * 0.35)}" font-size="${r(fontPx, 100)}" font-weight="${STORY_FONT_WEIGHT}" fill="${COLOURS.labelText}"${shape.name.align === 'right' ? ' text-anchor="end"' : ''} lang="${lang === 'zh' ? 'zh-Hans' : 'en'}">${escapeXml(name)}</text>`,
      );
      // As MapLibre's room for the marker (map/style.ts storyMarkSpace): the pill and a little around it.
      const m = MARK_MARGIN_PX * scale;
      placed.push({ left: p.x - m, top: p.y - m, right: p.x + p.width + m, bottom: p.y + p.height + m });
    }
    // A dot alone (below the city zoom) keeps no room: MapLibre's storyMarkSpace starts at the zoom names do, so at
    // China's scale Zhejiang's name stands under the two dots there, as on the live map.
    parts.push(
      `<circle cx="${r(dot.x)}" cy="${r(dot.y)}" r="${r(dot.radius)}" fill="${COLOURS.highlight}" stroke="${COLOURS.markerFill}" stroke-width="${dot.ring}"/>`,
      '</g>',
    );
    markSvg.push(parts.join(''));
    marks.push(label.code);
  }

  for (const label of labelsAt(input.labels, camera.zoom)) {
    if (label.kind === 'story') continue;
    const size = label.kind === 'province' ? provinceSize : (label.kind === 'custom' ? 12 : 13) * scale;
    const [at, point] = project(camera, label.at);
    if (!inView([at, point])) continue;
    const [first, second] = label.text;
    const lines = [
      ...wrap(first, size, measure).map((text) => ({ text, size })),
      ...(second === null ? [] : wrap(second, size * SECOND_NAME_SCALE, measure)).map((text) => ({
        text,
        size: size * SECOND_NAME_SCALE,
      })),
    ];
    const width = Math.max(...lines.map((l) => measure(l.text, l.size)));
    const height = lines.reduce((sum, l) => sum + l.size * TEXT_LINE_HEIGHT_EM, 0);
    // MapLibre's text-variable-anchor: the first place around the point where the name collides with nothing.
    const fits = label.anchors
      .map((anchor) => {
        const off = ANCHOR_OFFSET_EM * size;
        const y = point + (anchor === 'top' ? height / 2 + off : anchor === 'bottom' ? -height / 2 - off : 0);
        const x = at + (anchor === 'left' ? width / 2 + off : anchor === 'right' ? -width / 2 - off : 0);
        const box = {
          left: x - width / 2 - TEXT_PADDING_PX,
          right: x + width / 2 + TEXT_PADDING_PX,
          top: y - height / 2 - TEXT_PADDING_PX,
          bottom: y + height / 2 + TEXT_PADDING_PX,
        };
        return { x, y, box };
      })
      .find(({ box }) => !placed.some((other) => overlaps(box, other)));
    if (!fits) continue;
    const { x, y, box } = fits;
    placed.push(box);
    names.push(label.code);
    let baseline = y - height / 2;
    const spans = lines.map((l) => {
      const lineHeight = l.size * TEXT_LINE_HEIGHT_EM;
      // The glyphs' middle sits in the middle of their line box.
      const at = baseline + lineHeight / 2 + l.size * 0.35;
      baseline += lineHeight;
      const sizeAttr = l.size === size ? '' : ` font-size="${r(l.size, 100)}"`;
      return `<tspan x="${r(x)}" y="${r(at)}"${sizeAttr}>${escapeXml(l.text)}</tspan>`;
    });
    const langAttr = lang === 'zh' ? 'zh-Hans' : 'en';
    texts.push(
      `<text data-code="${escapeXml(label.code)}" data-kind="${label.kind}" lang="${langAttr}" font-size="${r(size, 100)}">${spans.join('')}</text>`,
    );
  }
  const halo = `stroke="${COLOURS.labelHalo}" stroke-width="${HALO_WIDTH_PX * 2}" stroke-linejoin="round" paint-order="stroke"`;
  const font = `font-family="${escapeXml(input.fontStack)}"`;
  const svg = `<g class="labels" ${font} text-anchor="middle" fill="${COLOURS.labelText}" ${halo}>${texts.join('')}</g>${
    markSvg.length ? `<g class="story-marks" ${font}>${markSvg.join('')}</g>` : ''
  }`;
  return { svg, names, marks };
}

/** MapLibre's `interpolate linear zoom` between two stops, constant outside them. */
function interpolate(zoom: number, [zoomFrom, from, zoomTo, to]: readonly [number, number, number, number]): number {
  const t = Math.max(0, Math.min(1, (zoom - zoomFrom) / (zoomTo - zoomFrom)));
  return r(from + (to - from) * t, 100);
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Splits at spaces into lines no wider than 8 ems, as MapLibre's text-max-width does for Latin text. */
function wrap(text: string, size: number, measure: (text: string, size: number) => number): string[] {
  const limit = TEXT_MAX_WIDTH_EM * size;
  if (measure(text, size) <= limit || !text.includes(' ')) return [text];
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && measure(candidate, size) > limit) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

function r(value: number, factor = PRECISION): number {
  return Math.round(value * factor) / factor;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/gu, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[c]};`);
}
