// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { MAPLIBRE_CHUNK_META, prefetchMaplibre } from '../../../src/map/prefetch-maplibre';

describe('prefetchMaplibre', () => {
  afterEach(() => document.head.replaceChildren());

  const prefetches = () => [...document.querySelectorAll('link[rel="prefetch"]')];
  const nameChunk = (href: string) => {
    const meta = document.createElement('meta');
    meta.name = MAPLIBRE_CHUNK_META;
    meta.content = href;
    document.head.append(meta);
  };

  it('prefetches the chunk the build names, in CORS mode as the import asks for it, when the page is idle', () => {
    nameChunk('./assets/maplibre-abc.js');
    const tasks: (() => void)[] = [];
    prefetchMaplibre(document, (task) => tasks.push(task));
    expect(prefetches()).toHaveLength(0);
    for (const task of tasks) task();
    expect(prefetches().map((link) => [link.getAttribute('href'), link.getAttribute('crossorigin')])).toEqual([
      ['./assets/maplibre-abc.js', 'anonymous'],
    ]);
  });

  it('asks once however often it is called', () => {
    nameChunk('./assets/maplibre-abc.js');
    for (let i = 0; i < 3; i++) prefetchMaplibre(document, (task) => task());
    expect(prefetches()).toHaveLength(1);
  });

  it('does nothing where the build named no chunk (the dev server)', () => {
    prefetchMaplibre(document, (task) => task());
    expect(prefetches()).toHaveLength(0);
  });
});
