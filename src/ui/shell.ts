import { t, type Lang } from '../i18n';
import type { AppState } from '../state/url-state';

/** Title, subtitle and source line: the page's own text, outside the map. */
export function renderShellText(state: AppState): void {
  const lang = state.lang;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t(lang, 'app.title');
  setText('app-title', t(lang, 'app.title'));
  setText('app-subtitle', t(lang, 'app.subtitle'));
  document.querySelector('.skip-link')?.replaceChildren(t(lang, 'a11y.skipToTable'));
  setText('source-line', sourceLineText(lang));
}

/** "Sources: …" under the map; snapshots print the same line. */
export function sourceLineText(lang: Lang): string {
  return t(lang, 'source.line', {
    sources: `${t(lang, 'source.article')}; ${t(lang, 'attribution.statistics')}; ${t(lang, 'attribution.boundaries')}`,
  });
}

/** The map's attribution, on screen and in snapshots. */
export function attributionText(lang: Lang): string {
  return `${t(lang, 'attribution.boundaries')} · ${t(lang, 'attribution.statistics')}`;
}

function setText(id: string, text: string): void {
  const node = document.getElementById(id);
  if (node) node.textContent = text;
}
