// @vitest-environment happy-dom
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { readBoundaries } from '../../../src/byod/read-boundaries';
import { sceneLabels } from '../../../src/scene/labels';
import { parseUrlState } from '../../../src/state/url-state';
import { renderFiguresPanel } from '../../../src/story/figures-panel';
import { renderControlsPanel } from '../../../src/ui/controls-panel';
import '../../../src/byod/strings';

const square = (x: number) => [
  [
    [x, 30],
    [x + 1, 30],
    [x + 1, 31],
    [x, 31],
    [x, 30],
  ],
];

describe('the page tells the truth about what it shows', () => {
  it('does not label an area without a name, and lists it with its key (DataV’s frame, adcode 100000_JD)', () => {
    const data = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { adcode: 330000, name: '浙江省' },
          geometry: { type: 'Polygon', coordinates: square(120) },
        },
        {
          type: 'Feature',
          properties: { adcode: '100000_JD', name: '' },
          geometry: { type: 'Polygon', coordinates: square(122) },
        },
      ],
    };
    const result = readBoundaries(new TextEncoder().encode(JSON.stringify(data)), 'datav.json', null);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const empty = { type: 'FeatureCollection' as const, features: [] };
    const labels = sceneLabels({
      provinces: empty,
      cities: empty,
      custom: result.collection,
      level: 'custom',
      lang: 'zh',
    });
    expect(labels.map((l) => l.code)).toEqual(['330000']);
    expect(result.notes.find((n) => n.code === 'unnamedAreas')?.params).toEqual({ count: 1, keys: '100000_JD' });
  });

  it('presses no view button while the camera frames loaded areas', () => {
    const host = document.createElement('nav');
    const actions = { setView: vi.fn(), setMetric: vi.fn(), setLang: vi.fn(), resetView: vi.fn() };
    const state = parseUrlState('?view=zhejiang', 'en').state;
    renderControlsPanel(host, state, actions, { titles: ['Your data'], shown: 0, framesLoadedAreas: true });
    expect(host.querySelectorAll('[aria-pressed="true"]')).toHaveLength(0);
    renderControlsPanel(host, state, actions, { titles: ['Your data'], shown: 0, framesLoadedAreas: false });
    expect([...host.querySelectorAll<HTMLElement>('[aria-pressed="true"]')].map((b) => b.dataset['view'])).toEqual([
      'zhejiang',
    ]);
  });

  it("folds the article's figures once and says whose they are while the reader's file is shown", () => {
    const host = document.createElement('section');
    // Put back after the test: test files share one page (vitest isolate: false), and the legend reads it too.
    const matchMedia = window.matchMedia;
    onTestFinished(() => {
      window.matchMedia = matchMedia;
    });
    window.matchMedia = vi.fn().mockReturnValue({ matches: true }) as never;
    renderFiguresPanel(host, 'en');
    expect(host.querySelector('details')?.open).toBe(true);
    renderFiguresPanel(host, 'en', { readerData: 'nbs.csv' });
    expect(host.querySelector('details')?.open).toBe(false);
    expect(host.querySelector('summary')?.textContent).toContain('not about nbs.csv');
    // Opened again by the reader, it stays open on the next redraw (a language switch).
    host.querySelector('details')!.open = true;
    renderFiguresPanel(host, 'en', { readerData: 'nbs.csv' });
    expect(host.querySelector('details')?.open).toBe(true);
    renderFiguresPanel(host, 'en');
    expect(host.querySelector('.figures-not-yours')).toBeNull();
  });
});
