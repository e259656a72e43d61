import { t } from '../i18n';
import { blobBase64, canvasBlob } from './encode';
import { canvasLimits } from './gpu-limits';
import type { ExportHost } from './host';
import { withMetadata } from './png-text';
import { pixelsPerMetre } from './presets';
import { assertDrawableSize } from './size-check';
import type { ProgressListener, Snapshot, SnapshotForCli, SnapshotRequest } from './snapshot';
import { stageClock } from './stages';
import './strings';
import { vectorDocument } from './vector-snapshot';

/**
 * A PNG or JPEG drawn from the vector page: the scene's SVG rasterised by the browser's 2D canvas at the asked
 * pixel size. No WebGL map is drawn, so on a machine without a GPU a 4K file takes seconds, not the minute
 * SwiftShader needs to draw MapLibre's framebuffer at that size. The command line uses it (docs/export.md), and so
 * does the Export button on the vector map (?renderer=vector), whose page has no MapLibre to draw with.
 */
export async function takeRasterSnapshot(
  host: ExportHost,
  request: SnapshotRequest,
  listener: ProgressListener = () => {},
): Promise<Snapshot> {
  const stages = stageClock(listener);
  const lang = host.state.lang;
  const { size, format } = request;
  await stages.enter('checking', t(lang, 'export.progress.checking'));
  assertDrawableSize(size, lang, canvasLimits);
  await stages.enter('composing', t(lang, 'export.progress.composing'));
  const doc = await vectorDocument(host, request);
  await stages.enter('rendering', t(lang, 'export.progress.rendering', { width: size.widthPx, height: size.heightPx }));
  const canvas = await rasterise(doc.svg, size.widthPx, size.heightPx);
  let encoded: Blob;
  try {
    await stages.enter('encoding', t(lang, 'export.progress.encoding', { format: format.toUpperCase() }));
    encoded = await canvasBlob(canvas, format === 'jpeg' ? 'image/jpeg' : 'image/png');
  } finally {
    // Release the page's pixels now (after Cancel too) rather than at the next garbage collection.
    canvas.width = 0;
    canvas.height = 0;
  }
  const blob =
    format === 'png'
      ? new Blob(
          [
            withMetadata(new Uint8Array(await encoded.arrayBuffer()), doc.metadata, {
              pixelsPerMetre: pixelsPerMetre(size.pixelRatio),
            }) as Uint8Array<ArrayBuffer>,
          ],
          { type: 'image/png' },
        )
      : encoded;
  const scale = size.pixelRatio;
  return {
    blob,
    fileName: doc.fileName,
    widthPx: size.widthPx,
    heightPx: size.heightPx,
    metadata: doc.metadata,
    ...stages.finish(),
    // In the file's pixels, as MapLibre's painter reports them.
    labels: {
      names: doc.labels.names.map(({ code, at }) => ({ code, at: [at[0] * scale, at[1] * scale] })),
      marks: doc.labels.marks,
    },
  };
}

/**
 * The SVG drawn as an image onto a canvas of the file's pixel size (its text in the page's own fonts). The canvas is
 * kept on the CPU (`willReadFrequently`): its pixels are read once, to encode, and on SwiftShader a GPU canvas took
 * 3.8 s to rasterise and read back at 4K where the CPU's takes about 0.5 s (docs/export.md). Thin lines' edges are
 * antialiased by the CPU's rasteriser then; text and fills are the same pixels.
 */
async function rasterise(svg: string, width: number, height: number): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error(`the browser gave no 2D canvas of ${width} × ${height} px`);
    context.drawImage(image, 0, 0, width, height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** For `npm run snapshot --format png|jpeg`: the file as base64, as the vector formats give theirs. */
export async function rasterSnapshotForCli(host: ExportHost, request: SnapshotRequest): Promise<SnapshotForCli> {
  const { blob, ...rest } = await takeRasterSnapshot(host, request);
  return { ...rest, base64: await blobBase64(blob) };
}
