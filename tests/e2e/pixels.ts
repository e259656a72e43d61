import type { Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';

export interface Sample {
  code: string;
  value: number | null;
  x: number;
  y: number;
}

/**
 * Label points of the shown level projected to pixels, with labels and lines hidden so the pixel is
 * the fill alone; works for the built-in levels and for loaded boundaries. Regions too small to hold
 * the pixel (Macao at national zoom) and points under a control are skipped.
 */
export async function sampleRegions(
  page: Page,
  limit = Number.POSITIVE_INFINITY,
  /** `clearancePx`: how far from any control a point must be (a control's shadow reaches beyond its box). */
  options: { keepHatch?: boolean; clearancePx?: number } = {},
): Promise<Sample[]> {
  return page.evaluate(
    ({ max, keepHatch, clearance }) =>
      new Promise<Sample[]>((resolve) => {
        // window.__app and its types are declared in src/test-surface.ts.
        const app = window.__app!;
        const map = app.view.map;
        // The regional-average hatch lies over the class colour; it stays only when the test looks for it.
        for (const layer of map.getStyle().layers)
          if (layer.type === 'symbol' || layer.type === 'line' || (layer.id === 'province-hatch' && !keepHatch))
            map.setLayoutProperty(layer.id, 'visibility', 'none');
        // Popups and the story markers are HTML over the canvas, like the labels they stand beside.
        document.querySelectorAll<HTMLElement>('.maplibregl-popup, .story-marker').forEach((p) => {
          p.style.display = 'none';
        });
        const choropleth = app.view.currentChoropleth;
        const layer = { province: 'province-fill', city: 'city-fill', custom: 'custom-fill' }[choropleth.level]!;
        const box = map.getContainer().getBoundingClientRect();
        map.once('idle', () => {
          // The first `max` regions that pass, found one region at a time: with thousands of loaded polygons,
          // testing every region (five queryRenderedFeatures each) took longer than the load it samples.
          const samples: Sample[] = [];
          for (const r of app.view.regionsAt(choropleth.level)) {
            if (samples.length >= max) break;
            const p = map.project(r.label);
            const s = {
              code: r.code,
              value: choropleth.values.get(r.code)?.value ?? null,
              x: Math.round(p.x),
              y: Math.round(p.y),
            };
            if (!(s.x > 2 && s.y > 2 && s.x < box.width - 2 && s.y < box.height - 2)) continue;
            const ring = [
              [-2, -2],
              [2, -2],
              [-2, 2],
              [2, 2],
              [0, 0],
            ] as const;
            const inside = ring.every(
              ([dx, dy]) =>
                map.queryRenderedFeatures([s.x + dx, s.y + dy], { layers: [layer] })[0]?.properties['code'] === s.code,
            );
            // Clear of controls by a few pixels too: a control's shadow reaches beyond its box.
            const clear = [...ring, [-clearance, 0], [clearance, 0], [0, -clearance], [0, clearance]].every(
              ([dx, dy]) =>
                document.elementFromPoint(box.left + s.x + dx, box.top + s.y + dy) instanceof HTMLCanvasElement,
            );
            if (inside && clear) samples.push(s);
          }
          resolve(samples);
        });
        map.triggerRepaint();
      }),
    { max: limit, keepHatch: options.keepHatch ?? false, clearance: options.clearancePx ?? 6 },
  );
}

/** pixelsAt with what `hide` matches (panels, popups, names) hidden while the screenshot is taken. */
export async function pixelsAtWithout(
  hide: Locator,
  target: Locator,
  points: readonly { x: number; y: number }[],
): Promise<[number, number, number][]> {
  const setVisibility = (value: string) =>
    hide.evaluateAll((nodes, v) => {
      for (const n of nodes) (n as HTMLElement).style.visibility = v;
    }, value);
  await setVisibility('hidden');
  const pixels = await pixelsAt(target, points);
  await setVisibility('');
  return pixels;
}

export async function pixelsAt(
  target: Locator,
  points: readonly { x: number; y: number }[],
): Promise<[number, number, number][]> {
  const png = PNG.sync.read(await target.screenshot());
  return points.map(({ x, y }) => {
    const i = (png.width * y + x) * 4;
    return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
  });
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
}

const decodedPngs = new WeakMap<Buffer, PNG>();

/** A PNG buffer decoded once, however many checks read it: a 4K PNG takes most of a second to decode here. */
export function decodePng(png: Buffer): PNG {
  let image = decodedPngs.get(png);
  if (!image) {
    image = PNG.sync.read(png);
    decodedPngs.set(png, image);
  }
  return image;
}

/** Whether the pixel at byte `i` of RGBA `data` is within `tolerance` of `rgb` on every channel (no allocation). */
export function pixelNear(data: Uint8Array, i: number, rgb: readonly number[], tolerance: number): boolean {
  return (
    Math.abs(data[i]! - rgb[0]!) <= tolerance &&
    Math.abs(data[i + 1]! - rgb[1]!) <= tolerance &&
    Math.abs(data[i + 2]! - rgb[2]!) <= tolerance
  );
}

/** Count of pixels in a PNG buffer that are within `tolerance` of a colour. */
export function countColour(png: Buffer, hex: string, tolerance = 3): number {
  const { data } = decodePng(png);
  const rgb = hexToRgb(hex);
  let count = 0;
  for (let i = 0; i < data.length; i += 4) if (pixelNear(data, i, rgb, tolerance)) count++;
  return count;
}
