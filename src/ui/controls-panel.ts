import { METRIC_IDS, type MetricId } from '../data/metrics';
import { t, type Lang } from '../i18n';
import { VIEWS, type AppState, type ViewId } from '../state/url-state';
import { el } from './dom';

export interface ControlsPanelActions {
  setView(view: ViewId): void;
  setMetric(metric: MetricId): void;
  setLang(lang: Lang): void;
  resetView(): void;
  /** Shows the data the user loaded again; present only once there is some. */
  showUserData?(): void;
}

/** The option value of the user's loaded data in the metric list. */
export const USER_DATA_OPTION = 'user';

/** View buttons, metric choice, language switch and reset: redrawn from the state, never holding a copy. */
export function renderControlsPanel(
  host: HTMLElement,
  state: AppState,
  actions: ControlsPanelActions,
  userDataTitle: string | null = null,
): void {
  const lang = state.lang;
  const views = el(
    'div',
    { class: 'view-buttons', role: 'group', 'aria-label': t(lang, 'control.views') },
    ...VIEWS.map((view) => {
      const button = el(
        'button',
        {
          type: 'button',
          'data-view': view,
          'data-control': `view-${view}`,
          'aria-pressed': String(state.view === view),
        },
        t(lang, `view.${view}`),
      );
      button.addEventListener('click', () => actions.setView(view));
      return button;
    }),
  );
  const select = el('select', { id: 'metric-select', 'data-control': 'metric' });
  for (const id of METRIC_IDS) {
    const option = el('option', { value: id }, t(lang, `metric.${id}`));
    option.selected = id === state.metric && !state.userData;
    select.append(option);
  }
  if (userDataTitle !== null) {
    const option = el('option', { value: USER_DATA_OPTION }, userDataTitle);
    option.selected = state.userData === true;
    select.append(option);
  }
  select.addEventListener('change', () => {
    if (select.value === USER_DATA_OPTION) actions.showUserData?.();
    else actions.setMetric(select.value as MetricId);
  });
  const metric = el(
    'label',
    { class: 'metric-choice', for: 'metric-select' },
    el('span', {}, t(lang, 'metric.label')),
    select,
  );
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  // The name starts with the visible text in its own language ("中文"), so that "click 中文" works in voice
  // control (WCAG 2.5.3); what the button does follows, hidden, in the page's language.
  const language = el(
    'button',
    { type: 'button', class: 'lang-switch', 'data-control': 'lang', 'data-lang': other },
    el('span', { lang: other === 'zh' ? 'zh-CN' : 'en' }, t(lang, 'control.language')),
    el('span', { class: 'visually-hidden' }, ` (${t(lang, 'control.languageLabel')})`),
  );
  language.addEventListener('click', () => actions.setLang(other));
  const reset = el(
    'button',
    { type: 'button', class: 'reset-view', 'data-control': 'reset' },
    t(lang, 'control.reset'),
  );
  reset.addEventListener('click', () => actions.resetView());
  const focused =
    document.activeElement instanceof HTMLElement && host.contains(document.activeElement)
      ? document.activeElement.dataset['control']
      : undefined;
  host.replaceChildren(views, metric, reset, language);
  // Redrawing must not throw keyboard users out of the panel.
  if (focused) host.querySelector<HTMLElement>(`[data-control="${focused}"]`)?.focus();
}
