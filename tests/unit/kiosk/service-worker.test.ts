import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_PAGE, TOUR_FILE } from '../../../scripts/service-worker';

describe('what the kiosk service worker answers from its cache', () => {
  it('serves the app page for navigations at any sub-path, with any query', () => {
    for (const url of ['/', '/?kiosk=1&lang=zh', '/maps/5g/', '/maps/5g/index.html?kiosk=1&tour-interval=1'])
      expect(url).toMatch(APP_PAGE);
  });

  it('leaves other navigations to the network', () => {
    for (const url of ['/geo/provinces.json', '/tours/default.json', '/maps/5g/bench.html', '/a?b=/c.json'])
      expect(url).not.toMatch(APP_PAGE);
  });

  it('fetches tour files network-first, and the rule in the worker is the same test', () => {
    expect('/maps/5g/tours/conference.json').toMatch(TOUR_FILE);
    expect('/geo/provinces.json').not.toMatch(TOUR_FILE);
    const source = readFileSync(new URL('../../../scripts/service-worker.ts', import.meta.url), 'utf8');
    expect(source).toContain(`${TOUR_FILE}.test(url.pathname)`);
  });
});
