// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ReportHost } from '../../../src/byod/host';
import { LoadDataControl } from '../../../src/byod/load-data';

/** The control with its report host caught from a load, as the controller gets it. */
function control(): { element: HTMLElement; report: ReportHost } {
  let report: ReportHost | null = null;
  const loadData = new LoadDataControl({ lang: () => 'en', load: (_sources, host) => (report = host) });
  const element = loadData.onAdd({ getContainer: () => document.createElement('div') } as never);
  loadData.load([{ kind: 'link', path: 'districts.geojson', role: 'boundaries', key: 'code' }]);
  return { element, report: report! };
}

const text = (words: string) => () => Object.assign(document.createElement('p'), { textContent: words });

describe('the load report after a background check', () => {
  it('is rewritten in place while the panel is open', () => {
    const { element, report } = control();
    report.show('shown', text('Showing 3,241 areas; still checking'));
    report.update(text('Showing 3,241 areas; 463 repaired'));
    const panel = element.querySelector<HTMLElement>('.byod-report')!;
    expect(panel.hidden).toBe(false);
    expect(panel.textContent).toContain('463 repaired');
  });

  it('does not open again once the reader has closed it', () => {
    const { element, report } = control();
    report.show('shown', text('Showing 3,241 areas; still checking'));
    element.querySelector<HTMLButtonElement>('.byod-close')!.click();
    report.update(text('Showing 3,241 areas; 463 repaired'));
    expect(element.querySelector<HTMLElement>('.byod-report')!.hidden).toBe(true);
  });
});
