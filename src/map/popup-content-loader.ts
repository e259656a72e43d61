/** popup-content.ts, as the map loads it on the first popup or tooltip. */
export type PopupContent = typeof import('./popup-content');

let loading: Promise<PopupContent> | null = null;

/**
 * Popups' and tooltips' texts load with the first one shown, not with the first view: the default view opens
 * none. One promise, so every later popup has them at once.
 */
export function popupContent(): Promise<PopupContent> {
  loading ??= import('./popup-content');
  return loading;
}
