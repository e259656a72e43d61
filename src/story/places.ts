import type { PopupId } from '../state/url-state';

/** The article's two places and the city each stands on: Hangzhou (its dateline, the capital), Shaoxing (the conference). */
export const POPUP_REGION: Readonly<Record<PopupId, string>> = { hangzhou: '330100', shaoxing: '330600' };
