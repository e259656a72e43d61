import type { ExportHost } from './host';
import type { ProgressListener, Snapshot, SnapshotRequest } from './snapshot';
import { MAPLIBRE_STAGES, RASTER_STAGES, type SnapshotStage } from './stages';

/**
 * The Export button's PNG or JPEG, drawn by this page's painter (host.ts, PagePainter). Each painter's code is
 * fetched on its first use: the vector map's page never downloads MapLibre to export.
 */
export async function takePagePicture(
  host: ExportHost,
  request: SnapshotRequest,
  listener: ProgressListener,
): Promise<Snapshot> {
  const painter = host.painter;
  if (painter.kind === 'maplibre')
    return (await import('./snapshot')).takeSnapshot(host, painter.map, request, listener);
  return (await import('./raster-snapshot')).takeRasterSnapshot(host, request, listener);
}

/** The order in which this page's PNG painter goes through its stages, for the progress bar. */
export function pagePictureStages(host: ExportHost): readonly SnapshotStage[] {
  return host.painter.kind === 'maplibre' ? MAPLIBRE_STAGES : RASTER_STAGES;
}
