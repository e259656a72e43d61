import type { ControlPosition, LoadedBoundaries, LoadedDataMap, MapSurface } from '../map/surface';
import { regionsOfLevel } from '../map/surface';
import type { Bounds } from '../data/boundaries';
import { type ShownValue, shownValue } from '../scene/region-value';
import type { IControl, Map as MaplibreMap } from 'maplibre-gl';
import { metricTitle } from '../data/describe';
import type { RegionInfo } from '../data/regions';
import type { MapLevel } from '../data/user-data';
import type { Lang } from '../i18n';
import { regionPopupContent, storyPopupContent, tooltipContent } from '../map/popup-content';
import { POPUP_REGION, storyAt } from '../scene/story';
import { CITY_LABEL_MIN_ZOOM } from '../map/style';
import { viewBounds, viewCity } from '../map/views';
import type { Boundaries, Choropleth } from '../scale/choropleth';
import type { PopupId, ViewId } from '../state/url-state';
import { el } from '../shared/dom';
import { type Camera, fitBounds, project, uniformPadding, unproject } from './camera';
import { VIEW_PADDING_PX, ZOOM_LIMITS } from '../scene/framing';
import { featureAt } from './hit-test';
import { bindPanZoom, previewTransform } from './pan-zoom';
import { CustomLayer } from './custom-layer';
import { highlightSurface, paintSurface, previewSurface, type SurfaceInput } from './paint-surface';
import { popupElement, popupOffset, showTooltipAt } from './vector-popup';
import './vector-map.css';
import './strings';

export interface VectorMapOptions {
  container: HTMLElement;
  boundaries: Boundaries;
  choropleth: Choropleth;
  lang: Lang;
  view: ViewId;
  /** The one line that says why this is not the interactive map, in a language. */
  noticeIn: (lang: Lang) => string;
  /** The credits line, as MapLibre's attribution shows it. */
  attribution: string;
  onPopupClosed?: () => void;
  onPopupOpened?: (content: HTMLElement) => void;
  onStoryPopupRequested?: (id: PopupId) => void;
}

/**
 * The map for a browser without WebGL2: the vector renderer's SVG with MapView's behaviour (views, hover
 * tooltips, click and keyboard popups, controls in the corners). Each change draws the SVG again (a few
 * milliseconds at the Zhejiang view); the reader's loaded areas are painted on a canvas (custom-layer.ts).
 */
export class VectorMap implements MapSurface, LoadedDataMap {
  private readonly root: HTMLElement;
  private readonly surface: HTMLElement;
  private readonly noticeLine: HTMLElement;
  private readonly attributionLine: HTMLElement;
  private readonly tooltip = el('div', { class: 'maplibregl-popup map-tooltip vector-tooltip', hidden: '' });
  private choropleth: Choropleth;
  private lang: Lang;
  private view: ViewId;
  private camera: Camera;
  /** What the camera frames (a view's bounds, or the loaded areas'): framed again when the map's box changes size. */
  private framing: Bounds;
  /** Boundaries the reader loaded, painted on a canvas (custom-layer.ts), and their bounds. */
  private custom: { layer: CustomLayer; bounds: Bounds } | null = null;
  private selected: string | null;
  private highlighted: string | null = null;
  private popup: { element: HTMLElement; code: string } | null = null;
  private readonly regions = new Map<string, RegionInfo>();

  constructor(private readonly options: VectorMapOptions) {
    this.choropleth = options.choropleth;
    this.lang = options.lang;
    this.view = options.view;
    this.selected = viewCity(options.view);
    for (const f of [...options.boundaries.provinces.features, ...options.boundaries.cities.features])
      this.regions.set(f.properties.code, f.properties);
    this.noticeLine = el('p', { class: 'vector-map-notice', role: 'status' }, options.noticeIn(options.lang));
    this.attributionLine = el('p', { class: 'vector-map-attribution' }, options.attribution);
    this.surface = el('div', { class: 'vector-map-surface' });
    this.root = el(
      'div',
      { class: 'vector-map', 'data-renderer': 'svg' },
      this.surface,
      ...(['top-left', 'top-right', 'bottom-left', 'bottom-right'] as const).map((corner) =>
        el('div', { class: `maplibregl-ctrl-${corner}`, 'data-corner': corner }),
      ),
      this.tooltip,
      this.noticeLine,
    );
    this.root.querySelector('[data-corner="bottom-right"]')?.append(this.attributionLine);
    options.container.append(this.root);
    this.framing = this.boundsOf(this.view);
    this.camera = this.cameraFor(this.framing);
    this.draw();
    // Drag, wheel and double click move the camera (src/vector/pan-zoom.ts); a drag is not a click.
    const gestures = bindPanZoom(this.surface, {
      camera: () => this.camera,
      limits: ZOOM_LIMITS,
      preview: (camera) => {
        this.tooltip.hidden = true;
        previewSurface(this.surface, previewTransform(this.camera, camera));
      },
      commit: (camera) => {
        this.tooltip.hidden = true;
        this.camera = camera;
        this.draw();
        this.placePopup();
      },
    });
    this.surface.addEventListener('click', (event) => {
      if (gestures.wasDrag()) return;
      const region = this.pick(event);
      if (region) this.openRegionPopup(region.code);
    });
    this.surface.addEventListener('mousemove', (event) => {
      if (event.buttons) return; // a drag: pan-zoom.ts moves the map, nothing is picked
      const region = this.pick(event);
      this.surface.style.cursor = region ? 'pointer' : '';
      this.setHighlight(region?.code ?? null);
      if (region && !this.popup) this.showTooltip(region, this.pointOf(event));
      else this.tooltip.hidden = true;
    });
    this.surface.addEventListener('mouseleave', () => {
      this.setHighlight(null);
      this.tooltip.hidden = true;
    });
    new ResizeObserver(() => {
      const { clientWidth, clientHeight } = options.container;
      if (clientWidth !== this.camera.width || clientHeight !== this.camera.height) this.frame(this.framing);
    }).observe(options.container);
  }

  /** MapLibre controls work here too: the one map method they ask for is getContainer (Load data's drop target). */
  addControl(control: IControl, position: ControlPosition): void {
    const element = control.onAdd({ getContainer: () => this.options.container } as unknown as MaplibreMap);
    this.root.querySelector(`[data-corner="${position}"]`)?.append(element);
  }

  get currentChoropleth(): Choropleth {
    return this.choropleth;
  }

  get boundaries(): Boundaries {
    return this.options.boundaries;
  }

  get currentCamera(): Camera {
    return this.camera;
  }

  showChoropleth(choropleth: Choropleth): void {
    this.choropleth = choropleth;
    this.draw();
    this.refreshOpenPopup();
  }

  setAttribution(attribution: string): void {
    this.attributionLine.textContent = attribution;
  }

  setLang(lang: Lang, attribution: string): void {
    this.lang = lang;
    this.attributionLine.textContent = attribution;
    this.noticeLine.textContent = this.options.noticeIn(lang);
    this.draw();
    this.refreshOpenPopup();
  }

  /** Cuts to a view: a sequence of SVG frames would cost more than it shows. */
  goTo(view: ViewId, _animate: boolean): void {
    this.view = view;
    this.selected = viewCity(view);
    this.frame(this.boundsOf(view));
  }

  readonly loadedShapes = 'packed'; // painted as they come from the worker, with no GeoJSON text between

  whenStyleReady(): Promise<void> {
    return Promise.resolve();
  }

  showCustomBoundaries({ shapes, regions, bounds }: LoadedBoundaries): void {
    if (shapes.kind !== 'packed') throw new Error(`the vector map draws loaded boundaries packed, not ${shapes.kind}`);
    this.closePopup();
    this.custom = { layer: new CustomLayer(shapes.rings, regions), bounds };
    this.fitCustomBoundaries(false);
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
    if (region) this.showTooltip(region, project(this.camera, region.label));
    else this.tooltip.hidden = true;
  }

  openStoryPopup(id: PopupId): void {
    const region = this.regions.get(POPUP_REGION[id]);
    if (region) this.openPopupAt(region, storyPopupContent(id, region, this.lang), 'story-popup-container');
  }

  openRegionPopup(code: string): void {
    const story = this.choropleth.metric.id === 'user' ? undefined : storyAt(code);
    if (story) {
      if (this.options.onStoryPopupRequested) this.options.onStoryPopupRequested(story);
      else this.openStoryPopup(story);
      return;
    }
    const region = this.regionFor(code);
    if (!region) return;
    const { value, within } = this.valueFor(region);
    const title = metricTitle(this.choropleth.metric, this.lang);
    this.openPopupAt(region, regionPopupContent(region, title, value, this.lang, within), 'region-popup-container');
  }

  closePopup(): void {
    const popup = this.popup;
    if (!popup) return;
    this.popup = null;
    popup.element.remove();
    this.options.onPopupClosed?.();
  }

  get popupRegion(): string | null {
    return this.popup?.code ?? null;
  }

  private boundsOf(view: ViewId): Bounds {
    return viewBounds(view, this.options.boundaries.provinces, this.options.boundaries.cities);
  }

  private cameraFor(bounds: Bounds): Camera {
    const size = { width: this.options.container.clientWidth, height: this.options.container.clientHeight };
    return fitBounds(bounds, size, uniformPadding(VIEW_PADDING_PX), ZOOM_LIMITS);
  }

  /** Frames bounds; a camera already there is not drawn again (loaded areas are framed, then shown, then framed). */
  private frame(bounds: Bounds): void {
    this.framing = bounds;
    const camera = this.cameraFor(bounds);
    if (JSON.stringify(camera) === JSON.stringify(this.camera)) return;
    this.camera = camera;
    this.draw();
    this.placePopup();
  }

  private draw(): void {
    paintSurface(this.surface, this.painted());
  }

  private painted(): SurfaceInput {
    const custom = this.custom?.layer ?? null;
    const { choropleth, camera, lang, selected, highlighted } = this;
    return { ...this.options.boundaries, choropleth, camera, lang, selected, highlighted, custom };
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
    const lngLat = unproject(this.camera, this.pointOf(event));
    if (this.customShown) return this.custom?.layer.regionAt(lngLat) ?? null;
    const { provinces, cities } = this.options.boundaries;
    const useCities = this.choropleth.level === 'city' || this.camera.zoom >= CITY_LABEL_MIN_ZOOM;
    const feature = (useCities ? featureAt(cities, lngLat) : null) ?? featureAt(provinces, lngLat);
    return feature?.properties ?? null;
  }

  valueFor(region: RegionInfo): ShownValue {
    return shownValue(this.choropleth, region, (code) => this.regions.get(code));
  }

  private showTooltip(region: RegionInfo, at: [number, number]): void {
    const { value, within } = this.valueFor(region);
    showTooltipAt(this.tooltip, tooltipContent(region, value, this.lang, within), at);
  }

  private openPopupAt(region: RegionInfo, content: HTMLElement, className: string): void {
    const previous = this.popup;
    this.popup = null;
    previous?.element.remove();
    this.tooltip.hidden = true;
    const { element, close } = popupElement(content, className, this.lang, () => this.closePopup());
    this.root.append(element);
    this.popup = { element, code: region.code };
    this.placePopup();
    close.focus();
    this.options.onPopupOpened?.(content);
  }

  /** Above the region's label point, kept inside the map. */
  private placePopup(): void {
    const region = this.popup && this.regionFor(this.popup.code);
    if (!this.popup || !region) return;
    const { offsetWidth: width, offsetHeight: height } = this.popup.element;
    const [left, top] = popupOffset(this.camera, project(this.camera, region.label), { width, height });
    this.popup.element.style.transform = `translate(${left}px, ${top}px)`;
  }

  private refreshOpenPopup(): void {
    const code = this.popup?.code;
    if (!code) return;
    const story = storyAt(code);
    if (story && this.choropleth.metric.id !== 'user') this.openStoryPopup(story);
    else this.openRegionPopup(code);
  }
}

/** Whether this browser can give MapLibre the WebGL2 context it needs. */
export function webgl2Available(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
