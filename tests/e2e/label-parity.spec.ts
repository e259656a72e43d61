import { driver } from './driver';
import { expect, screenshot, test, waitForIdle } from './fixtures';

/**
 * MapLibre draws the scene's names (src/scene/labels.ts): for each view and language at 1280 × 800, the names its
 * label layers render (`queryRenderedFeatures`) are those the scene lists for the map's zoom and viewport, less the
 * ones its collision drops, which are named here. A new drop, or a name the scene does not list, fails.
 */
const KNOWN_DROPPED: Record<string, string[]> = {
  // At national scale (zoom 3.2-3.3) the eastern provinces' names crowd: Tianjin beside Beijing, Shanghai and
  // Jiangsu beside Zhejiang, Hong Kong and Macao beside Guangdong.
  'china-en': ['120000', '320000', '810000', '820000'],
  'china-zh': ['120000', '320000', '810000', '820000'],
  'zhejiang-en': [],
  'zhejiang-zh': [],
  'hangzhou-en': [],
  'hangzhou-zh': [],
  'shaoxing-en': [],
  'shaoxing-zh': [],
};

const VIEWS = ['china', 'zhejiang', 'hangzhou', 'shaoxing'] as const;

// Camera moves cut: each view is read where its camera ends.
test.use({ reducedMotion: 'reduce' });

for (const lang of ['en', 'zh'])
  test(`MapLibre names what the scene lists in every view, in ${lang}`, async ({ page, watch }) => {
    // One page per language, its view switched in place: a load costs more than the four checks.
    // The first load of a run on a busy two-core machine can pass the usual 30 s.
    await driver(page).when.open(`?view=${VIEWS[0]}&lang=${lang}`, 90_000);
    for (const view of VIEWS) {
      if (view !== VIEWS[0]) {
        // As the view's link sets it: no popup (a city's button opens its story popup, which may pan the camera).
        await page.evaluate((v) => window.__app!.store.update({ view: v, popup: null }), view);
        await waitForIdle(page);
      }
      const seen = await page.evaluate(() => {
        const view = window.__app!.view;
        const { map } = view;
        const zoom = map.getZoom();
        const { clientWidth: width, clientHeight: height } = map.getContainer();
        const inView = (at: readonly [number, number]) => {
          const p = map.project([at[0], at[1]]);
          return p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
        };
        const all = view.sceneLabels();
        const scene = all.filter((l) => zoom >= l.minZoom && zoom < l.maxZoom && inView(l.at));
        const stories = all.filter((l) => l.kind === 'story').map((l) => ({ place: l.story, name: l.text[0] }));
        const layers = ['province-label', 'zhejiang-label', 'city-label'];
        const rendered = map.queryRenderedFeatures({ layers }).map((f) => ({
          code: String(f.properties.code),
          text: [f.properties.first, f.properties.second ?? null],
        }));
        const markers = [...document.querySelectorAll<HTMLElement>('.story-marker')].map((m) => ({
          place: m.dataset.place,
          name: m.querySelector('.story-marker-name')?.textContent ?? '',
        }));
        return { zoom, scene, rendered, markers, stories };
      });
      await screenshot(page, `label-parity-${view}-${lang}`);
      const listed = seen.scene.filter((l) => l.kind !== 'story');
      // Each name drawn is one the scene lists, with the scene's text.
      for (const drawn of seen.rendered) {
        const label = listed.find((l) => l.code === drawn.code);
        expect(label, `MapLibre drew ${drawn.code}, which the scene does not list at zoom ${seen.zoom}`).toBeDefined();
        expect(drawn.text).toEqual(label!.text);
      }
      const dropped = listed.map((l) => l.code).filter((code) => !seen.rendered.some((d) => d.code === code));
      expect(dropped.sort(), `zoom ${seen.zoom.toFixed(2)}`).toEqual(KNOWN_DROPPED[`${view}-${lang}`]);
      // The story places: one HTML marker each, with the scene's name (off screen too, as in every view).
      expect(seen.markers).toEqual(seen.stories);
    }
    expect(watch.consoleErrors).toEqual([]);
  });
