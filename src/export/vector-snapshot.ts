import { blobBase64 } from './encode';
import { t, type Lang } from '../i18n';
import { viewBounds, viewCity } from '../map/views';
import type { PngText } from './png-text';
import { popupCard } from './popup-card';
import { cssSize, presetPaper } from './presets';
import { snapshotFileName, snapshotMetadata, SOFTWARE } from './metadata';
import type { ExportHost } from './host';
import { openPopup, pageText } from './page-text';
import { PDF_FONT_FILES } from './pdf-font-files';
import { describePdfPage, pdfPageShape } from './pdf-page';
import { canvasMeasure } from './painter';
import { pageLabels } from './page-labels';
import type { DrawnLabelCodes, ProgressListener, Snapshot, SnapshotForCli, SnapshotRequest } from './snapshot';
import { SnapshotError } from './snapshot-error';
import { stageClock } from './stages';
import './strings';
import { cssFont } from './text-wrap';
import { vectorPage, type VectorPageInput } from './vector-page';

/** The SVG document of a snapshot and what went into it; the PDF is drawn from the same document. */
export interface VectorDocument {
  svg: string;
  metadata: PngText[];
  paper: ReturnType<typeof presetPaper>;
  fileName: string;
  widthPx: number;
  heightPx: number;
  /** The names and story marks on its map, at CSS pixels of the page (see page-labels.ts). */
  labels: DrawnLabelCodes;
}

/**
 * The current state as a vector page: the same text, legend, popup and framing as the PNG, measured with the
 * page's fonts. `halo: 'copy'` for PDF (see render-svg.ts).
 */
export async function vectorDocument(
  host: ExportHost,
  request: SnapshotRequest,
  halo: VectorPageInput['halo'] = 'paint-order',
): Promise<VectorDocument> {
  const state = host.state;
  const lang = state.lang;
  await Promise.all(
    [400, 700].map((weight) => document.fonts.load(cssFont({ sizePx: 16, weight: weight as 400 | 700 }), 'Aa浙江')),
  );
  const css = cssSize(request.size);
  // One SVG unit is one CSS pixel; paper keeps its physical size in the width and height attributes.
  const size = { widthPx: css.width, heightPx: css.height, pixelRatio: 1 };
  const paper = presetPaper(request.size);
  const choropleth = host.choropleth;
  const popup = request.includePopup ? openPopup(host) : null;
  let metadata: PngText[] = [];
  const text = pageText(host, lang);
  const page = vectorPage({
    size,
    ...(paper ? { paperMm: { width: paper.widthMm, height: paper.heightMm } } : {}),
    text,
    measure: canvasMeasure(),
    lang,
    map: {
      provinces: host.boundaries.provinces,
      cities: host.boundaries.cities,
      choropleth,
      lang,
      selected: viewCity(state.view),
    },
    frame:
      request.frame === 'live'
        ? // The vector page neither rotates nor tilts: MapLibre's bearing and pitch are dropped, as before.
          { live: { ...host.camera(), bearing: 0, pitch: 0 } }
        : { bounds: viewBounds(state.view, host.boundaries.provinces, host.boundaries.cities) },
    popup: popup
      ? { blocks: popupCard(popup, lang, { figuresBeside: text.figures !== undefined }), at: popup.region.label }
      : null,
    metadata: (camera) => {
      metadata = snapshotMetadata({
        lang,
        view: state.view,
        choropleth,
        camera: { center: { lng: camera.center[0], lat: camera.center[1] }, zoom: camera.zoom, bearing: 0 },
        createdAt: new Date(),
      });
      return metadata;
    },
    halo,
  });
  return {
    svg: page.svg,
    metadata,
    paper,
    fileName: snapshotFileName(state.view, choropleth.metric.id, request.size, request.format),
    widthPx: Math.round(css.width),
    heightPx: Math.round(css.height),
    labels: pageLabels(page, (code) => regionOf(host, code)),
  };
}

function regionOf(host: ExportHost, code: string) {
  const { provinces, cities } = host.boundaries;
  return [...cities.features, ...provinces.features].find((f) => f.properties.code === code)?.properties;
}

/** PDF metadata from the PNG's entries: the view and metric as Subject, the sources as Keywords. */
export function pdfInfo(metadata: readonly PngText[]) {
  const entry = (keyword: string) => metadata.find((m) => m.keyword === keyword)?.text ?? '';
  return {
    Title: entry('Title'),
    Subject: `${entry('View')}; ${entry('Metric')}`,
    Keywords: entry('Source'),
    CreationDate: new Date(entry('Creation Time') || Date.now()),
  };
}

export const PDF_PRODUCER = SOFTWARE;
// Enough to recognise the script in the warning, short enough to read at a glance.
const MISSING_SHOWN = 12;

export async function takeVectorSnapshot(
  host: ExportHost,
  request: SnapshotRequest,
  listener: ProgressListener,
): Promise<Snapshot> {
  const stages = stageClock(listener);
  const lang = host.state.lang;
  await stages.enter('composing', t(lang, 'export.progress.composing'));
  const doc = await vectorDocument(host, request, request.format === 'pdf' ? 'copy' : 'paint-order');
  await stages.enter('encoding', t(lang, 'export.progress.encoding', { format: request.format.toUpperCase() }));
  let blob: Blob;
  const warnings: string[] = [];
  const notes: string[] = [];
  if (request.format === 'pdf') {
    const [{ svgToPdf }, regular, bold] = await Promise.all([
      import('./pdf'),
      fetchFont(PDF_FONT_FILES.regular.url, lang),
      fetchFont(PDF_FONT_FILES.bold.url, lang),
    ]);
    const shape = pdfPageShape(request.size);
    notes.push(describePdfPage(shape, lang));
    const pdf = await svgToPdf(
      doc.svg,
      shape,
      pdfInfo(doc.metadata),
      // Single OpenType fonts (the build's subsets), so no face name is needed as it was for the .ttc collections.
      { regular: { data: regular }, bold: { data: bold } },
      PDF_PRODUCER,
    );
    blob = new Blob([pdf.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
    if (pdf.missing.length)
      warnings.push(
        t(lang, 'export.warning.pdfGlyphs', {
          characters: `${pdf.missing.slice(0, MISSING_SHOWN).join(' ')}${pdf.missing.length > MISSING_SHOWN ? ' …' : ''}`,
        }),
      );
  } else {
    blob = new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${doc.svg}\n`], { type: 'image/svg+xml' });
  }
  return {
    blob,
    fileName: doc.fileName,
    widthPx: doc.widthPx,
    heightPx: doc.heightPx,
    metadata: doc.metadata,
    ...stages.finish(),
    warnings,
    notes,
    labels: doc.labels,
  };
}

// Fetched once per page: 1.8 MB a weight, the same for every later PDF.
const fontCache = new Map<string, Promise<Uint8Array>>();

function fetchFont(url: string, lang: Lang): Promise<Uint8Array> {
  const cached = fontCache.get(url) ?? fetchFontOnce(url, lang);
  fontCache.set(url, cached);
  cached.catch(() => fontCache.delete(url));
  return cached;
}

/** A font the PDF embeds; its absence is said with the file's name and what to do (docs/export.md, "Fonts for PDF"). */
async function fetchFontOnce(url: string, lang: Lang): Promise<Uint8Array> {
  const response = await fetch(`${import.meta.env.BASE_URL}${url}`);
  if (!response.ok) throw new SnapshotError(t(lang, 'export.error.pdfFont', { file: url, status: response.status }));
  return new Uint8Array(await response.arrayBuffer());
}

export function isVectorFormat(format: string): format is 'svg' | 'pdf' {
  return format === 'svg' || format === 'pdf';
}

/** For `npm run snapshot --format svg|pdf`: the file as base64, as rasterSnapshotForCli gives a PNG. */
export async function vectorSnapshotForCli(host: ExportHost, request: SnapshotRequest): Promise<SnapshotForCli> {
  const { blob, ...rest } = await takeVectorSnapshot(host, request, () => {});
  return { ...rest, base64: await blobBase64(blob) };
}
