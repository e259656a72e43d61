import { download, formatBytes, panelMaxHeightPx } from './save-file';
import { t, type Lang } from '../i18n';
import type { ExportStringKey } from '../i18n/export-en';
import { el } from '../shared/dom';
import type { ExportHost } from './host';
import { checkCssSize, MAX_PIXEL_RATIO, MIN_PIXEL_RATIO, MIN_SIDE_CSS_PX, type SizeField } from './limits';
import { SNAPSHOT_FORMATS, type SnapshotFormat } from './metadata';
import { cssSize, PRESET_IDS, presetSize, sizeFromCss, type PresetId, type SnapshotSize } from './presets';
import { ExportCancelled, ExportProgress } from './export-progress';
import { pagePictureStages, takePagePicture } from './page-painter';
import { VECTOR_STAGES } from './stages';
import { SnapshotError } from './snapshot-error';
import './strings';
import { isVectorFormat, takeVectorSnapshot } from './vector-snapshot';
import './export-panel.css';
import { createEmbedSection } from '../share/embed-section';

// Long enough for the browser to start the download before the object URL goes.
const FIELD_LABEL: Record<SizeField, ExportStringKey> = {
  width: 'export.width',
  height: 'export.height',
  pixelRatio: 'export.pixelRatio',
};

const panels = new WeakMap<HTMLElement, ExportPanel>();

/** Opens or closes the panel under the export button (export-control.ts), making it on first use. */
export function toggleExportPanel(host: ExportHost, container: HTMLElement, button: HTMLElement): void {
  let panel = panels.get(container);
  if (!panel) {
    const made = createExportPanel(host, () => {
      made.close();
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    });
    container.append(made.element);
    host.subscribe(() => made.refresh());
    panels.set(container, made);
    panel = made;
  }
  if (panel.element.hidden) {
    panel.open();
    button.setAttribute('aria-expanded', 'true');
  } else {
    panel.close();
    button.setAttribute('aria-expanded', 'false');
  }
}

export interface ExportPanel {
  element: HTMLElement;
  open(): void;
  close(): void;
  /** Redraws texts and the popup choice after a change of language or state. */
  refresh(): void;
}

type Choice = PresetId | 'custom';

/** The export form: size preset or custom size, format, popup, download; with progress and errors. */
export function createExportPanel(host: ExportHost, onClose: () => void): ExportPanel {
  const lang = (): Lang => host.state.lang;
  const screen = () => ({
    width: window.innerWidth,
    height: window.innerHeight,
    devicePixelRatio: window.devicePixelRatio || 1,
  });
  let busy = false;

  const title = el('h2', { id: 'export-title', class: 'export-title' });
  const presetSelect = el('select', { id: 'export-preset', 'data-control': 'export-preset' });
  const presetLabel = el('label', { for: 'export-preset' });
  const width = el('input', {
    id: 'export-width',
    type: 'number',
    min: String(MIN_SIDE_CSS_PX),
    step: '1',
    inputmode: 'numeric',
    'data-control': 'export-width',
  });
  const height = el('input', {
    id: 'export-height',
    type: 'number',
    min: String(MIN_SIDE_CSS_PX),
    step: '1',
    inputmode: 'numeric',
    'data-control': 'export-height',
  });
  const ratio = el('input', {
    id: 'export-ratio',
    type: 'number',
    min: String(MIN_PIXEL_RATIO),
    max: String(MAX_PIXEL_RATIO),
    step: 'any',
    inputmode: 'decimal',
    'data-control': 'export-ratio',
  });
  const [widthLabel, heightLabel, ratioLabel] = [
    el('label', { for: 'export-width' }),
    el('label', { for: 'export-height' }),
    el('label', { for: 'export-ratio' }),
  ];
  const output = el('p', { class: 'export-output', id: 'export-output' });
  const formatSelect = el('select', { id: 'export-format', 'data-control': 'export-format' });
  const formatLabel = el('label', { for: 'export-format' });
  const popup = el('input', { id: 'export-popup', type: 'checkbox', 'data-control': 'export-popup' });
  const popupLabel = el('label', { for: 'export-popup', class: 'export-check' });
  const submit = el('button', { type: 'submit', class: 'export-submit', 'data-control': 'export-submit' });
  const closeButton = el('button', { type: 'button', class: 'export-close', 'data-control': 'export-close' });
  const status = el('p', { class: 'export-status', role: 'status', 'aria-live': 'polite' });
  const errorText = el('p', {});
  const useLargest = el('button', {
    type: 'button',
    class: 'export-use-largest',
    'data-control': 'export-use-largest',
  });
  const alert = el('div', { class: 'export-error', role: 'alert' }, errorText, useLargest);
  let largest: { widthPx: number; heightPx: number } | null = null;
  const progress = new ExportProgress(lang, () => {
    status.textContent = t(lang(), 'export.cancelled');
  });

  for (const format of SNAPSHOT_FORMATS) formatSelect.append(el('option', { value: format }, format.toUpperCase()));
  const form = el(
    'form',
    { class: 'export-form', novalidate: '' },
    el('div', { class: 'export-row' }, presetLabel, presetSelect),
    el(
      'div',
      { class: 'export-custom' },
      el('div', {}, widthLabel, width),
      el('div', {}, heightLabel, height),
      el('div', {}, ratioLabel, ratio),
    ),
    output,
    el('div', { class: 'export-row' }, formatLabel, formatSelect),
    el('div', { class: 'export-row export-check-row' }, popup, popupLabel),
    el('div', { class: 'export-actions' }, submit, closeButton),
    progress.element,
    status,
    alert,
  );
  const element = el(
    'section',
    { id: 'export-panel', class: 'export-panel', 'aria-labelledby': 'export-title' },
    title,
    form,
  );
  const embed = createEmbedSection({ state: () => host.state });
  element.append(embed.element);
  element.hidden = true;
  alert.hidden = true;
  // Starts disabled so that the first popup seen is ticked: an open popup is included unless unticked.
  popup.disabled = true;

  function choice(): Choice {
    return presetSelect.value as Choice;
  }

  function showSize(size: SnapshotSize): void {
    const css = cssSize(size);
    width.value = String(Math.round(css.width));
    height.value = String(Math.round(css.height));
    ratio.value = String(Number(size.pixelRatio.toFixed(4)));
  }

  /** The size asked for, or the problems with what was typed. */
  function requested(): { size: SnapshotSize } | { problems: string[] } {
    const picked = choice();
    if (picked !== 'custom') return { size: presetSize(picked, screen()) };
    const problems = checkCssSize(width.value, height.value, ratio.value);
    if (problems.length > 0)
      return {
        problems: problems.map((p) =>
          t(lang(), p.whole ? 'export.invalid.whole' : 'export.invalid.number', {
            field: t(lang(), FIELD_LABEL[p.field]),
            min: p.min,
            max: p.max,
            value: p.value,
          }),
        ),
      };
    return { size: sizeFromCss(Number(width.value), Number(height.value), Number(ratio.value)) };
  }

  function renderOutput(): void {
    const wanted = requested();
    output.textContent =
      'size' in wanted ? t(lang(), 'export.output', { width: wanted.size.widthPx, height: wanted.size.heightPx }) : '';
  }

  function renderText(): void {
    const l = lang();
    title.textContent = t(l, 'export.title');
    presetLabel.textContent = t(l, 'export.size');
    const picked = presetSelect.value || '1920x1080';
    const current = presetSize('screen', screen());
    presetSelect.replaceChildren(
      ...PRESET_IDS.map((id) =>
        el(
          'option',
          { value: id },
          id === 'screen'
            ? t(l, 'export.preset.screen', { width: current.widthPx, height: current.heightPx })
            : t(l, `export.preset.${id}`),
        ),
      ),
      el('option', { value: 'custom' }, t(l, 'export.preset.custom')),
    );
    presetSelect.value = picked;
    widthLabel.textContent = t(l, 'export.width');
    heightLabel.textContent = t(l, 'export.height');
    ratioLabel.textContent = t(l, 'export.pixelRatio');
    formatLabel.textContent = t(l, 'export.format');
    submit.textContent = t(l, 'export.submit');
    closeButton.textContent = t(l, 'export.close');
    renderPopupChoice();
    renderOutput();
    embed.refresh();
  }

  function renderPopupChoice(): void {
    const open = host.popupRegion !== null;
    if (popup.disabled && open) popup.checked = true;
    popup.disabled = !open;
    if (!open) popup.checked = false;
    popupLabel.textContent = t(lang(), open ? 'export.includePopup' : 'export.noPopup');
  }

  function showError(message: string, largestSize: { widthPx: number; heightPx: number } | null): void {
    largest = largestSize;
    errorText.textContent = message;
    useLargest.hidden = largest === null;
    if (largest)
      useLargest.textContent = t(lang(), 'export.useLargest', { width: largest.widthPx, height: largest.heightPx });
    alert.hidden = false;
  }

  function clearError(): void {
    alert.hidden = true;
    errorText.textContent = '';
  }

  presetSelect.addEventListener('change', () => {
    if (choice() !== 'custom') showSize(presetSize(choice() as PresetId, screen()));
    clearError();
    renderOutput();
  });
  for (const input of [width, height, ratio])
    input.addEventListener('input', () => {
      presetSelect.value = 'custom';
      renderOutput();
    });
  useLargest.addEventListener('click', () => {
    if (!largest) return;
    const r = Number(ratio.value) || 1;
    presetSelect.value = 'custom';
    width.value = String(Math.floor(largest.widthPx / r));
    height.value = String(Math.floor(largest.heightPx / r));
    clearError();
    renderOutput();
    submit.focus();
  });
  closeButton.addEventListener('click', onClose);
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    // The page's own Escape closes map popups; here it closes only the panel.
    event.stopPropagation();
    onClose();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });

  async function run(): Promise<void> {
    if (busy) return;
    const wanted = requested();
    if (!('size' in wanted)) {
      showError(wanted.problems.join(' '), null);
      return;
    }
    busy = true;
    submit.disabled = true;
    clearError();
    element.setAttribute('aria-busy', 'true');
    // SVG and PDF are the vector page; PNG and JPEG are drawn by the page's painter (MapLibre's, or the vector page's).
    const format = formatSelect.value as SnapshotFormat;
    const vector = isVectorFormat(format);
    const listener = progress.start(
      (_stage, message) => {
        status.textContent = message;
      },
      vector ? VECTOR_STAGES : pagePictureStages(host),
    );
    try {
      const take = vector ? takeVectorSnapshot : takePagePicture;
      const snapshot = await take(
        host,
        { size: wanted.size, format, includePopup: popup.checked, frame: 'live' },
        listener,
      );
      if (progress.wasCancelled) return;
      download(snapshot.blob, snapshot.fileName);
      status.textContent = t(lang(), 'export.done', {
        file: snapshot.fileName,
        width: snapshot.widthPx,
        height: snapshot.heightPx,
        size: formatBytes(snapshot.blob.size, lang()),
        seconds: (snapshot.durationMs / 1000).toFixed(1),
      });
      for (const note of snapshot.notes ?? []) status.append(el('span', { class: 'export-note' }, note));
      for (const warning of snapshot.warnings ?? []) status.append(el('span', { class: 'export-warning' }, warning));
      // The panel may scroll on a short map: the result and any warning are what the reader looks for now.
      status.scrollIntoView({ block: 'nearest' });
    } catch (error) {
      if (error instanceof ExportCancelled || progress.wasCancelled) return;
      status.textContent = '';
      if (error instanceof SnapshotError) showError(error.message, error.largest ?? null);
      else
        showError(
          t(lang(), 'export.error.failed', { problem: error instanceof Error ? error.message : String(error) }),
          null,
        );
    } finally {
      busy = false;
      submit.disabled = false;
      progress.stop();
      element.removeAttribute('aria-busy');
    }
  }

  showSize(presetSize('1920x1080'));
  presetSelect.value = '1920x1080';
  renderText();

  return {
    element,
    open() {
      renderText();
      element.hidden = false;
      element.style.maxHeight = `${panelMaxHeightPx(element, host.container)}px`;
      presetSelect.focus();
    },
    close() {
      element.hidden = true;
    },
    refresh: renderText,
  };
}
