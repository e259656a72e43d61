import { t, type Lang } from '../i18n';
import { el } from '../shared/dom';
import { HEIGHT_MESSAGE_TYPE, type HeightMessage } from './links';

/** What embed mode needs from the app: the language now, and word when it changes. */
export interface EmbedHost {
  lang(): Lang;
  onLangChange(listener: (lang: Lang) => void): void;
}

/**
 * `?embed=1`, inside an article's iframe. The page's class `embed` (set before the map measures its
 * container) drops the header and compacts the controls (share.css); this adds what needs script: the height
 * report to the host page and the one-line fold of the article-figures panel.
 */
export function startEmbedMode(host: EmbedHost): void {
  foldFiguresPanel(host);
  if (window.parent !== window) reportHeight();
}

/**
 * Tells the host page how tall the map's page is, whenever that changes: the host script (public/embed.js)
 * sets the iframe to it, so the frame never scrolls. Only a number leaves the page, so any origin may read it.
 */
function reportHeight(): void {
  let sent = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height === sent) return;
    sent = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, height };
    window.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(document.body);
  for (const child of document.body.children) observer.observe(child);
  send();
}

/** The figures panel (#figures) shrinks to one line, a button that opens it; the fold is the page's state, not the panel's. */
function foldFiguresPanel(host: EmbedHost): void {
  const panel = document.getElementById('figures');
  if (!panel) return;
  const root = document.documentElement;
  const button = el('button', {
    type: 'button',
    class: 'figures-fold',
    'data-control': 'figures-fold',
    'aria-controls': 'figures',
  });
  const render = (lang: Lang) => {
    const open = root.dataset['figures'] === 'open';
    button.setAttribute('aria-expanded', String(open));
    button.textContent = t(lang, open ? 'embed.figuresHide' : 'embed.figuresShow');
  };
  root.dataset['figures'] = 'folded';
  button.addEventListener('click', () => {
    root.dataset['figures'] = root.dataset['figures'] === 'open' ? 'folded' : 'open';
    render(host.lang());
  });
  panel.before(button);
  render(host.lang());
  host.onLangChange(render);
}
