import type { IControl } from 'maplibre-gl';
import type { App } from '../app';
import type { SnapshotForCli, SnapshotRequest } from '../export/snapshot';
import { t } from '../i18n';
import { el } from './dom';
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

  constructor(private readonly app: App) {}

  onAdd(): HTMLElement {
    const label = () => {
      const lang = this.app.store.state.lang;
      this.button.textContent = t(lang, 'export.open');
      this.button.setAttribute('aria-label', t(lang, 'export.openLabel'));
    };
    label();
    this.unsubscribe = this.app.store.subscribe(label);
    this.button.addEventListener('click', () => {
      import('../export/export-panel')
        .then((panel) => panel.toggleExportPanel(this.app, this.container, this.button))
        .catch((error: unknown) => console.error(error));
    });
    return this.container;
  }

  onRemove(): void {
    this.unsubscribe?.();
    this.container.remove();
  }
}

declare global {
  interface Window {
    /** For `npm run snapshot`: the page's own export code, driven by the deep-link state. */
    __snapshot?: (request: SnapshotRequest) => Promise<SnapshotForCli>;
  }
}

export function exposeSnapshotHook(app: App): void {
  window.__snapshot = async (request) =>
    request.format === 'svg' || request.format === 'pdf'
      ? (await import('../export/vector-snapshot')).vectorSnapshotForCli(app, request)
      : (await import('../export/snapshot')).snapshotForCli(app, request);
}
