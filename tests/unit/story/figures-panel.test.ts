// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderFiguresPanel } from '../../../src/story/figures-panel';

describe('the figures panel opens as the app asks, whatever the page says about itself', () => {
  it('is open by default, folded when asked (embed mode), and open in the kiosk', () => {
    const details = (options: Parameters<typeof renderFiguresPanel>[2]) => {
      const host = document.createElement('section');
      renderFiguresPanel(host, 'en', options);
      return host.querySelector('details')!.open;
    };
    // The page's own mode is not read: an `embed` class on the page changes nothing by itself.
    document.documentElement.classList.add('embed');
    expect(details({})).toBe(true);
    document.documentElement.classList.remove('embed');
    expect(details({ startFolded: true })).toBe(false);
    expect(details({ startFolded: true, alwaysOpen: true })).toBe(true);
  });

  it('keeps the reader’s own fold when it is drawn again (a language switch)', () => {
    const host = document.createElement('section');
    renderFiguresPanel(host, 'en', { startFolded: true });
    host.querySelector('details')!.open = true;
    renderFiguresPanel(host, 'zh', { startFolded: true });
    expect(host.querySelector('details')!.open).toBe(true);
  });
});
