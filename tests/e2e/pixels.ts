import type { Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';

export interface Sample {
  code: string;
  value: number | null;
  x: number;
  y: number;
}

/**
 * Projects each region's label point of the shaded level to screen pixels, with labels and borders
 * hidden so the sampled pixel is the fill colour alone.
 */
export async function sampleRegions(page: Page): Promise<Sample[]> {
  return page.evaluate(
    () =>
      new Promise<Sample[]>((resolve) => {
        type AnyMap = {
          getStyle(): { layers: { id: string; type: string }[] };
          setLayoutProperty(id: string, p: string, v: string): void;
          project(p: [number, number]): { x: number; y: number };
          once(e: string, f: () => void): void;
          triggerRepaint(): void;
          getContainer(): HTMLElement;
          queryRenderedFeatures(p: [number, number], o: { layers: string[] }): { properties: { code: string } }[];
        };
        const app = (window as unknown as {
          __app: {
            view: { map: AnyMap; currentChoropleth: { level: string; values: Map<string, { value: number }> } };
            boundaries: Record<'provinces' | 'cities', { features: { properties: { code: string; label: [number, number] } }[] }>;
          };
        }).__app;
        const map = app.view.map;
        for (const layer of map.getStyle().layers) if (layer.type === 'symbol' || layer.type === 'line') map.setLayoutProperty(layer.id, 'visibility', 'none');
        document.querySelectorAll<HTMLElement>('.maplibregl-popup').forEach((p) => (p.style.display = 'none'));
        const choropleth = app.view.currentChoropleth;
        const collection = choropleth.level === 'province' ? app.boundaries.provinces : app.boundaries.cities;
        const { width, height } = map.getContainer().getBoundingClientRect();
        map.once('idle', () => {
          const samples = collection.features
            .map((f) => {
              const p = map.project(f.properties.label);
              return { code: f.properties.code, value: choropleth.values.get(f.properties.code)?.value ?? null, x: Math.round(p.x), y: Math.round(p.y) };
            })
            .filter((s) => s.x > 2 && s.y > 2 && s.x < width - 2 && s.y < height - 2)
            // Skip regions too small to hold the pixel (Macao at national zoom) and points under a control.
            .filter((s) => {
              const layer = choropleth.level === 'province' ? 'province-fill' : 'city-fill';
              const ring = [[-2, -2], [2, -2], [-2, 2], [2, 2], [0, 0]] as const;
              const inside = ring.every(([dx, dy]) => map.queryRenderedFeatures([s.x + dx, s.y + dy], { layers: [layer] })[0]?.properties.code === s.code);
              const box = map.getContainer().getBoundingClientRect();
              const onCanvas = document.elementFromPoint(box.left + s.x, box.top + s.y) instanceof HTMLCanvasElement;
              return inside && onCanvas;
            });
          resolve(samples);
        });
        map.triggerRepaint();
      }),
  );
}

export async function pixelsAt(target: Locator, points: readonly { x: number; y: number }[]): Promise<[number, number, number][]> {
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
