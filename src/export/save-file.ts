import type { Lang } from '../i18n';
import { el } from '../shared/dom';

const REVOKE_URL_AFTER_MS = 60_000;
// MapLibre's margin between controls in a corner (maplibre-gl.css: margin 10px 10px 0 0).
const CONTROL_GAP_PX = 10;
const MIN_PANEL_HEIGHT_PX = 160;

/** Saves a file through the browser's download, as a link the reader could have clicked. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: fileName, hidden: '' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_URL_AFTER_MS);
}

/** "1.4 MB", "12 MB": a file's size as the status line says it. */
export function formatBytes(bytes: number, lang: Lang): string {
  const mb = bytes / 1_000_000;
  return `${new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: mb < 10 ? 1 : 0 }).format(mb)} MB`;
}

/**
 * On a short map the panel scrolls inside it rather than running off the bottom: it leaves room for the
 * controls under it in the same corner (Copy link) and for the scale bar and attribution below.
 */
export function panelMaxHeightPx(panel: HTMLElement, container: HTMLElement): number {
  const bottomRight = container.querySelector('.maplibregl-ctrl-bottom-right')?.clientHeight ?? 0;
  let below = 0;
  for (let next = panel.closest('.maplibregl-ctrl')?.nextElementSibling; next; next = next.nextElementSibling)
    below += next.getBoundingClientRect().height + CONTROL_GAP_PX;
  const room = container.getBoundingClientRect().bottom - panel.getBoundingClientRect().top - bottomRight - below - 8;
  return Math.max(MIN_PANEL_HEIGHT_PX, Math.floor(room));
}
