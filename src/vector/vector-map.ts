import { regionsOfLevel, type ControlPosition, type KioskMap, type MapSurface } from '../map/surface';
import type { CheckedBoundariesUpdate, LoadedBoundaries, LoadedDataMap, ViewPadding } from '../map/surface';
import type { Bounds } from '../data/boundaries';
import { type ShownValue, shownValue } from '../scene/region-value';
import type { IControl, Map as MaplibreMap } from 'maplibre-gl';
import { metricTitle } from '../data/describe';
import type { RegionInfo } from '../data/regions';
import type { MapLevel } from '../data/user-data';
import type { Lang } from '../i18n';
import { regionPopupContent, tooltipContent } from '../map/popup-content';
import { viewBounds, viewCity } from '../map/views';
import type { Boundaries, Choropleth } from '../scale/choropleth';
import type { PopupId, ViewId } from '../state/url-state';
import { type Camera, fitBounds, project, uniformPadding, unproject } from './camera';
import { FLY_DURATION_MS, VIEW_PADDING_PX, ZOOM_LIMITS } from '../scene/framing';
import { CameraMotion, type MovedBy } from './camera-motion';
import { MapPopups } from './map-popups';
import { builtInRegionAt } from './hit-test';
import { bindPanZoom, zoomAround } from './pan-zoom';
import { ZoomButtons } from './zoom-buttons';
import { CustomLayer } from './custom-layer';
import { highlightSurface, paintSurface, type SurfaceInput } from './paint-surface';
import { showTooltipAt } from './vector-popup';
import { bindPointer, buildMapFrame } from './map-frame';
import './vector-map.css';
import './strings';

export interface VectorMapOptions {
  container: HTMLElement;
  boundaries: Boundaries;
  choropleth: Choropleth;
  lang: Lang;
  view: ViewId;
  /** Why this is not MapLibre's map, in a language ('' says nothing: auto's choice); read again by showNotice. */
  noticeIn: (lang: Lang) => string;
  /** The credits line, as MapLibre's attribution shows it. */
  attribution: string;
  onPopupClosed?: () => void;
  onPopupOpened?: (content: HTMLElement) => void;
  onStoryPopupRequested?: (id: PopupId) => void;
  /** Times the usual size of region names (the kiosk's, read from three metres). */
  labelScale?: number;
}

/**
 * The map drawn without WebGL: the vector renderer's SVG with MapView's behaviour (views, eased camera moves, hover
 * tooltips, click and keyboard popups, a popup dock, controls in the corners), the kiosk's (KioskMap) and the
 * reader's loaded areas, painted on a canvas (custom-layer.ts). Each change draws again; moves show CSS transforms
 * of one drawing in between (camera-motion.ts).
 */
export class VectorMap implements MapSurface, KioskMap, LoadedDataMap {
  private readonly root: HTMLElement;
  private readonly surface: HTMLElement;
  private readonly noticeLine: HTMLElement;
  private readonly attributionLine: HTMLElement;
  private readonly tooltip: HTMLElement;
  private choropleth: Choropleth;
  private lang: Lang;
  private view: ViewId;
  /** The camera: drawn, and moved by CSS transforms of the drawing (camera-motion.ts). */
  private readonly motion: CameraMotion;
  private padding: ViewPadding = uniformPadding(VIEW_PADDING_PX);
  private readonly drawListeners = new Set<() => void>();
  /** What the camera frames (a view's bounds, or the loaded areas'): framed again when the map's box changes size. */
  private framing: Bounds;
  /** Boundaries the reader loaded, painted on a canvas (custom-layer.ts), and their bounds. */
  private custom: { layer: CustomLayer; bounds: Bounds } | null = null;
  private selected: string | null;
  private highlighted: string | null = null;
  private readonly popups: MapPopups;
  private readonly regions = new Map<string, RegionInfo>();
  private readonly resizing = new ResizeObserver(() => this.resize());

  constructor(private readonly options: VectorMapOptions) {
    this.choropleth = options.choropleth;
    this.lang = options.lang;
    this.view = options.view;
    this.selected = viewCity(options.view);
    for (const f of [...options.boundaries.provinces.features, ...options.boundaries.cities.features])
      this.regions.set(f.properties.code, f.properties);
    ({
      root: this.root,
      surface: this.surface,
      noticeLine: this.noticeLine,
      attributionLine: this.attributionLine,
      tooltip: this.tooltip,
    } = buildMapFrame(options.attribution));
    this.showNotice(options.lang);
    this.addControl(new ZoomButtons((levels) => this.zoomBy(levels)), 'top-right');
    options.container.append(this.root);
    this.popups = new MapPopups({
      ...options,
      root: this.root,
      tooltip: this.tooltip,
      lang: () => this.lang,
      motion: () => this.motion,
      builtIn: (code) => this.regions.get(code),
      regionFor: (code) => this.regionFor(code),
      regionContent: (region) => {
        const { value, within } = this.valueFor(region);
        return regionPopupContent(region, metricTitle(this.choropleth.metric, this.lang), value, this.lang, within);
      },
      userShown: () => this.choropleth.metric.id === 'user',
    });
    const shown = (_camera: Camera, rest?: MovedBy) => {
      this.tooltip.hidden = true;
      if (rest) this.popups.rested(rest);
    };
    this.framing = this.boundsOf(this.view);
    this.motion = new CameraMotion(
      { surface: this.surface, draw: () => this.draw(), shown },
      this.cameraFor(this.framing),
    );
    this.draw();
    // Drag, wheel and double click move the camera (src/vector/pan-zoom.ts); a drag is not a click.
    const gestures = bindPanZoom(this.surface, {
      // A gesture during a camera move takes the camera where the move has brought it.
      camera: () => this.motion.settle(),
      limits: ZOOM_LIMITS,
      preview: (camera) => this.motion.preview(camera),
      commit: (camera) => this.motion.commit(camera, 'reader'),
    });
    bindPointer(this.surface, {
      wasDrag: gestures.wasDrag,
      pick: (event) => this.pick(event),
      open: (region) => this.openRegionPopup(region.code),
      hover: (region, event) => {
        this.setHighlight(region?.code ?? null);
        if (region && !this.popupRegion) this.showTooltip(region, this.pointOf(event));
        else this.tooltip.hidden = true;
      },
    });
    this.resizing.observe(options.container);
  }

  /** Takes the map off the page (auto's hand-over to MapLibre); controls added from outside are their adder's. */
  remove(): void {
    this.resizing.disconnect();
    this.root.remove();
  }

  get container(): HTMLElement {
    return this.options.container;
  }

  /** A new size frames the view again, as it was asked for (with its padding). */
  resize(): void {
    const { clientWidth, clientHeight } = this.options.container;
    if (clientWidth !== this.motion.camera.width || clientHeight !== this.motion.camera.height)
      this.motion.moveTo(this.cameraFor(this.framing), 0);
  }

  /** One more draw on the next frame, unless a move or another draw is coming anyway. */
  readonly repaint = () => this.motion.repaint();
  /** Called after every draw of the SVG (not for the CSS-transform frames of a move). */
  onRender(listener: () => void): () => void {
    this.drawListeners.add(listener);
    return () => this.drawListeners.delete(listener);
  }

  /** Drawn without WebGL: there is no context to lose, so these listeners are never called. */
  readonly onContextLost = (_listener: () => void) => () => {};
  readonly onContextRestored = this.onContextLost;

  /** Whether the camera is moving to a view now. */
  get isMoving(): boolean {
    return this.motion.moving;
  }

  /** MapLibre controls work here too: the one map method they ask for is getContainer (Load data's drop target). */
  addControl(control: IControl, position: ControlPosition): void {
    const element = control.onAdd({ getContainer: () => this.options.container } as unknown as MaplibreMap);
    // As MapLibre stacks them: a control added later goes above those at the bottom, below those at the top.
    const corner = this.root.querySelector(`[data-corner="${position}"]`);
    if (position.startsWith('bottom')) corner?.prepend(element);
    else corner?.append(element);
  }

  get currentChoropleth(): Choropleth {
    return this.choropleth;
  }

  get boundaries(): Boundaries {
    return this.options.boundaries;
  }

  get currentCamera(): Camera {
    return this.motion.camera;
  }

  showChoropleth(choropleth: Choropleth): void {
    this.choropleth = choropleth;
    this.draw();
    this.popups.refresh();
  }

  setAttribution(attribution: string): void {
    this.attributionLine.textContent = attribution;
  }

  setLang(lang: Lang, attribution: string): void {
    this.lang = lang;
    this.attributionLine.textContent = attribution;
    this.showNotice(lang);
    this.draw();
    this.popups.refresh();
  }

  /** A zoom button: a level in or out around the map's middle, drawn once. */
  private zoomBy(levels: number): void {
    const camera = this.motion.settle();
    this.motion.moveTo(zoomAround(camera, [camera.width / 2, camera.height / 2], levels, ZOOM_LIMITS), 0, 'reader');
  }

  /** Moves to a view as MapLibre's fitBounds does: eased over FLY_DURATION_MS when `animate`, else a cut. */
  goTo(view: ViewId, animate: boolean, padding: ViewPadding = uniformPadding(VIEW_PADDING_PX)): void {
    this.view = view;
    this.selected = viewCity(view);
    this.padding = padding;
    this.framing = this.boundsOf(view);
    this.motion.moveTo(this.cameraFor(this.framing), animate ? FLY_DURATION_MS : 0);
  }

  readonly loadedShapes = 'packed'; // painted as they come from the worker, with no GeoJSON text between
  readonly whenStyleReady = () => Promise.resolve();

  showCustomBoundaries({ shapes, regions, bounds }: LoadedBoundaries): void {
    this.closePopup();
    this.custom = { layer: CustomLayer.of(shapes, regions), bounds };
    this.fitCustomBoundaries(false);
  }

  updateCustomBoundaries({ shapes, regions }: CheckedBoundariesUpdate): void {
    if (shapes && this.custom) this.custom = { ...this.custom, layer: CustomLayer.of(shapes, regions) };
    else this.custom?.layer.replaceRegions(regions);
    this.showChoropleth(this.choropleth); // drawn again in place: the camera and an open popup stay
  }

  /** Cuts to the loaded areas, as goTo cuts to a view. */
  fitCustomBoundaries(_animate: boolean): void {
    if (this.custom) this.frame(this.custom.bounds);
  }

  regionsAt(level: MapLevel): RegionInfo[] {
    return regionsOfLevel(this.options.boundaries, level, this.custom?.layer.regions ?? []);
  }

  /** Drawing is synchronous: the change is on screen once the browser has painted the next frame. */
  whenDrawn(): Promise<void> {
    return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  }

  focusRegion(code: string | null): void {
    this.setHighlight(code);
    const region = code === null ? undefined : this.regionFor(code);
    if (region) this.showTooltip(region, project(this.motion.camera, region.label));
    else this.tooltip.hidden = true;
  }

  /** Story popups go to this panel instead of over the map (the kiosk's column), as on MapLibre. */
  setPopupDock(element: HTMLElement | null): void {
    this.popups.setDock(element);
  }

  openStoryPopup(id: PopupId): void {
    this.popups.openStory(id);
  }

  openRegionPopup(code: string): void {
    this.popups.openRegion(code);
  }

  closePopup(): void {
    this.popups.close();
  }

  get popupRegion(): string | null {
    return this.popups.region;
  }

  showNotice(lang: Lang): void {
    this.noticeLine.textContent = this.options.noticeIn(lang);
    this.noticeLine.hidden = this.noticeLine.textContent === '';
  }

  private boundsOf(view: ViewId): Bounds {
    return viewBounds(view, this.options.boundaries.provinces, this.options.boundaries.cities);
  }

  private cameraFor(bounds: Bounds): Camera {
    const size = { width: this.options.container.clientWidth, height: this.options.container.clientHeight };
    return fitBounds(bounds, size, this.padding, ZOOM_LIMITS);
  }

  /** Cuts to bounds; a camera already there is not drawn again (loaded areas are framed, then shown, then framed). */
  private frame(bounds: Bounds): void {
    this.framing = bounds;
    this.padding = uniformPadding(VIEW_PADDING_PX);
    const camera = this.cameraFor(bounds);
    if (JSON.stringify(camera) !== JSON.stringify(this.motion.camera)) this.motion.moveTo(camera, 0);
  }

  private draw(): void {
    paintSurface(this.surface, this.painted());
    for (const listener of this.drawListeners) listener();
  }

  private painted(): SurfaceInput {
    const { choropleth, lang, selected, highlighted } = this;
    const [custom, camera, { labelScale }] = [this.custom?.layer ?? null, this.motion.camera, this.options];
    return { ...this.options.boundaries, choropleth, camera, lang, selected, highlighted, custom, labelScale };
  }

  /** The outline alone changes: the map is not drawn again (paint-surface.ts). */
  private setHighlight(code: string | null): void {
    if (code === this.highlighted) return;
    this.highlighted = code;
    highlightSurface(this.surface, this.painted());
  }

  private get customShown(): boolean {
    return this.choropleth.level === 'custom' && this.custom !== null;
  }

  /** A region of the shown level: a loaded area while those are shown, else a built-in region. */
  private regionFor(code: string): RegionInfo | undefined {
    return this.customShown ? this.custom?.layer.region(code) : this.regions.get(code);
  }

  private pointOf(event: MouseEvent): [number, number] {
    const box = this.surface.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top];
  }

  /** The region under the pointer: a city where MapLibre would pick one (city level, or zoomed in), else a province. */
  private pick(event: MouseEvent): RegionInfo | null {
    const lngLat = unproject(this.motion.camera, this.pointOf(event));
    if (this.customShown) return this.custom?.layer.regionAt(lngLat) ?? null;
    return builtInRegionAt(this.options.boundaries, this.choropleth.level, this.motion.camera.zoom, lngLat);
  }

  valueFor(region: RegionInfo): ShownValue {
    return shownValue(this.choropleth, region, (code) => this.regions.get(code));
  }

  private showTooltip(region: RegionInfo, at: [number, number]): void {
    const { value, within } = this.valueFor(region);
    showTooltipAt(this.tooltip, tooltipContent(region, value, this.lang, within), at);
  }
}
