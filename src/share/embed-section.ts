import { t, type Lang } from '../i18n';
import type { AppState } from '../state/url-state';
import { el } from '../shared/dom';
import { embedSnippet } from './links';

/** What the section needs from the export panel: the state now. */
export interface EmbedSectionHost {
  state(): AppState;
}

/** Height the frame starts at before the map reports its own: a map and its legend fit. */
const INITIAL_FRAME_HEIGHT_PX = 560;

/**
 * The Export panel's "Embed" part: a button that shows the HTML to paste into an article (the current view
 * as an iframe, and the host script that sizes it), with a button that copies it.
 */
export function createEmbedSection(host: EmbedSectionHost): { element: HTMLElement; refresh(): void } {
  const toggle = el('button', {
    type: 'button',
    class: 'embed-open',
    'data-control': 'embed',
    'aria-expanded': 'false',
    'aria-controls': 'embed-body',
  });
  const codeLabel = el('label', { for: 'embed-code' });
  const code = el('textarea', { id: 'embed-code', class: 'embed-code', readonly: '', rows: '5', spellcheck: 'false' });
  const help = el('p', { class: 'embed-help', id: 'embed-help' });
  code.setAttribute('aria-describedby', 'embed-help');
  const copy = el('button', { type: 'button', class: 'embed-copy', 'data-control': 'embed-copy' });
  const status = el('p', { class: 'embed-status', role: 'status' });
  const body = el('div', { id: 'embed-body', class: 'embed-body', hidden: '' }, codeLabel, code, help, copy, status);
  const element = el('div', { class: 'embed-section' }, toggle, body);
  const lang = (): Lang => host.state().lang;

  function refresh(): void {
    const l = lang();
    toggle.textContent = t(l, 'embed.open');
    codeLabel.textContent = t(l, 'embed.code');
    help.textContent = t(l, 'embed.help');
    copy.textContent = t(l, 'embed.copy');
    status.textContent = '';
    code.value = embedSnippet({
      pageUrl: location.href,
      state: host.state(),
      title: t(l, 'embed.frameTitle', { title: t(l, 'app.title') }),
      initialHeightPx: INITIAL_FRAME_HEIGHT_PX,
    });
  }

  toggle.addEventListener('click', () => {
    const open = body.hidden;
    body.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) {
      refresh();
      code.focus();
      code.select();
    }
  });
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = t(lang(), 'embed.copied');
    } catch {
      code.focus();
      code.select();
      status.textContent = t(lang(), 'embed.copyRefused');
    }
  });
  refresh();
  return { element, refresh };
}
