import { t, type Lang } from '../i18n';
import { queryGpuLimits } from './gpu-limits';
import { checkSize, type GpuLimits } from './limits';
import type { SnapshotSize } from './presets';
import { SnapshotError } from './snapshot-error';
import './strings';

/**
 * Refuses a size this browser cannot draw, naming which limit it passes and the largest size of that shape that
 * works. Both painters need it: MapLibre's framebuffer and a 2D canvas share the GPU's limits on side and area.
 */
export function assertDrawableSize(size: SnapshotSize, lang: Lang, limitsFor = queryGpuLimits): GpuLimits {
  const limits = limitsFor(size);
  const check = checkSize(size, limits);
  if (check.ok) return limits;
  const dims = { width: size.widthPx, height: size.heightPx };
  const reasons = [
    ...(dims.width > check.maxSidePx || dims.height > check.maxSidePx
      ? [t(lang, 'export.reason.side', { max: check.maxSidePx })]
      : []),
    ...(dims.width * dims.height > check.maxAreaPx
      ? [t(lang, 'export.reason.area', { megapixels: (check.maxAreaPx / 1e6).toFixed(1) })]
      : []),
  ].join(t(lang, 'export.reason.and'));
  const largest = t(lang, 'export.error.largest', { width: check.largest.widthPx, height: check.largest.heightPx });
  throw new SnapshotError(`${t(lang, 'export.error.tooLarge', { ...dims, reasons })} ${largest}`, check.largest);
}
