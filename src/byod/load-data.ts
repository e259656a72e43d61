import type { IControl, Map as MaplibreMap } from 'maplibre-gl';
import { t, type Lang } from '../i18n';
import { el } from '../shared/dom';
import type { ProgressTimers } from '../shared/progress-bar';
import { countPageFlag, setElementFlag, setPageFlag } from '../test-surface';
import type { ByodHost, ByodState, LoadSource, ReportHost } from './host';
import type { LoadProgress, LoadStage } from './load-progress';
import type { BoundaryStage } from './progress';

export const ACCEPTED_FILES =
  '.csv,.tsv,.txt,.json,.geojson,.topojson,.zip,.xlsx,text/csv,application/json,application/geo+json,application/zip';

/**
 * The "Load data" button, the drop target over the map and the report panel. Small on purpose:
 * the parsing, checking and joining code (and turf, in a worker) is fetched on first use only.
 */
export class LoadDataControl implements IControl {
  private readonly container = el('div', { class: 'maplibregl-ctrl load-data' });
  private readonly input = el('input', {
    type: 'file',
    accept: ACCEPTED_FILES,
    multiple: '',
    class: 'visually-hidden',
    'data-control': 'load-data',
  });
  private readonly label = el('span', {});
  private readonly button = el('label', { class: 'load-data-button' }, this.label, this.input);
  private readonly panel = el('section', { class: 'byod-report', hidden: '' });
  private readonly hint = el('div', { class: 'drop-hint', hidden: '' });
  private content: ((lang: Lang) => HTMLElement) | null = null;
  private mapContainer: HTMLElement | null = null;
  private dragDepth = 0;
  private progress: LoadProgress | null = null;
  private progressLoading = false;
  private stage: LoadStage | null = null;
  private readonly host: ReportHost = {
    busy: (file) => this.setBusy(file),
    progress: (file, stage, fraction) => this.setProgress(file, stage, fraction),
    show: (state, content) => this.setContent(state, content),
    update: (content) => {
      this.content = content;
      if (!this.panel.hidden) this.render(this.options.lang());
    },
  };

  constructor(
    private readonly options: {
      lang: () => Lang;
      load: (sources: LoadSource[], report: ReportHost) => void;
      timers?: ProgressTimers;
    },
  ) {
    this.container.append(this.button, this.panel);
    this.input.addEventListener('change', this.onPick);
    this.setLang(options.lang());
  }

  onAdd(map: MaplibreMap): HTMLElement {
    this.mapContainer = map.getContainer();
    this.mapContainer.append(this.hint);
    for (const [type, handler] of this.dragHandlers) this.mapContainer.addEventListener(type, handler);
    return this.container;
  }

  onRemove(): void {
    for (const [type, handler] of this.dragHandlers) this.mapContainer?.removeEventListener(type, handler);
    this.hint.remove();
    this.container.remove();
    this.mapContainer = null;
  }

  /** Loads sources that did not come through the control, such as the link's ?data and ?boundaries. */
  load(sources: LoadSource[]): void {
    this.options.load(sources, this.host);
  }

  setLang(lang: Lang): void {
    this.label.textContent = t(lang, 'byod.load');
    this.button.title = t(lang, 'byod.loadLabel');
    this.input.setAttribute('aria-label', t(lang, 'byod.loadLabel'));
    this.hint.replaceChildren(el('p', {}, t(lang, 'byod.dropHint')));
    this.progress?.show(this.stage, lang);
    if (this.content && !this.panel.hidden) this.render(lang);
  }

  private readonly onPick = () => {
    const files = [...(this.input.files ?? [])];
    // Cleared so that picking the same file again (after fixing it) loads it again.
    this.input.value = '';
    if (files.length)
      this.options.load(
        files.map((file) => ({ kind: 'file', file, via: 'picker' })),
        this.host,
      );
  };

  private readonly dragHandlers: [string, (event: Event) => void][] = [
    ['dragenter', (e) => this.onDrag(e as DragEvent, 1)],
    ['dragover', (e) => this.onDrag(e as DragEvent, 0)],
    ['dragleave', (e) => this.onDrag(e as DragEvent, -1)],
    ['drop', (e) => this.onDrop(e as DragEvent)],
  ];

  private onDrag(event: DragEvent, depth: number): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragDepth = Math.max(0, this.dragDepth + depth);
    this.hint.hidden = this.dragDepth === 0 && depth < 0;
  }

  private onDrop(event: DragEvent): void {
    const files = [...(event.dataTransfer?.files ?? [])];
    if (!files.length) return;
    event.preventDefault();
    this.dragDepth = 0;
    this.hint.hidden = true;
    this.options.load(
      files.map((file) => ({ kind: 'file', file, via: 'drop' })),
      this.host,
    );
  }

  private setProgress(file: string, stage: BoundaryStage, fraction: number | null): void {
    this.stage = { file, stage, fraction };
    this.showProgress();
  }

  /** The bar comes with the loader's chunk; until it is here, the latest stage waits for it. */
  private showProgress(): void {
    if (this.progress) {
      this.progress.show(this.stage, this.options.lang());
      return;
    }
    if (this.progressLoading) return;
    this.progressLoading = true;
    import('./load-progress')
      .then(({ LoadProgress }) => {
        this.progress = new LoadProgress(this.options.timers);
        this.panel.before(this.progress.element);
        this.progress.show(this.stage, this.options.lang());
      })
      .catch((error: unknown) => console.error(error));
  }

  private setBusy(file: string): void {
    this.stage = { file, stage: 'reading', fraction: null };
    this.showProgress();
    setPageFlag('byodState', 'loading');
    // The bar says what is happening (after half a second); the last report, about another file, goes.
    this.content = null;
    this.panel.hidden = true;
  }

  private setContent(state: Exclude<ByodState, 'loading'>, content: (lang: Lang) => HTMLElement): void {
    this.stage = null;
    this.progress?.show(null, this.options.lang());
    this.content = content;
    this.panel.hidden = false;
    setElementFlag(this.panel, 'byodReport', state);
    this.render(this.options.lang());
    countPageFlag('byodLoads');
    setPageFlag('byodState', state);
  }

  private render(lang: Lang): void {
    if (!this.content) return;
    const close = el('button', { type: 'button', class: 'byod-close', 'aria-label': t(lang, 'byod.close') }, '×');
    close.addEventListener('click', () => {
      this.panel.hidden = true;
      this.button.focus();
    });
    this.panel.replaceChildren(close, this.content(lang));
  }
}

/** Loads the user's files or links with the code in src/byod, fetched on first use. */
export function loadUserData(host: () => Omit<ByodHost, 'report'>, sources: LoadSource[], report: ReportHost): void {
  const first = sources[0];
  if (!first) return;
  report.busy(first.kind === 'file' ? first.file.name : first.path);
  import('./controller')
    .then((byod) => byod.loadSources({ ...host(), report }, sources))
    .catch((error: unknown) => {
      console.error(error);
      report.show('refused', (lang) =>
        el('div', { role: 'alert' }, el('p', {}, t(lang, 'byod.issue.unexpected', { detail: String(error) }))),
      );
    })
    // A readiness signal for tests and tools: every file of this batch is shown or refused.
    .finally(() => countPageFlag('byodBatches'));
}
