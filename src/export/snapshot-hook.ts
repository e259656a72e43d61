import { blobBase64 } from './encode';
import type { ExportHost } from './host';
import type { SnapshotForCli, SnapshotRequest } from './snapshot';

/**
 * `window.__snapshot` (src/test-surface.ts): the command line's files are all drawn from the vector page, SVG and
 * PDF as they are, PNG and JPEG rasterised by the 2D canvas (raster-snapshot.ts), seconds at 4K where MapLibre on
 * software WebGL takes over a minute. 'maplibre' asks for the Export button's painter, which tests check too; on
 * the vector map (?renderer=vector) that painter is the vector page's.
 */
export async function snapshotForHook(
  host: ExportHost,
  request: SnapshotRequest,
  rasterPainter: 'vector' | 'maplibre',
): Promise<SnapshotForCli> {
  if (request.format === 'svg' || request.format === 'pdf')
    return (await import('./vector-snapshot')).vectorSnapshotForCli(host, request);
  const painter = host.painter;
  if (rasterPainter === 'vector' || painter.kind === 'vector')
    return (await import('./raster-snapshot')).rasterSnapshotForCli(host, request);
  const { blob, ...rest } = await (await import('./snapshot')).takeSnapshot(host, painter.map, request);
  return { ...rest, base64: await blobBase64(blob) };
}
