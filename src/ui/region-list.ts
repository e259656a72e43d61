import type { RegionInfo } from '../data/regions';
import type { Lang } from '../i18n';
import { el } from '../shared/dom';

export interface RegionListActions {
  focus(code: string | null): void;
  open(code: string): void;
}

export interface RegionGroup {
  title: string;
  regions: readonly RegionInfo[];
}

/** The order of `localeCompare` with one collator made once: `localeCompare` makes one per call (a first-screen profile). */
const compareCodes = new Intl.Collator().compare;

/** Every region as a button, group by group in code order: the keyboard's way to each region and its popup. */
export function renderRegionList(
  host: HTMLElement,
  title: string,
  groups: readonly RegionGroup[],
  lang: Lang,
  actions: RegionListActions,
): void {
  const sections = groups.map((group) => {
    const list = el('ul', { class: 'region-list' });
    for (const region of [...group.regions].sort((a, b) => compareCodes(a.code, b.code))) {
      const [first, second, secondLang] =
        lang === 'zh' ? [region.name_zh, region.name_en, 'en'] : [region.name_en, region.name_zh, 'zh-CN'];
      // The other language's name is marked as such so screen readers pronounce it right.
      // Loaded boundaries often have one name only: said once.
      const other = second === first ? [] : [' · ', el('span', { lang: secondLang }, second)];
      const button = el('button', { type: 'button', 'data-region': region.code }, first, ...other);
      button.addEventListener('focus', () => actions.focus(region.code));
      button.addEventListener('blur', () => actions.focus(null));
      button.addEventListener('click', () => actions.open(region.code));
      list.append(el('li', {}, button));
    }
    return el('section', { class: 'region-group' }, el('h3', {}, group.title), list);
  });
  const wasOpen = host.querySelector('details')?.open;
  // Phones keep the list folded so the map gets the screen; it opens on demand.
  const open = wasOpen ?? !window.matchMedia('(max-width: 720px)').matches;
  const count = groups.reduce((n, g) => n + g.regions.length, 0);
  const details = el(
    'details',
    { class: 'region-details' },
    el('summary', { class: 'region-list-title' }, `${title} (${count})`),
    ...sections,
  );
  details.open = open;
  host.replaceChildren(details);
}
