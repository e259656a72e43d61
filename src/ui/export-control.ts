import type { IControl } from 'maplibre-gl';
import type { App } from '../app';
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

export function exposeSnapshotHook(app: App): void {
  window.__snapshot = async (request) => (await import('../export/snapshot')).snapshotForCli(app, request);
}
