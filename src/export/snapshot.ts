import { Map as MaplibreMap } from 'maplibre-gl';
import type { App } from '../app';
import { describeValue, metricTitle, valueSources } from '../data/describe';
import type { RegionInfo } from '../data/regions';
import { t, type Lang } from '../i18n';
import { te } from './strings';
import { applyChoropleth } from '../map/apply';
import { classedValues, shownValues } from '../scale/shown-values';
import { POPUP_REGION } from '../map/popup-content';
import { COLOURS } from '../map/style';
import { viewBounds } from '../map/views';
import { legendItems } from '../scale/legend-items';
import type { PopupId } from '../state/url-state';
import { attributionText, sourceLineText } from '../ui/shell';
import { adaptCamera, framePadding } from './frame';
import { queryGpuLimits } from './gpu-limits';
import {
  blockHeight,
  cardArea,
  layoutCard,
  layoutPage,
  RULE,
  type CardLayout,
  type PageLayout,
  type PageText,
  type Rect,
  type TextBlock,
} from './layout';
import { checkSize, largestSize, type GpuLimits } from './limits';
import { snapshotFileName, snapshotMetadata, type Camera, type SnapshotFormat } from './metadata';
import { popupCard, type OpenPopup } from './popup-card';
import { withMetadata, type PngText } from './png-text';
import { pixelsPerMetre, type SnapshotSize } from './presets';
import { metresPerCssPixel, scaleBar, scaleLabel } from './scale-bar';
import { cssFont, type FontSpec, type Measure } from './text-wrap';

// SwiftShader draws an A3 page at 300 dpi in well under a minute; past this something is stuck.
const IDLE_TIMEOUT_MS = 120_000;
const VIEW_PADDING_CSS_PX = 24;
const JPEG_QUALITY = 0.92;
// The live map's zoom range, widened: a larger page of the same view needs a zoom the screen never does.
const MIN_ZOOM = 0;
const MAX_ZOOM = 12;

export type SnapshotStage = 'checking' | 'rendering' | 'composing' | 'encoding';

export interface SnapshotRequest {
  size: SnapshotSize;
  format: SnapshotFormat;
  /** Draw the popup open on the live map as a card. */
  includePopup: boolean;
  /** "live": the camera the reader is looking at; "view": the state's view fitted to the page (the CLI's deep links). */
  frame: 'live' | 'view';
}

export interface Snapshot {
  blob: Blob;
  fileName: string;
  widthPx: number;
  heightPx: number;
  metadata: PngText[];
  durationMs: number;
  /** How long each stage took, for the progress line and the command line's report. */
  stagesMs: Record<SnapshotStage, number>;
}

/** An export that cannot be made, said in the reader's language, with the largest size that works when size is the problem. */
export class SnapshotError extends Error {
  constructor(
    message: string,
    readonly largest?: { widthPx: number; heightPx: number },
  ) {
    super(message);
    this.name = 'SnapshotError';
  }
}

export type ProgressListener = (stage: SnapshotStage, message: string) => void;

/**
 * Renders the map off-screen at the requested size and pixel ratio, waits until it is idle, then
 * composes it with title, legend, scale bar, attribution, source line and (if asked) the open popup.
 */
export async function takeSnapshot(
  app: App,
  request: SnapshotRequest,
  listener: ProgressListener = () => {},
): Promise<Snapshot> {
  const started = performance.now();
  const stagesMs: Record<SnapshotStage, number> = { checking: 0, rendering: 0, composing: 0, encoding: 0 };
  let stage: SnapshotStage | null = null;
  let stageStarted = started;
  const onProgress = (next: SnapshotStage, message: string) => {
    const now = performance.now();
    if (stage) stagesMs[stage] = now - stageStarted;
    [stage, stageStarted] = [next, now];
    listener(next, message);
  };
  const state = app.store.state;
  const lang = state.lang;
  const { size, format } = request;
  const dims = { width: size.widthPx, height: size.heightPx };

  onProgress('checking', te(lang, 'export.progress.checking'));
  const limits = queryGpuLimits(size);
  const check = checkSize(size, limits);
  if (!check.ok) {
    const reasons = [
      ...(dims.width > check.maxSidePx || dims.height > check.maxSidePx
        ? [te(lang, 'export.reason.side', { max: check.maxSidePx })]
        : []),
      ...(dims.width * dims.height > check.maxAreaPx
        ? [te(lang, 'export.reason.area', { megapixels: (check.maxAreaPx / 1e6).toFixed(1) })]
        : []),
    ].join(te(lang, 'export.reason.and'));
    const largest = te(lang, 'export.error.largest', { width: check.largest.widthPx, height: check.largest.heightPx });
    throw new SnapshotError(`${te(lang, 'export.error.tooLarge', { ...dims, reasons })} ${largest}`, check.largest);
  }

  const live = app.view.map;
  // An export asked for before the map's first load waits for it: the style is copied from the live map.
  if (!live.isStyleLoaded()) await live.once('load');
  await Promise.all(
    [400, 700].map((weight) => document.fonts.load(cssFont({ sizePx: 16, weight: weight as 400 | 700 }), 'Aa浙江')),
  );
  const measure = canvasMeasure();
  const choropleth = app.view.currentChoropleth;
  const layout = layoutPage(size, pageText(app, lang), measure);

  onProgress(
    'rendering',
    te(lang, 'export.progress.rendering', { width: layout.map.width, height: layout.map.height }),
  );
  const rendered = await renderMap(app, layout, request, limits);
  const camera = rendered.camera;
  let page: HTMLCanvasElement;
  try {
    onProgress('composing', te(lang, 'export.progress.composing'));
    const popup = request.includePopup ? openPopup(app) : null;
    page = compose(
      layout,
      rendered,
      popup ? { blocks: popupCard(popup, lang), at: popup.region.label } : null,
      lang,
      measure,
    );
  } finally {
    rendered.map.remove();
    rendered.container.remove();
  }

  onProgress('encoding', te(lang, 'export.progress.encoding', { format: format.toUpperCase() }));
  const metadata = snapshotMetadata({ lang, view: state.view, choropleth, camera, createdAt: new Date() });
  const encoded = await canvasBlob(page, format === 'jpeg' ? 'image/jpeg' : 'image/png');
  // Release the page's pixels now rather than at the next garbage collection.
  page.width = 0;
  page.height = 0;
  const blob =
    format === 'png'
      ? new Blob(
          [
            withMetadata(new Uint8Array(await encoded.arrayBuffer()), metadata, {
              pixelsPerMetre: pixelsPerMetre(size.pixelRatio),
            }) as Uint8Array<ArrayBuffer>,
          ],
          { type: 'image/png' },
        )
      : encoded;
  const finished = performance.now();
  stagesMs.encoding = finished - stageStarted;
  return {
    blob,
    fileName: snapshotFileName(state.view, choropleth.metric.id, size, format),
    widthPx: size.widthPx,
    heightPx: size.heightPx,
    metadata,
    durationMs: finished - started,
    stagesMs,
  };
}

function pageText(app: App, lang: Lang): PageText {
  const choropleth = app.view.currentChoropleth;
  const reference = choropleth.reference ? describeValue(choropleth.reference, lang).value : null;
  return {
    title: t(lang, 'app.title'),
    subtitle: `${t(lang, `view.${app.store.state.view}`)} · ${t(lang, 'app.subtitle')}`,
    source: sourceLineText(lang),
    attribution: attributionText(lang),
    legend: {
      title: metricTitle(choropleth.metric, lang),
      items: legendItems(choropleth.scale, lang, classedValues(choropleth)),
      notes: [
        ...(reference ? [t(lang, 'legend.reference', { value: reference })] : []),
        ...(choropleth.metric.regionalAverage ? [t(lang, 'legend.regionalNote')] : []),
        // As on the page: the publishers and dates behind the shaded numbers travel with the picture.
        t(lang, 'legend.sources', { sources: valueSources(shownValues(choropleth), lang) }),
      ],
    },
  };
}

function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('this browser has no 2D canvas to compose the snapshot on');
  return (text: string, font: FontSpec) => {
    context.font = cssFont(font);
    return context.measureText(text).width;
  };
}

/** The popup open on the live map, as data. */
function openPopup(app: App): OpenPopup | null {
  const code = app.view.popupRegion;
  if (!code) return null;
  const region = [...app.boundaries.provinces.features, ...app.boundaries.cities.features].find(
    (f) => f.properties.code === code,
  )?.properties;
  if (!region) return null;
  const story = (Object.keys(POPUP_REGION) as PopupId[]).find((id) => POPUP_REGION[id] === code);
  if (story) return { kind: 'story', id: story, region };
  const { value, within } = app.view.valueFor(region);
  return {
    kind: 'region',
    region,
    metricLabel: metricTitle(app.view.currentChoropleth.metric, app.store.state.lang),
    value,
    ...(within ? { within } : {}),
  };
}

interface RenderedMap {
  map: MaplibreMap;
  container: HTMLElement;
  canvas: HTMLCanvasElement;
  /** Device pixels per CSS pixel of the off-screen map. */
  pixelRatio: number;
  camera: Camera;
}

async function renderMap(
  app: App,
  layout: PageLayout,
  request: SnapshotRequest,
  limits: GpuLimits,
): Promise<RenderedMap> {
  const state = app.store.state;
  const lang = state.lang;
  const choropleth = app.view.currentChoropleth;
  const u = layout.unitPx;
  const width = Math.max(1, Math.round(layout.map.width / u));
  const height = Math.max(1, Math.round(layout.map.height / u));
  // Chosen so the canvas is exactly as wide as the map's place on the page.
  const pixelRatio = layout.map.width / width;

  const container = document.createElement('div');
  container.className = 'snapshot-map';
  container.setAttribute('aria-hidden', 'true');
  // Off-screen but laid out (display:none would give MapLibre a 0 × 0 map).
  Object.assign(container.style, {
    position: 'fixed',
    top: '0',
    left: `${-(width + 100)}px`,
    width: `${width}px`,
    height: `${height}px`,
    pointerEvents: 'none',
  });
  document.body.append(container);

  const live = app.view.map;
  const liveContainer = live.getContainer();
  const camera =
    request.frame === 'live'
      ? adaptCamera(
          {
            center: live.getCenter(),
            zoom: live.getZoom(),
            bearing: live.getBearing(),
            pitch: live.getPitch(),
            width: liveContainer.clientWidth,
            height: liveContainer.clientHeight,
          },
          width,
          height,
        )
      : null;
  const bounds = viewBounds(state.view, app.boundaries.provinces, app.boundaries.cities);
  const inset = 12;
  const legendBox = {
    width: layout.legend.box.width / pixelRatio + inset,
    height: layout.legend.box.height / pixelRatio + inset,
  };

  let map: MaplibreMap;
  try {
    map = new MaplibreMap({
      container,
      // The live map's style as it is now (language, loaded boundaries, every layer): the snapshot cannot drift from the screen.
      style: live.getStyle(),
      ...(camera
        ? { center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch }
        : {
            bounds,
            fitBoundsOptions: { padding: framePadding(bounds, width, height, VIEW_PADDING_CSS_PX, legendBox) },
          }),
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      pixelRatio,
      maxCanvasSize: [limits.maxTextureSize, limits.maxTextureSize],
      // Smooth edges cost four samples a pixel; above a pixel ratio of 2 they are too small to see.
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: pixelRatio < 2 },
    });
  } catch (error) {
    container.remove();
    throw new SnapshotError(
      te(lang, 'export.error.failed', { problem: error instanceof Error ? error.message : String(error) }),
    );
  }

  try {
    await whenIdle(map, () => applyChoropleth(map, choropleth), lang);
    const canvas = map.getCanvas();
    // 'idle' means the commands are sent; reading a pixel waits until the GPU has drawn them.
    const gl = canvas.getContext('webgl2');
    gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    if (canvas.width !== layout.map.width) {
      const largest = largestSize(
        Math.floor((layout.widthPx * canvas.width) / layout.map.width),
        Math.floor((layout.heightPx * canvas.width) / layout.map.width),
        limits,
      );
      throw new SnapshotError(
        `${te(lang, 'export.error.clamped', { actual: canvas.width, expected: layout.map.width })} ${te(lang, 'export.error.largest', { width: largest.widthPx, height: largest.heightPx })}`,
        largest,
      );
    }
    const center = map.getCenter();
    return {
      map,
      container,
      canvas,
      pixelRatio,
      camera: { center: { lng: center.lng, lat: center.lat }, zoom: map.getZoom(), bearing: map.getBearing() },
    };
  } catch (error) {
    map.remove();
    container.remove();
    throw error;
  }
}

/** Resolves once the map has loaded, `onLoad` has run and everything is drawn. */
function whenIdle(map: MaplibreMap, onLoad: () => void, lang: Lang): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new SnapshotError(te(lang, 'export.error.timeout', { seconds: IDLE_TIMEOUT_MS / 1000 }))),
      IDLE_TIMEOUT_MS,
    );
    map.on('error', (event: { error?: Error } & object) => {
      clearTimeout(timer);
      reject(
        new SnapshotError(te(lang, 'export.error.failed', { problem: event.error?.message ?? 'unknown map error' })),
      );
    });
    map.once('load', () => {
      onLoad();
      map.once('idle', () => {
        clearTimeout(timer);
        resolve();
      });
      map.triggerRepaint();
    });
  });
}

function compose(
  layout: PageLayout,
  rendered: RenderedMap,
  popup: { blocks: ReturnType<typeof popupCard>; at: RegionInfo['label'] } | null,
  lang: Lang,
  measure: Measure,
): HTMLCanvasElement {
  const page = document.createElement('canvas');
  page.width = layout.widthPx;
  page.height = layout.heightPx;
  const ctx = page.getContext('2d');
  if (!ctx) throw new Error('this browser has no 2D canvas to compose the snapshot on');
  const u = layout.unitPx;
  ctx.fillStyle = '#ffffff';
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

  ctx.strokeStyle = RULE;
  ctx.lineWidth = Math.max(1, u);
  ctx.strokeRect(
    map.x + ctx.lineWidth / 2,
    map.y + ctx.lineWidth / 2,
    map.width - ctx.lineWidth,
    map.height - ctx.lineWidth,
  );
  drawText(ctx, layout.source);
  return page;
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
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.2)';
  ctx.lineWidth = u;
  ctx.stroke();
  drawText(ctx, legend.title);
  for (const row of legend.rows) {
    const s = row.swatch;
    ctx.fillStyle = row.colour;
    ctx.fillRect(s.x, s.y, s.width, s.height);
    if (row.noData) drawHatch(ctx, s, u);
    ctx.strokeStyle = 'rgba(0, 0, 0, 0.25)';
    ctx.lineWidth = u;
    ctx.strokeRect(s.x + u / 2, s.y + u / 2, s.width - u, s.height - u);
    drawText(ctx, row.label);
  }
  for (const note of legend.notes) drawText(ctx, note);
}

/** The no-data swatch's diagonal hatching, as in the on-screen legend. */
function drawHatch(ctx: CanvasRenderingContext2D, r: Rect, u: number): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(r.x, r.y, r.width, r.height);
  ctx.clip();
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.18)';
  ctx.lineWidth = u;
  const step = 4 * u;
  for (let d = -r.height; d < r.width; d += step) {
    ctx.beginPath();
    ctx.moveTo(r.x + d, r.y + r.height);
    ctx.lineTo(r.x + d + r.height, r.y);
    ctx.stroke();
  }
  ctx.restore();
}

function drawScaleBar(
  ctx: CanvasRenderingContext2D,
  layout: PageLayout,
  rendered: RenderedMap,
  lang: Lang,
  measure: Measure,
): void {
  const u = layout.unitPx;
  const spec = layout.scaleBar;
  const metresPerPx = metresPerCssPixel(rendered.camera.center.lat, rendered.camera.zoom) / rendered.pixelRatio;
  const bar = scaleBar(metresPerPx, spec.maxLengthPx);
  const label = scaleLabel(bar.metres, lang);
  const width = Math.max(bar.lengthPx, measure(label, spec.font) + 10 * u);
  const box: Rect = { x: spec.right - width, y: spec.bottom - spec.heightPx, width, height: spec.heightPx };
  ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
  ctx.fillRect(box.x, box.y, box.width, box.height);
  // MapLibre's scale: a bracket open at the top, as long as the distance it names.
  const line = 2 * u;
  const left = spec.right - bar.lengthPx;
  ctx.strokeStyle = '#333333';
  ctx.lineWidth = line;
  ctx.beginPath();
  ctx.moveTo(left + line / 2, box.y);
  ctx.lineTo(left + line / 2, box.y + box.height - line / 2);
  ctx.lineTo(spec.right - line / 2, box.y + box.height - line / 2);
  ctx.lineTo(spec.right - line / 2, box.y);
  ctx.stroke();
  drawText(ctx, {
    lines: [label],
    x: box.x + 5 * u,
    y: box.y,
    font: spec.font,
    lineHeightPx: box.height,
    colour: '#333333',
    align: 'left',
  });
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
  ctx.fillStyle = '#ffffff';
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

function canvasBlob(canvas: HTMLCanvasElement, type: string): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob
          ? resolve(blob)
          : reject(new Error(`the browser could not encode a ${canvas.width} × ${canvas.height} ${type}`)),
      type,
      JPEG_QUALITY,
    ),
  );
}

/** What the command line gets back through the page: the file as base64 and what was written into it. */
export type SnapshotForCli = Omit<Snapshot, 'blob'> & { base64: string };

export async function snapshotForCli(app: App, request: SnapshotRequest): Promise<SnapshotForCli> {
  const snapshot = await takeSnapshot(app, request);
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the snapshot'));
    reader.readAsDataURL(snapshot.blob);
  });
  const { blob: _blob, ...rest } = snapshot;
  return { ...rest, base64: dataUrl.slice(dataUrl.indexOf(',') + 1) };
}
