import type { RegionInfo } from '../data/regions';
import { project } from '../vector/camera';
import type { DrawnLabelCodes } from './snapshot';
import type { VectorPage } from './vector-page';

const NAME = /<text data-code="([^"]+)"/gu;
const MARK = /<g class="story-mark" data-code="([^"]+)"/gu;

/**
 * What a vector page drew on its map, as MapLibre's painter reports it (`Snapshot.labels`): each name's region and
 * its label point on the page, and the story marks. Read from the page's own SVG (render-labels.ts writes one
 * `<text data-code>` per name kept after collisions, and a halo copy for PDF), `scale` file pixels per page unit.
 */
export function pageLabels(
  page: Pick<VectorPage, 'svg' | 'camera' | 'layout'>,
  regionOf: (code: string) => RegionInfo | undefined,
  scale = 1,
): DrawnLabelCodes {
  const { map, unitPx } = page.layout;
  const names = [...new Set([...page.svg.matchAll(NAME)].map((m) => m[1]!))].flatMap((code) => {
    const region = regionOf(code);
    if (!region) return [];
    const [x, y] = project(page.camera, region.label);
    return [{ code, at: [(map.x + x * unitPx) * scale, (map.y + y * unitPx) * scale] as [number, number] }];
  });
  return { names, marks: [...new Set([...page.svg.matchAll(MARK)].map((m) => m[1]!))] };
}
