import { t } from '../i18n';
import { BUILT_IN_DATA, type CreditedData } from '../data/data-credits';
import { sourceLineText } from '../shared/credits';
import type { AppState } from '../state/url-state';

/** Title, subtitle and source line: the page's own text, outside the map. */
export function renderShellText(state: AppState, credited: CreditedData = BUILT_IN_DATA): void {
  const lang = state.lang;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t(lang, 'app.title');
  setText('app-title', t(lang, 'app.title'));
  setText('app-subtitle', t(lang, 'app.subtitle'));
  document.querySelector('.skip-link')?.replaceChildren(t(lang, 'a11y.skipToTable'));
  setText('source-line', sourceLineText(lang, credited));
}

function setText(id: string, text: string): void {
  const node = document.getElementById(id);
  if (node) node.textContent = text;
}
