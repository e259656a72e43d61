import { compareCodes, type RegionInfo } from '../data/regions';
import type { Lang } from '../i18n';
import { el } from '../shared/dom';
import { type Later, whenIdle } from '../shared/when-idle';

export interface RegionListActions {
  focus(code: string | null): void;
  open(code: string): void;
}

export interface RegionGroup {
  title: string;
  regions: readonly RegionInfo[];
}

/**
 * Buttons put in the list with it: more than the side panel shows (about 25 rows). A longer list, such as a
 * national district file's 3,241 areas, gets the rest in one go when the page is next idle (within half a second),
 * so that the map is drawn and its report shown first: styling and laying out every button at once took 0.3–0.8 s
 * before the districts showed (Chromium trace, issue 23). One task rather than batches of a few hundred: a layout of
 * the growing list for each batch, twenty for a 10,000-area file.
 */
export const FIRST_BUTTONS = 200;

/** Every region as a button, group by group in code order: the keyboard's way to each region and its popup. */
export function renderRegionList(
  host: HTMLElement,
  title: string,
  groups: readonly RegionGroup[],
  lang: Lang,
  actions: RegionListActions,
  later: Later = whenIdle,
): void {
  const pending: [HTMLUListElement, RegionInfo][] = [];
  const sections = groups.map((group) => {
    const list = el('ul', { class: 'region-list' });
    for (const region of [...group.regions].sort((a, b) => compareCodes(a.code, b.code))) pending.push([list, region]);
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
  let next = 0;
  const append = (upTo: number) => {
    for (; next < Math.min(upTo, pending.length); next++) {
      const [list, region] = pending[next]!;
      list.append(el('li', {}, regionButton(region, lang, actions)));
    }
  };
  append(FIRST_BUTTONS);
  host.replaceChildren(details);
  if (next < pending.length)
    later(() => {
      // A list drawn again since (new areas, another language) has replaced this one: its buttons are not needed.
      if (details.isConnected) append(pending.length);
    });
}

function regionButton(region: RegionInfo, lang: Lang, actions: RegionListActions): HTMLButtonElement {
  const [first, second, secondLang] =
    lang === 'zh' ? [region.name_zh, region.name_en, 'en'] : [region.name_en, region.name_zh, 'zh-CN'];
  // The other language's name is marked as such so screen readers pronounce it right.
  // Loaded boundaries often have one name only: said once.
  const other = second === first ? [] : [' · ', el('span', { lang: secondLang }, second)];
  const button = el('button', { type: 'button', 'data-region': region.code }, first, ...other);
  button.addEventListener('focus', () => actions.focus(region.code));
  button.addEventListener('blur', () => actions.focus(null));
  button.addEventListener('click', () => actions.open(region.code));
  return button;
}
