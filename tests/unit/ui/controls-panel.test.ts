// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { METRIC_IDS } from '../../../src/data/metrics';
import { t } from '../../../src/i18n';
import { parseUrlState, VIEWS, type AppState } from '../../../src/state/url-state';
import { renderControlsPanel, USER_DATA_OPTION, type ControlsPanelActions } from '../../../src/ui/controls-panel';

const stateAt = (search: string): AppState => parseUrlState(search, 'en').state;

function panel(state: AppState, titles: readonly string[] = [], shown = 0) {
  const host = document.createElement('nav');
  document.body.replaceChildren(host);
  const actions = {
    setView: vi.fn(),
    setMetric: vi.fn(),
    setLang: vi.fn(),
    resetView: vi.fn(),
    showUserData: vi.fn(),
  } satisfies Required<ControlsPanelActions>;
  renderControlsPanel(host, state, actions, { titles, shown });
  const select = host.querySelector<HTMLSelectElement>('#metric-select')!;
  const choose = (value: string) => {
    select.value = value;
    select.dispatchEvent(new Event('change'));
  };
  return { host, actions, select, choose };
}

describe('renderControlsPanel', () => {
  it('has a button per view, pressed for the view on screen only', () => {
    const { host } = panel(stateAt('?view=hangzhou'));
    const buttons = [...host.querySelectorAll<HTMLButtonElement>('[data-view]')];
    expect(buttons.map((b) => b.dataset['view'])).toEqual([...VIEWS]);
    expect(buttons.filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.dataset['view'])).toEqual([
      'hangzhou',
    ]);
  });

  it('asks for a view, a metric, the other language and a reset, and changes nothing itself', () => {
    const state = stateAt('?view=china&metric=residents&lang=zh');
    const { host, actions, choose } = panel(state);
    host.querySelector<HTMLButtonElement>('[data-control="view-shaoxing"]')!.click();
    choose('residents-per-km2');
    host.querySelector<HTMLButtonElement>('[data-control="lang"]')!.click();
    host.querySelector<HTMLButtonElement>('[data-control="reset"]')!.click();
    expect(actions.setView).toHaveBeenCalledWith('shaoxing');
    expect(actions.setMetric).toHaveBeenCalledWith('residents-per-km2');
    expect(actions.setLang).toHaveBeenCalledWith('en');
    expect(actions.resetView).toHaveBeenCalledOnce();
    expect(state).toEqual(stateAt('?view=china&metric=residents&lang=zh'));
  });

  it('lists every metric in the reader language, the shown one selected', () => {
    const { select } = panel(stateAt('?metric=residents-per-km2&lang=zh'));
    expect([...select.options].map((o) => o.value)).toEqual([...METRIC_IDS]);
    expect([...select.options].map((o) => o.textContent)).toEqual(METRIC_IDS.map((id) => t('zh', `metric.${id}`)));
    expect(select.value).toBe('residents-per-km2');
  });

  it("offers the reader's own data only once there is some, and selects it while it is shown", () => {
    expect([...panel(stateAt('')).select.options].map((o) => o.value)).not.toContain(USER_DATA_OPTION);
    const { select, choose, actions } = panel({ ...stateAt(''), userData: true }, ['Shops per district']);
    expect(select.value).toBe(USER_DATA_OPTION);
    expect(select.selectedOptions[0]?.textContent).toBe('Shops per district');
    choose(METRIC_IDS[0]);
    choose(USER_DATA_OPTION);
    expect(actions.setMetric).toHaveBeenCalledWith(METRIC_IDS[0]);
    expect(actions.showUserData).toHaveBeenCalledExactlyOnceWith(0);
  });

  it("offers each column of figures of the reader's table, selecting the one shown", () => {
    const titles = ['Your data: 年末常住人口 (2023年)', 'Your data: 年末常住人口 (2022年)'];
    const { select, choose, actions } = panel({ ...stateAt(''), userData: true }, titles, 1);
    expect([...select.options].slice(-2).map((o) => [o.value, o.textContent])).toEqual([
      [USER_DATA_OPTION, titles[0]],
      [`${USER_DATA_OPTION}:1`, titles[1]],
    ]);
    expect(select.value).toBe(`${USER_DATA_OPTION}:1`);
    choose(USER_DATA_OPTION);
    expect(actions.showUserData).toHaveBeenCalledWith(0);
  });

  it('labels the language switch in the language it switches to', () => {
    const button = panel(stateAt('?lang=en')).host.querySelector<HTMLElement>('[data-control="lang"]')!;
    expect(button.dataset['lang']).toBe('zh');
    // Named by its content, which starts with the visible text in its own language (WCAG 2.5.3).
    expect(button.hasAttribute('aria-label')).toBe(false);
    expect(button.querySelector('[lang="zh-CN"]')?.textContent).toBe('中文');
    expect(button.textContent).toBe(`中文 (${t('en', 'control.languageLabel')})`);
  });

  it('keeps keyboard focus on the same control when it is drawn again', () => {
    const { host, actions } = panel(stateAt('?view=china'));
    host.querySelector<HTMLButtonElement>('[data-control="view-zhejiang"]')!.focus();
    renderControlsPanel(host, stateAt('?view=zhejiang'), actions);
    const focused = document.activeElement as HTMLElement;
    expect(focused.dataset['control']).toBe('view-zhejiang');
    expect(focused.getAttribute('aria-pressed')).toBe('true');
  });

  it('updates in place: a redraw keeps the very buttons and list, with new texts and state', () => {
    const { host, actions, select } = panel(stateAt('?view=china&lang=en'));
    const zhejiang = host.querySelector('[data-control="view-zhejiang"]');
    renderControlsPanel(host, stateAt('?view=zhejiang&lang=zh&metric=residents'), actions);
    expect(host.querySelector('[data-control="view-zhejiang"]')).toBe(zhejiang);
    expect(host.querySelector('#metric-select')).toBe(select);
    expect(zhejiang?.getAttribute('aria-pressed')).toBe('true');
    expect(zhejiang?.textContent).toBe(t('zh', 'view.zhejiang'));
    expect(select.value).toBe('residents');
  });
});
