import type { Lang } from '../i18n';
import { DEFAULT_IDLE_SECONDS, serialiseState, type AppState } from '../state/url-state';

/** The message an embedded map sends its host page: its own name and a height in CSS pixels, nothing else. */
export const HEIGHT_MESSAGE_TYPE = 'zhejiang-5g-map:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
}

/** The host script (public/embed.js, copied to dist/ under this name, never renamed: pasted snippets use it). */
export const EMBED_SCRIPT_FILE = 'embed.js';

/** Marks the iframes the host script may resize. */
export const EMBED_FRAME_ATTRIBUTE = 'data-zhejiang-5g-map';

/**
 * The link that reproduces what the reader sees: view, metric, popup, loaded files, and always the language
 * (the address bar leaves out the reader's own browser language, which the person receiving the link may not
 * share). Kiosk and embed settings are the sender's surroundings, not the view, and stay out.
 */
export function shareableLink(pageUrl: string, state: AppState): string {
  const url = new URL(pageUrl);
  const otherLang: Lang = state.lang === 'en' ? 'zh' : 'en';
  url.search = serialiseState(
    { ...state, kiosk: false, embed: false, idleSeconds: DEFAULT_IDLE_SECONDS, tourIntervalSeconds: null, tour: null },
    otherLang,
  );
  url.hash = '';
  return url.href;
}

/** The same view, as the page an iframe shows. */
export function embedLink(pageUrl: string, state: AppState): string {
  const url = new URL(shareableLink(pageUrl, state));
  url.searchParams.set('embed', '1');
  return url.href;
}

export interface EmbedSnippetOptions {
  /** The map's page, as the reader sees it now. */
  pageUrl: string;
  state: AppState;
  /** What a screen reader announces for the frame. */
  title: string;
  /** The frame's height before the map reports its own (CSS px). */
  initialHeightPx: number;
}

/**
 * HTML to paste into an article: the iframe (lazy, titled, no inline style, so a strict CSP on the article's
 * page allows it) and the host script that sets its height from the map's message.
 */
export function embedSnippet({ pageUrl, state, title, initialHeightPx }: EmbedSnippetOptions): string {
  const src = embedLink(pageUrl, state);
  const script = new URL(EMBED_SCRIPT_FILE, pageUrl).href;
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy"`,
    `  width="100%" height="${Math.round(initialHeightPx)}" ${EMBED_FRAME_ATTRIBUTE}></iframe>`,
    `<script src="${escapeAttribute(script)}" async></script>`,
  ].join('\n');
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
