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

/** The Export button on a map, and `window.__snapshot` for the command line and tests, on the same host. */
export function exportControlOn(host: ExportHost): ExportControl {
  exposeSnapshotHook(host);
  return new ExportControl(host);
}

function exposeSnapshotHook(host: ExportHost): void {
  // Its code loads on the first call, as the panel's does on the first click.
  window.__snapshot = async (request, rasterPainter = 'vector') =>
    (await import('./snapshot-hook')).snapshotForHook(host, request, rasterPainter);
}
