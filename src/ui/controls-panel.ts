import { METRIC_IDS, type MetricId } from '../data/metrics';
import { t, type Lang } from '../i18n';
import { VIEWS, type AppState, type ViewId } from '../state/url-state';
import { el } from '../shared/dom';

export interface ControlsPanelActions {
  setView(view: ViewId): void;
  setMetric(metric: MetricId): void;
  setLang(lang: Lang): void;
  resetView(): void;
  /** Shows the data the user loaded (its `index`-th column of figures); present only once there is some. */
  showUserData?(index: number): void;
}

/** The option value of the user's loaded data in the metric list; a table's other columns add ":1", ":2"… */
export const USER_DATA_OPTION = 'user';

function userOption(index: number): string {
  return index === 0 ? USER_DATA_OPTION : `${USER_DATA_OPTION}:${index}`;
}

interface PanelParts {
  actions: ControlsPanelActions;
  viewGroup: HTMLElement;
  viewButtons: Map<ViewId, HTMLButtonElement>;
  select: HTMLSelectElement;
  metricLabel: HTMLElement;
  language: HTMLButtonElement;
  reset: HTMLButtonElement;
}

// The panel is built once per host and then updated in place. Rebuilding it on every state change (a kiosk
// step every few seconds) replaced the buttons under a visitor's finger: a press that began on one button and
// ended on its replacement was no click at all.
const panels = new WeakMap<HTMLElement, PanelParts>();

function buildPanel(host: HTMLElement, actions: ControlsPanelActions): PanelParts {
  const viewButtons = new Map<ViewId, HTMLButtonElement>();
  const parts: PanelParts = {
    actions,
    viewGroup: el('div', { class: 'view-buttons', role: 'group' }),
    viewButtons,
    select: el('select', { id: 'metric-select', 'data-control': 'metric' }),
    metricLabel: el('span', {}),
    language: el('button', { type: 'button', class: 'lang-switch', 'data-control': 'lang' }),
    reset: el('button', { type: 'button', class: 'reset-view', 'data-control': 'reset' }),
  };
  for (const view of VIEWS) {
    const button = el('button', { type: 'button', 'data-view': view, 'data-control': `view-${view}` });
    button.addEventListener('click', () => parts.actions.setView(view));
    viewButtons.set(view, button);
    parts.viewGroup.append(button);
  }
  parts.select.addEventListener('change', () => {
    const [option, index] = parts.select.value.split(':');
    if (option === USER_DATA_OPTION) parts.actions.showUserData?.(Number(index ?? 0));
    else parts.actions.setMetric(parts.select.value as MetricId);
  });
  parts.language.addEventListener('click', () => parts.actions.setLang(parts.language.dataset['lang'] as Lang));
  parts.reset.addEventListener('click', () => parts.actions.resetView());
  const metric = el('label', { class: 'metric-choice', for: 'metric-select' }, parts.metricLabel, parts.select);
  host.replaceChildren(parts.viewGroup, metric, parts.reset, parts.language);
  return parts;
}

/** View buttons, metric choice, language switch and reset: drawn from the state, never holding a copy of it. */
export function renderControlsPanel(
  host: HTMLElement,
  state: AppState,
  actions: ControlsPanelActions,
  userData: { titles: readonly string[]; shown: number; framesLoadedAreas?: boolean } = { titles: [], shown: 0 },
): void {
  const lang = state.lang;
  let parts = panels.get(host);
  if (!parts || !host.contains(parts.viewGroup)) {
    parts = buildPanel(host, actions);
    panels.set(host, parts);
  }
  parts.actions = actions;
  parts.viewGroup.setAttribute('aria-label', t(lang, 'control.views'));
  for (const [view, button] of parts.viewButtons) {
    // While the camera frames the reader's areas, no view button says it shows its view.
    button.setAttribute('aria-pressed', String(state.view === view && !userData.framesLoadedAreas));
    button.textContent = t(lang, `view.${view}`);
  }
  parts.metricLabel.textContent = t(lang, 'metric.label');
  const options = METRIC_IDS.map((id) => el('option', { value: id }, t(lang, `metric.${id}`)));
  for (const [i, title] of userData.titles.entries()) options.push(el('option', { value: userOption(i) }, title));
  // Options are replaced only when their texts change, so an open list is not closed by a kiosk step.
  const optionKey = options.map((o) => `${o.value}=${o.textContent}`).join('|');
  if (parts.select.dataset['options'] !== optionKey) {
    parts.select.replaceChildren(...options);
    parts.select.dataset['options'] = optionKey;
  }
  // Chosen from the state, not from option flags: a flag set on a detached option is lost on insertion in
  // some DOMs (happy-dom). With no option for the reader's data, the value matches nothing and none is chosen.
  parts.select.value = state.userData ? userOption(userData.shown) : state.metric;
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  parts.language.dataset['lang'] = other;
  // The name starts with the visible text in its own language ("中文"), so that "click 中文" works in voice
  // control (WCAG 2.5.3); what the button does follows, hidden, in the page's language.
  parts.language.replaceChildren(
    el('span', { lang: other === 'zh' ? 'zh-CN' : 'en' }, t(lang, 'control.language')),
    el('span', { class: 'visually-hidden' }, ` (${t(lang, 'control.languageLabel')})`),
  );
  parts.reset.textContent = t(lang, 'control.reset');
}
