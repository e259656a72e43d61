import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bounds, RegionCollection } from '../../../src/data/boundaries';
import { t } from '../../../src/i18n';
import { extend, viewBounds, withNameRoom } from '../../../src/map/views';
import { VIEW_PADDING_PX, ZOOM_LIMITS } from '../../../src/scene/framing';
import { STORY_NAMES_MIN_ZOOM } from '../../../src/scene/labels';
import { POPUP_REGION } from '../../../src/scene/story';
import { nameSides } from '../../../src/scene/story-sides';
import type { PopupId } from '../../../src/state/url-state';
import { fitBounds, project, uniformPadding } from '../../../src/vector/camera';
import { estimateTextWidth } from '../../../src/vector/render-svg';

const load = (file: string) => JSON.parse(readFileSync(`public/geo/${file}`, 'utf8')) as RegionCollection;
const provinces = load('provinces.json');
const cities = load('zhejiang-cities.json');

// The live marker (src/style.css .story-marker): 0.8rem bold, its pill reaching 1rem + 4 px past the name from the
// dot's centre; the root is 16 px, 24 px from 2400 px wide. Bold runs about 5 % wider than the estimate; 10 % more
// is the margin for fonts that run wider still.
function markerReach(name: string, mapWidth: number): { ahead: number; half: number } {
  const rem = mapWidth >= 2400 ? 24 : 16;
  return { ahead: estimateTextWidth(name, 0.8 * rem) * 1.15 + rem + 4, half: rem * 0.65 };
}

// Map boxes from a 320 px embed to a 4K desktop, tall and wide: a phone's map is its full width and a part of its height.
const WIDTHS = [320, 360, 390, 600, 768, 1024, 1280, 1920, 2560, 3840];
const ASPECTS = [0.6, 0.8, 1, 1.3, 1.8, 2.5];

describe('views: a city view frames both story places whole', () => {
  const places = (Object.entries(POPUP_REGION) as [PopupId, string][]).map(([id, code]) => ({
    id,
    at: cities.features.find((f) => f.properties.code === code)!.properties.label,
  }));
  const sides = nameSides(places.map((p) => p.at));

  for (const view of ['hangzhou', 'shaoxing'] as const)
    it(`${view}: every marker, name included, inside the map on every map box, in both languages`, () => {
      const cut: string[] = [];
      for (const width of WIDTHS)
        for (const aspect of ASPECTS) {
          const height = Math.round(width / aspect);
          const camera = fitBounds(
            viewBounds(view, provinces, cities),
            { width, height },
            uniformPadding(VIEW_PADDING_PX),
            ZOOM_LIMITS,
          );
          if (camera.zoom < STORY_NAMES_MIN_ZOOM) continue;
          for (const lang of ['en', 'zh'] as const)
            places.forEach((place, i) => {
              const [x, y] = project(camera, place.at);
              const { ahead, half } = markerReach(t(lang, `marker.${place.id}.short`), width);
              const [left, right] = sides[i] === 'left' ? [x - ahead, x + half] : [x - half, x + ahead];
              if (left < 0 || right > width || y - half < 0 || y + half > height)
                cut.push(`${place.id} (${lang}) at ${width}×${height}: ${left.toFixed(0)}–${right.toFixed(0)} px`);
            });
        }
      expect(cut).toEqual([]);
    });

  it('holds the city, the other place and a margin around them', () => {
    const [[west, south], [east, north]] = viewBounds('hangzhou', provinces, cities);
    // Hangzhou's own box is 118.35–120.72 °E, 29.19–30.57 °N; Shaoxing's dot (120.64 °E) is inside it.
    expect(west).toBeLessThan(118.35 - 0.3);
    expect(east).toBeGreaterThan(120.72 + 0.5);
    expect(south).toBeLessThan(29.19 - 0.2);
    expect(north).toBeGreaterThan(30.57 + 0.2);
    // Shaoxing's view reaches west past Hangzhou's dot (119.38 °E).
    expect(viewBounds('shaoxing', provinces, cities)[0][0]).toBeLessThan(119.38 - 0.3);
  });

  it("withNameRoom: reaches past a place on its name's side only", () => {
    const box: Bounds = [
      [0, 0],
      [10, 1],
    ];
    // The western place's name points west, the eastern one's east (scene/story-sides.ts).
    expect(
      withNameRoom(
        box,
        [
          [1, 0.5],
          [9, 0.5],
        ],
        0.3,
      ),
    ).toEqual([
      [-2, 0],
      [12, 1],
    ]);
  });

  it('extend: the smallest box around a box and points', () => {
    expect(
      extend(
        [
          [0, 0],
          [1, 1],
        ],
        [
          [2, 0.5],
          [-1, -3],
        ],
      ),
    ).toEqual([
      [-1, -3],
      [2, 1],
    ]);
  });
});
