import type { Camera } from './camera';
import { type Flight, flightCover, flightPath, fly, type FrameClock } from './camera-ease';
import { previewTransform } from './pan-zoom';
import { previewSurface } from './paint-surface';

/** What the camera moves: the element holding the drawn map, its drawing, and what follows the camera. */
export interface MotionHost {
  /** Its first child is the drawn map, which frames move and scale. */
  readonly surface: HTMLElement;
  /** Draws the map at `motion.camera`. */
  draw(): void;
  /**
   * A camera is on screen, drawn or by a transform: the tooltip goes. `rest` says who brought the camera to rest
   * there, as MapLibre's moveend does (a popup is placed again then); a frame of a move has none.
   */
  shown(camera: Camera, rest?: MovedBy): void;
}

/** Who moved the camera: the reader (a gesture, a zoom button) or the page (a view, a resize, a popup's pan). */
export type MovedBy = 'reader' | 'page';

/**
 * On the surface while an eased move shows its frames: the names and story markers, scaled with the drawing, would
 * grow to several times their size on the way in (vector-map.css hides them until the map is drawn where it lands;
 * MapLibre keeps names at their size while it moves).
 */
export const MOVING_CLASS = 'camera-moving';

const BROWSER_FRAMES: FrameClock = {
  now: () => performance.now(),
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (id) => cancelAnimationFrame(id),
};

/**
 * The vector map's camera, as Leaflet moves a map without a GPU: a gesture or an eased move shows each frame by a
 * CSS transform of what is drawn (the compositor scales a bitmap it has, nothing is drawn again), and the map is
 * drawn once where it rests. An eased move first draws one picture that covers its whole path (camera-ease.ts).
 * Measured (bench/vector-move.ts, 1080p, a loaded 2-core machine): 0.1 ms of script a frame and 16.7 ms frames,
 * against 11–12 ms of script and 67 ms frames when each frame draws the SVG again.
 */
export class CameraMotion {
  private flight: Flight | null = null;
  /** Whether the flight has shown a frame yet: before that, the drawing on screen is still `camera`'s. */
  private flown = false;
  private repaintFrame = 0;

  constructor(
    private readonly host: MotionHost,
    /** The camera the map is drawn at; while moving, frames show others by a transform of this drawing. */
    public camera: Camera,
    private readonly clock: FrameClock = BROWSER_FRAMES,
  ) {}

  get moving(): boolean {
    return this.flight !== null;
  }

  /** Eases from the camera shown to `to` over `durationMs`, or cuts there when `durationMs` is 0. */
  moveTo(to: Camera, durationMs: number, by: MovedBy = 'page'): void {
    const from = this.settle();
    if (durationMs <= 0) {
      this.commit(to, by);
      return;
    }
    const path = flightPath(from, to);
    this.flown = false;
    this.flight = fly(from, to, durationMs, this.clock, (camera, done) => {
      if (done) {
        this.flight = null;
        this.host.surface.classList.remove(MOVING_CLASS);
        this.commit(camera, by);
        return;
      }
      // At the first frame, not before: a second move asked for in the same task (the kiosk's padded one, after
      // the store's) replaces this one before anything is drawn. Drawn, not shown: the move goes on.
      if (!this.flown) this.draw(flightCover(path));
      this.flown = true;
      this.host.surface.classList.add(MOVING_CLASS);
      this.preview(camera);
    });
  }

  /** Stops a move where it has got to and draws there; the camera on screen. */
  settle(): Camera {
    if (this.flight) {
      const reached = this.flight.cancel();
      this.flight = null;
      this.host.surface.classList.remove(MOVING_CLASS);
      if (this.flown) this.commit(reached);
    }
    return this.camera;
  }

  /**
   * Shows `camera` by moving and scaling what is drawn, from its top left corner, on a layer of its own. Nothing
   * else changes: a class that drew the moving map's edges unsmoothed made the compositor raster every layer again
   * at a gesture's first move; on SwiftShader, since the fills are drawn without smoothing anyway (vector-map.css),
   * the bench's drag is faster without it (A/B, 12–16 loads each, 5 Dec 2026: 1.17, 1.15 and 1.18 × Leaflet's
   * with it, 1.08, 1.11 and 1.10 without).
   */
  preview(camera: Camera): void {
    previewSurface(this.host.surface, previewTransform(this.camera, camera));
    this.host.shown(camera);
  }

  /** Draws at `camera`, where the camera rests. */
  commit(camera: Camera, by: MovedBy = 'page'): void {
    this.draw(camera);
    this.host.shown(camera, by);
  }

  private draw(camera: Camera): void {
    this.camera = camera;
    this.host.draw();
  }

  /** One more draw on the next frame, unless a move or another such draw is coming anyway. */
  repaint(): void {
    if (this.flight || this.repaintFrame) return;
    this.repaintFrame = this.clock.requestFrame(() => {
      this.repaintFrame = 0;
      if (!this.flight) this.host.draw();
    });
  }
}
