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
export async function sampleRegions(page: Page, limit = Number.POSITIVE_INFINITY): Promise<Sample[]> {
  return page.evaluate(
    (max) =>
      new Promise<Sample[]>((resolve) => {
        // window.__app and its types are declared in src/test-surface.ts.
        const app = window.__app!;
        const map = app.view.map;
        for (const layer of map.getStyle().layers)
          if (layer.type === 'symbol' || layer.type === 'line') map.setLayoutProperty(layer.id, 'visibility', 'none');
        document.querySelectorAll<HTMLElement>('.maplibregl-popup').forEach((p) => {
          p.style.display = 'none';
        });
        const choropleth = app.view.currentChoropleth;
        const layer = { province: 'province-fill', city: 'city-fill', custom: 'custom-fill' }[choropleth.level]!;
        const box = map.getContainer().getBoundingClientRect();
        map.once('idle', () => {
          const samples = app.view
            .regionsAt(choropleth.level)
            .map((r) => {
              const p = map.project(r.label);
              return {
                code: r.code,
                value: choropleth.values.get(r.code)?.value ?? null,
                x: Math.round(p.x),
                y: Math.round(p.y),
              };
            })
            .filter((s) => s.x > 2 && s.y > 2 && s.x < box.width - 2 && s.y < box.height - 2)
            .filter((s) => {
              const ring = [
                [-2, -2],
                [2, -2],
                [-2, 2],
                [2, 2],
                [0, 0],
              ] as const;
              const inside = ring.every(
                ([dx, dy]) =>
                  map.queryRenderedFeatures([s.x + dx, s.y + dy], { layers: [layer] })[0]?.properties['code'] ===
                  s.code,
              );
              return inside && document.elementFromPoint(box.left + s.x, box.top + s.y) instanceof HTMLCanvasElement;
            })
            .slice(0, max);
          resolve(samples);
        });
        map.triggerRepaint();
      }),
    limit,
  );
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

/** Count of pixels in a PNG buffer that are within `tolerance` of a colour. */
export function countColour(png: Buffer, hex: string, tolerance = 3): number {
  const image = PNG.sync.read(png);
  const rgb = hexToRgb(hex);
  let count = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (colourDistance([image.data[i]!, image.data[i + 1]!, image.data[i + 2]!], rgb) <= tolerance) count++;
  }
  return count;
}
