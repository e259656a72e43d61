import type { RegionInfo } from '../data/regions';
import { featureContaining, featureCount, type PackedRings } from '../geometry/packed-rings';
import { COLOURS } from '../map/style';
import type { LoadedBoundaries } from '../map/surface';
import { CUSTOM_LINE } from '../scene/custom-line';
import { type Camera, mercatorX, mercatorY, TILE_SIZE_PX, worldSizePx } from './camera';
import { lineWidth } from './render-svg';
import { projectRings, SCREEN_TOLERANCE_PX, traceFeature } from './screen-rings';

/**
 * Boundaries the reader loaded, painted on a <canvas> rather than as SVG: a national district file has thousands
 * of areas and a million positions, too many for SVG text built and parsed at each camera change or hover.
 * The positions are projected once, to world pixels at zoom 0 from the areas' north-west corner; a drawing at
 * a new zoom traces the areas in view at its scale (screen-rings.ts), a pan fills the same paths again, and a
 * hover strokes one outline on a second canvas above. Paint as MapLibre's custom layers (map/style.ts).
 */
export class CustomLayer {
  readonly fills = canvas('vector-custom');
  readonly outline = canvas('vector-custom-highlight');
  /** Every position in world pixels at zoom 0 from the origin (screen-rings.ts), projected once. */
  private readonly world: Float64Array;
  /** Each area's box in world pixels: left, top, right, bottom. */
  private readonly boxes: Float64Array;
  private readonly origin: [number, number];
  private index: Map<string, number>;
  private camera: Camera | null = null;
  /** Each area's path traced so far at `pathScale` (draw), in world pixels. */
  private paths: (Path2D | undefined)[] = [];
  private pathScale = 0;
  /** Whether the highlight canvas holds an outline. */
  private outlined = false;

  /** The layer of loaded shapes as the worker packed them (the vector map asks for no other form). */
  static of(shapes: LoadedBoundaries['shapes'], regions: readonly RegionInfo[]): CustomLayer {
    if (shapes.kind !== 'packed') throw new Error(`the vector map draws loaded boundaries packed, not ${shapes.kind}`);
    return new CustomLayer(shapes.rings, regions);
  }

  constructor(
    private readonly rings: PackedRings,
    public regions: readonly RegionInfo[],
  ) {
    const { boxes } = rings;
    const count = featureCount(rings);
    let [west, north] = [Infinity, -Infinity];
    for (let f = 0; f < count; f++) {
      west = Math.min(west, boxes[f * 4]!);
      north = Math.max(north, boxes[f * 4 + 3]!);
    }
    this.origin = [mercatorX(west), mercatorY(north)];
    const [ox, oy] = this.origin;
    const x = (lng: number) => (mercatorX(lng) - ox) * TILE_SIZE_PX;
    const y = (lat: number) => (mercatorY(lat) - oy) * TILE_SIZE_PX;
    this.world = projectRings(rings, this.origin);
    this.boxes = new Float64Array(count * 4);
    for (let f = 0; f < count; f++)
      this.boxes.set([x(boxes[f * 4]!), y(boxes[f * 4 + 3]!), x(boxes[f * 4 + 2]!), y(boxes[f * 4 + 1]!)], f * 4);
    this.index = new Map(regions.map((region, i) => [region.code, i]));
  }

  /**
   * Fills every area in view with its colour and strokes the borders, for a camera; outlines `highlighted`.
   * Each area's Path2D is traced on first need, at the drawing's zoom, leaving out vertices under half a device
   * pixel apart, and kept while the zoom stays (a pan draws the same paths again): building a path of every
   * position for each of 3,198 districts took 0.4-0.9 s of the page's thread before the first drawing.
   */
  draw(camera: Camera, fill: (code: string) => string, highlighted: string | null): void {
    this.camera = camera;
    const context = this.fitTo(this.fills, camera);
    if (!context) return;
    const { scale, left, top } = this.transform(camera);
    const ratio = window.devicePixelRatio || 1;
    context.setTransform(ratio * scale, 0, 0, ratio * scale, ratio * left, ratio * top);
    if (scale !== this.pathScale) [this.paths, this.pathScale] = [[], scale];
    const tolerance = SCREEN_TOLERANCE_PX / (ratio * scale);
    // Areas off screen are skipped; those of one colour are filled one after another, without a style change.
    const [x0, y0] = [-left / scale, -top / scale];
    const [x1, y1] = [(camera.width - left) / scale, (camera.height - top) / scale];
    const byColour = new Map<string, number[]>();
    const b = this.boxes;
    for (let f = 0; f < featureCount(this.rings); f++) {
      if (b[f * 4 + 2]! < x0 || b[f * 4]! > x1 || b[f * 4 + 3]! < y0 || b[f * 4 + 1]! > y1) continue;
      const colour = fill(this.regions[f]!.code);
      const list = byColour.get(colour);
      if (list) list.push(f);
      else byColour.set(colour, [f]);
    }
    // One stroke of every border: a border two areas share is drawn once, not darkened by the line's opacity.
    const borders = new Path2D();
    for (const [colour, features] of byColour) {
      context.fillStyle = colour;
      for (const f of features) {
        const path = this.pathOf(f, tolerance);
        context.fill(path, 'evenodd');
        borders.addPath(path);
      }
    }
    context.globalAlpha = CUSTOM_LINE.opacity;
    context.strokeStyle = CUSTOM_LINE.colour;
    context.lineJoin = 'round';
    context.lineWidth = lineWidth(camera.zoom, CUSTOM_LINE.widthStops) / scale;
    context.stroke(borders);
    context.globalAlpha = 1;
    this.highlight(highlighted);
  }

  /** Area f's path in world pixels, traced at the current zoom's tolerance on first need. */
  private pathOf(f: number, tolerance: number): Path2D {
    let path = this.paths[f];
    if (!path) {
      path = new Path2D();
      traceFeature(path, this.world, this.rings, f, { scale: 1, left: 0, top: 0 }, tolerance);
      this.paths[f] = path;
    }
    return path;
  }

  /** Outlines one area in the highlight colour (hover, keyboard focus), on its own canvas; null clears. */
  highlight(code: string | null): void {
    const camera = this.camera;
    if (!camera) return;
    // Nothing outlined, nothing to clear: the canvas takes the map's size (it is the top layer) but no context yet,
    // whose allocation and clearing took 0.1-0.2 s of the first drawing.
    if (code === null && !this.outlined) return void sizeTo(this.outline, camera);
    this.outlined = code !== null;
    const context = this.fitTo(this.outline, camera);
    const f = code === null ? undefined : this.index.get(code);
    if (!context || f === undefined) return;
    const { scale, left, top } = this.transform(camera);
    const ratio = window.devicePixelRatio || 1;
    context.setTransform(ratio * scale, 0, 0, ratio * scale, ratio * left, ratio * top);
    context.strokeStyle = COLOURS.highlight;
    context.lineJoin = 'round';
    context.lineWidth = CUSTOM_LINE.highlightWidthPx / scale;
    context.stroke(this.pathOf(f, SCREEN_TOLERANCE_PX / (ratio * scale)));
  }

  /** The same areas' checked label points and areas, in the same order: their projected shapes are kept. */
  replaceRegions(regions: readonly RegionInfo[]): void {
    this.regions = regions;
    this.index = new Map(regions.map((region, i) => [region.code, i]));
  }

  region(code: string): RegionInfo | undefined {
    const f = this.index.get(code);
    return f === undefined ? undefined : this.regions[f];
  }

  /** The loaded area under a point (longitude, latitude), the top one where areas overlap. */
  regionAt(lngLat: readonly [number, number]): RegionInfo | null {
    const f = featureContaining(this.rings, lngLat);
    return f < 0 ? null : this.regions[f]!;
  }

  /** Zoom-0 world pixels from the origin to the viewport's pixels: a scale and the origin's place on screen. */
  private transform(camera: Camera): { scale: number; left: number; top: number } {
    const world = worldSizePx(camera.zoom);
    return {
      scale: world / TILE_SIZE_PX,
      left: (this.origin[0] - mercatorX(camera.center[0])) * world + camera.width / 2,
      top: (this.origin[1] - mercatorY(camera.center[1])) * world + camera.height / 2,
    };
  }

  /** The canvas sized to the viewport (in device pixels) and cleared. */
  private fitTo(target: HTMLCanvasElement, camera: Camera): CanvasRenderingContext2D | null {
    const [width, height] = sizeTo(target, camera);
    // On the CPU: on a machine whose GPU is SwiftShader, a canvas on the GPU took 80-100 s to stroke the
    // borders of every district of China after a zoom (measured in Chromium's profiler); on the CPU, under a second.
    const context = target.getContext('2d', { willReadFrequently: true });
    context?.setTransform(1, 0, 0, 1, 0, 0);
    context?.clearRect(0, 0, width, height);
    return context;
  }
}

/** A canvas sized to the viewport, in device pixels; its size. */
function sizeTo(target: HTMLCanvasElement, camera: Camera): [number, number] {
  const ratio = window.devicePixelRatio || 1;
  const [width, height] = [Math.round(camera.width * ratio), Math.round(camera.height * ratio)];
  if (target.width !== width || target.height !== height) {
    target.width = width;
    target.height = height;
    target.style.width = `${camera.width}px`;
    target.style.height = `${camera.height}px`;
  }
  return [width, height];
}

function canvas(className: string): HTMLCanvasElement {
  const element = document.createElement('canvas');
  element.className = className;
  element.setAttribute('aria-hidden', 'true');
  return element;
}
