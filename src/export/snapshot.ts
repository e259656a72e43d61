import type { Map as MaplibreMap } from 'maplibre-gl';
import { t } from '../i18n';
import { canvasBlob } from './encode';
import type { ExportHost } from './host';
import { layoutPage } from './layout';
import { snapshotFileName, snapshotMetadata, type SnapshotFormat } from './metadata';
import { openPopup, pageText, storyPlaceMarks } from './page-text';
import { canvasMeasure, paintPage } from './painter';
import { popupCard } from './popup-card';
import { withMetadata, type PngText } from './png-text';
import { pixelsPerMetre, type SnapshotSize } from './presets';
import { renderedLabels, renderMap, type Framing } from './render-map';
import { assertDrawableSize } from './size-check';
import { type ProgressListener, type SnapshotStage, stageClock } from './stages';
import './strings';
import { cssFont } from './text-wrap';

export type { ProgressListener, SnapshotStage } from './stages';

export interface SnapshotRequest {
  size: SnapshotSize;
  format: SnapshotFormat;
  /** Draw the popup open on the live map as a card. */
  includePopup: boolean;
  frame: Framing;
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
  /** What the reader should know about the file that did not stop it being made, in the page's language. */
  warnings?: string[];
  /** What the file is, where the request alone does not say it: a PDF's page ("A4 landscape", "1440 × 810 pt"). */
  notes?: string[];
  /** The names the painter wrote (region codes, after collisions) and the story markers it drew. */
  labels?: DrawnLabelCodes;
}

export interface DrawnLabelCodes {
  /** Each name's region and its label point on the page, in the file's pixels. */
  names: { code: string; at: [number, number] }[];
  marks: string[];
}

/**
 * MapLibre's painter: renders the live map's style off-screen at the requested size and pixel ratio, waits until it
 * is idle, then composes it with title, legend, scale bar, attribution, source line and (if asked) the open popup.
 */
export async function takeSnapshot(
  host: ExportHost,
  live: MaplibreMap,
  request: SnapshotRequest,
  listener: ProgressListener = () => {},
): Promise<Snapshot> {
  const stages = stageClock(listener);
  const onProgress = stages.enter;
  const state = host.state;
  const lang = state.lang;
  const { size, format } = request;

  await onProgress('checking', t(lang, 'export.progress.checking'));
  const limits = assertDrawableSize(size, lang);

  // An export asked for before the map's first load waits for it: the style is copied from the live map.
  if (!live.isStyleLoaded()) await live.once('load');
  await Promise.all(
    [400, 700].map((weight) => document.fonts.load(cssFont({ sizePx: 16, weight: weight as 400 | 700 }), 'Aa浙江')),
  );
  const measure = canvasMeasure();
  const choropleth = host.choropleth;
  const layout = layoutPage(size, pageText(host, lang), measure);

  await onProgress(
    'rendering',
    t(lang, 'export.progress.rendering', { width: layout.map.width, height: layout.map.height }),
  );
  const rendered = await renderMap(host, live, layout, request.frame, limits);
  const camera = rendered.camera;
  let page: HTMLCanvasElement;
  let labels: DrawnLabelCodes;
  try {
    await onProgress('composing', t(lang, 'export.progress.composing'));
    const popup = request.includePopup ? openPopup(host) : null;
    const painted = paintPage(
      layout,
      rendered,
      popup
        ? { blocks: popupCard(popup, lang, { figuresBeside: layout.figures !== null }), at: popup.region.label }
        : null,
      lang,
      measure,
      storyPlaceMarks(host, lang),
    );
    page = painted.page;
    labels = { names: renderedLabels(rendered, layout), marks: painted.marks };
  } finally {
    rendered.map.remove();
    rendered.container.remove();
  }

  await onProgress('encoding', t(lang, 'export.progress.encoding', { format: format.toUpperCase() }));
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
  const { stagesMs, durationMs } = stages.finish();
  return {
    blob,
    fileName: snapshotFileName(state.view, choropleth.metric.id, size, format),
    widthPx: size.widthPx,
    heightPx: size.heightPx,
    metadata,
    durationMs,
    stagesMs,
    labels,
  };
}

/** What the command line gets back through the page: the file as base64 and what was written into it. */
export type SnapshotForCli = Omit<Snapshot, 'blob'> & { base64: string };
