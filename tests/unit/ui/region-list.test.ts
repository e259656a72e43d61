// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { RegionInfo } from '../../../src/data/regions';
import { FIRST_BUTTONS, renderRegionList, type RegionGroup } from '../../../src/ui/region-list';

const region = (code: string, name_en: string, name_zh: string) => ({ code, name_en, name_zh }) as RegionInfo;
const GROUPS: RegionGroup[] = [
  {
    title: 'Cities',
    regions: [region('330200', 'Ningbo', '宁波市'), region('330100', 'Hangzhou', '杭州市'), region('D1', 'D1', 'D1')],
  },
];

function list(lang: 'en' | 'zh' = 'en') {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const actions = { focus: vi.fn(), open: vi.fn() };
  renderRegionList(host, 'Regions', GROUPS, lang, actions);
  return { host, actions };
}

describe('renderRegionList', () => {
  it('lists each region once, in code order, with its count in the title', () => {
    const { host } = list();
    const buttons = [...host.querySelectorAll<HTMLButtonElement>('button[data-region]')];
    expect(buttons.map((b) => b.dataset['region'])).toEqual(['330100', '330200', 'D1']);
    expect(host.querySelector('summary')?.textContent).toBe('Regions (3)');
  });

  it("names each region in the reader's language first, the other marked with its language, and a single name once", () => {
    const { host } = list('zh');
    const hangzhou = host.querySelector('[data-region="330100"]')!;
    expect(hangzhou.textContent).toBe('杭州市 · Hangzhou');
    expect(hangzhou.querySelector('span')?.getAttribute('lang')).toBe('en');
    expect(host.querySelector('[data-region="D1"]')!.textContent).toBe('D1');
  });

  it('tells the map which region has focus and which to open', () => {
    const { host, actions } = list();
    const ningbo = host.querySelector<HTMLButtonElement>('[data-region="330200"]')!;
    ningbo.dispatchEvent(new FocusEvent('focus'));
    ningbo.dispatchEvent(new FocusEvent('blur'));
    ningbo.click();
    expect(actions.focus.mock.calls).toEqual([['330200'], [null]]);
    expect(actions.open).toHaveBeenCalledWith('330200');
  });

  it('stays folded when the reader folded it and it is drawn again', () => {
    const { host, actions } = list();
    host.querySelector('details')!.open = false;
    renderRegionList(host, 'Regions', GROUPS, 'en', actions);
    expect(host.querySelector('details')!.open).toBe(false);
  });

  it('puts the first buttons of a long list in at once and the rest in one later task, in code order', () => {
    const many = Array.from({ length: FIRST_BUTTONS + 505 }, (_, i) => region(`A${1000 + i}`, 'x', 'x'));
    const groups: RegionGroup[] = [{ title: 'Loaded', regions: [...many].reverse() }, ...GROUPS];
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    const tasks: (() => void)[] = [];
    renderRegionList(host, 'Regions', groups, 'en', { focus: vi.fn(), open: vi.fn() }, (task) => tasks.push(task));
    const codes = () =>
      [...host.querySelectorAll<HTMLButtonElement>('button[data-region]')].map((b) => b.dataset['region']);
    expect(codes()).toEqual(many.slice(0, FIRST_BUTTONS).map((r) => r.code));
    // The count in the title is the whole list's from the start.
    expect(host.querySelector('summary')?.textContent).toBe(`Regions (${many.length + 3})`);
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    expect(codes()).toEqual([...many.map((r) => r.code), '330100', '330200', 'D1']);
    expect(tasks).toHaveLength(0);
  });

  it('a short list is whole at once, and a list drawn again stops filling the one it replaced', () => {
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    const tasks: (() => void)[] = [];
    const actions = { focus: vi.fn(), open: vi.fn() };
    renderRegionList(host, 'Regions', GROUPS, 'en', actions, (task) => tasks.push(task));
    expect(tasks).toHaveLength(0);
    const many = Array.from({ length: FIRST_BUTTONS + 1 }, (_, i) => region(`B${1000 + i}`, 'x', 'x'));
    renderRegionList(host, 'Regions', [{ title: 'Loaded', regions: many }], 'en', actions, (task) => tasks.push(task));
    const replaced = host.querySelector('details')!;
    renderRegionList(host, 'Regions', GROUPS, 'en', actions, (task) => tasks.push(task));
    tasks.shift()!();
    expect(replaced.querySelectorAll('button')).toHaveLength(FIRST_BUTTONS);
    expect(host.querySelectorAll('button')).toHaveLength(3);
  });
});
