import type { RegionInfo } from '../data/regions';
import type { Lang } from '../i18n';
import { el } from './dom';

export interface RegionListActions {
  focus(code: string | null): void;
  open(code: string): void;
}

/** Every region as a button, in code order: the keyboard's way to reach each region and its popup. */
export function renderRegionList(host: HTMLElement, title: string, regions: readonly RegionInfo[], lang: Lang, actions: RegionListActions): void {
  const list = el('ul', { class: 'region-list' });
  for (const region of [...regions].sort((a, b) => a.code.localeCompare(b.code))) {
    const name = lang === 'zh' ? `${region.name_zh} · ${region.name_en}` : `${region.name_en} · ${region.name_zh}`;
    const button = el('button', { type: 'button', 'data-region': region.code }, name);
    button.addEventListener('focus', () => actions.focus(region.code));
    button.addEventListener('blur', () => actions.focus(null));
    button.addEventListener('click', () => actions.open(region.code));
    list.append(el('li', {}, button));
  }
  const wasOpen = host.querySelector('details')?.open;
  // Phones keep the list folded so the map gets the screen; it opens on demand.
  const open = wasOpen ?? !window.matchMedia('(max-width: 720px)').matches;
  const details = el('details', { class: 'region-details' }, el('summary', { class: 'region-list-title' }, `${title} (${regions.length})`), list);
  details.open = open;
  host.replaceChildren(details);
}
