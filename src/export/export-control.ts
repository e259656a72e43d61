import type { IControl } from 'maplibre-gl';
import { t } from '../i18n';
import { el } from '../shared/dom';
import type { ExportHost } from './host';
import './export-control.css';

/**
 * The map's export button. The panel, its strings and the snapshot code are fetched on first use
 * (dynamic import), so the first view of the map does not pay for them.
 */
export class ExportControl implements IControl {
  private readonly button = el('button', {
    type: 'button',
    class: 'export-open',
    'data-control': 'export',
    'aria-expanded': 'false',
    'aria-controls': 'export-panel',
  });
  private readonly container = el(
    'div',
    { class: 'maplibregl-ctrl export-control' },
    el('div', { class: 'maplibregl-ctrl-group' }, this.button),
  );
  private unsubscribe?: () => void;

  constructor(private readonly host: ExportHost) {}

  onAdd(): HTMLElement {
    const label = () => {
      const lang = this.host.state.lang;
      this.button.textContent = t(lang, 'export.open');
      this.button.setAttribute('aria-label', t(lang, 'export.openLabel'));
    };
    label();
    this.unsubscribe = this.host.subscribe(label);
    this.button.addEventListener('click', () => {
      import('./export-panel')
        .then((panel) => panel.toggleExportPanel(this.host, this.container, this.button))
        .catch((error: unknown) => console.error(error));
    });
    return this.container;
  }

  onRemove(): void {
    this.unsubscribe?.();
    this.container.remove();
  }
}

export function exposeSnapshotHook(host: ExportHost): void {
  // The command line's files are all drawn from the vector page: SVG and PDF as they are, PNG and JPEG rasterised
  // by the 2D canvas (raster-snapshot.ts), seconds at 4K where MapLibre on software WebGL takes over a minute.
  window.__snapshot = async (request, rasterPainter = 'vector') => {
    if (request.format === 'svg' || request.format === 'pdf')
      return (await import('./vector-snapshot')).vectorSnapshotForCli(host, request);
    if (rasterPainter === 'vector') return (await import('./raster-snapshot')).rasterSnapshotForCli(host, request);
    const [{ takeSnapshot }, { blobBase64 }] = await Promise.all([import('./snapshot'), import('./encode')]);
    const { blob, ...rest } = await takeSnapshot(host, request);
    return { ...rest, base64: await blobBase64(blob) };
  };
}
