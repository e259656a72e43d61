import { t, type Lang } from '../i18n';
import type { ParamNotice } from '../state/url-state';
import { el } from '../shared/dom';

/** Non-blocking notices about the link; they never stop the map from drawing. */
export function showParamNotices(host: HTMLElement, notices: readonly ParamNotice[], lang: Lang): void {
  for (const notice of notices) {
    const dismiss = el(
      'button',
      { type: 'button', class: 'notice-dismiss', 'aria-label': t(lang, 'notice.dismiss') },
      '×',
    );
    const item = el(
      'div',
      { class: 'notice', role: 'status' },
      el('span', {}, t(lang, 'notice.badParam', { ...notice })),
      dismiss,
    );
    dismiss.addEventListener('click', () => item.remove());
    host.append(item);
  }
}

/** A failure the user must know about, in the page's alert region. */
export function showAlert(host: HTMLElement, message: string): void {
  host.replaceChildren(el('p', {}, message));
  host.hidden = false;
}
