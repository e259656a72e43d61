import type { ControlPosition, KioskMap, MapSurface, ViewPadding } from '../map/surface';
import { type ShownValue, shownValue } from '../scene/region-value';
import type { IControl, Map as MaplibreMap } from 'maplibre-gl';
import { metricTitle } from '../data/describe';
import type { RegionInfo } from '../data/regions';
import type { MapLevel } from '../data/user-data';
import { t, type Lang } from '../i18n';
import { regionPopupContent, storyPopupContent, tooltipContent } from '../map/popup-content';
import { POPUP_REGION, storyAt } from '../scene/story';
import { CITY_LABEL_MIN_ZOOM } from '../map/style';
import { viewBounds, viewCity } from '../map/views';
import type { Boundaries, Choropleth } from '../scale/choropleth';
import type { PopupId, ViewId } from '../state/url-state';
import { el } from '../shared/dom';
import { type Camera, fitBounds, project, uniformPadding, unproject } from './camera';
import { FLY_DURATION_MS, VIEW_PADDING_PX, ZOOM_LIMITS } from '../scene/framing';
import { CameraMotion } from './camera-motion';
import { PopupDock } from '../map/popup-dock';
import { VectorPopup } from './vector-popup';
import { featureAt } from './hit-test';
import { bindPanZoom, zoomAround } from './pan-zoom';
import { ZoomButtons } from './zoom-buttons';
import { renderMapSvg } from './render-svg';
import './vector-map.css';
import './strings';

export interface VectorMapOptions {
  container: HTMLElement;
  boundaries: Boundaries;
  choropleth: Choropleth;
  lang: Lang;
  view: ViewId;
  /** The one line that says why this is not MapLibre's map, in a language; '' says nothing (auto's choice). */
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
 * tooltips, click and keyboard popups, a popup dock, controls in the corners) and the kiosk's (KioskMap). Each change
 * draws the SVG again; moves show CSS transforms of one drawing in between (camera-motion.ts).
 */
export class VectorMap implements MapSurface, KioskMap {
  private readonly root: HTMLElement;
  private readonly surface: HTMLElement;
  private readonly noticeLine: HTMLElement;
  private readonly attributionLine: HTMLElement;
  private readonly tooltip = el('div', { class: 'maplibregl-popup map-tooltip vector-tooltip', hidden: '' });
  private choropleth: Choropleth;
  private lang: Lang;
  private view: ViewId;
  /** The camera: drawn, and moved by CSS transforms of the drawing (camera-motion.ts). */
  private readonly motion: CameraMotion;
  private padding: ViewPadding = uniformPadding(VIEW_PADDING_PX);
  private readonly drawListeners = new Set<() => void>();
  private selected: string | null;
  private highlighted: string | null = null;
  private readonly popup: VectorPopup;
  /** A panel beside the map (the kiosk's) that shows story popups instead of the map (map/popup-dock.ts). */
  private dock: PopupDock | null = null;
  private readonly regions = new Map<string, RegionInfo>();

  constructor(private readonly options: VectorMapOptions) {
    this.choropleth = options.choropleth;
    this.lang = options.lang;
    this.view = options.view;
    this.selected = viewCity(options.view);
    for (const f of [...options.boundaries.provinces.features, ...options.boundaries.cities.features])
      this.regions.set(f.properties.code, f.properties);
    this.noticeLine = el('p', { class: 'vector-map-notice', role: 'status' });
    this.showNotice(options.lang);
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
    this.addControl(new ZoomButtons((levels) => this.zoomBy(levels)), 'top-right');
    options.container.append(this.root);
    this.popup = new VectorPopup(this.root);
    const shown = (camera: Camera) => {
      this.tooltip.hidden = true;
      this.popup.place(camera);
    };
    this.motion = new CameraMotion(
      { surface: this.surface, draw: () => this.draw(), shown },
      this.cameraFor(this.view),
    );
    this.draw();
    // Drag, wheel and double click move the camera (src/vector/pan-zoom.ts); a drag is not a click.
    const gestures = bindPanZoom(this.surface, {
      // A gesture during a camera move takes the camera where the move has brought it.
      camera: () => this.motion.settle(),
      limits: ZOOM_LIMITS,
      preview: (camera) => this.motion.preview(camera),
      commit: (camera) => this.motion.commit(camera),
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
      if (region && !this.popupRegion) this.showTooltip(region, this.pointOf(event));
      else this.tooltip.hidden = true;
    });
    this.surface.addEventListener('mouseleave', () => {
      this.setHighlight(null);
      this.tooltip.hidden = true;
    });
    new ResizeObserver(() => this.resize()).observe(options.container);
  }

  get container(): HTMLElement {
    return this.options.container;
  }

  /** A new size frames the view again, as it was asked for (with its padding). */
  resize(): void {
    const { clientWidth, clientHeight } = this.options.container;
    if (clientWidth !== this.motion.camera.width || clientHeight !== this.motion.camera.height)
      this.motion.moveTo(this.cameraFor(this.view), 0);
  }

  /** One more draw on the next frame, unless a move or another draw is coming anyway. */
  repaint(): void {
    this.motion.repaint();
  }

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

  /** MapLibre controls work here too: they build their element in onAdd and never need the map for it. */
  addControl(control: IControl, position: ControlPosition): void {
    const element = control.onAdd(null as unknown as MaplibreMap);
    this.root.querySelector(`[data-corner="${position}"]`)?.append(element);
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
    this.refreshOpenPopup();
  }

  setAttribution(attribution: string): void {
    this.attributionLine.textContent = attribution;
  }

  setLang(lang: Lang, attribution: string): void {
    this.lang = lang;
    this.attributionLine.textContent = attribution;
    this.showNotice(lang);
    this.draw();
    this.refreshOpenPopup();
  }

  /** A zoom button: a level in or out around the map's middle, drawn once. */
  private zoomBy(levels: number): void {
    const camera = this.motion.settle();
    this.motion.moveTo(zoomAround(camera, [camera.width / 2, camera.height / 2], levels, ZOOM_LIMITS), 0);
  }

  /** Moves to a view as MapLibre's fitBounds does: eased over FLY_DURATION_MS when `animate`, else a cut. */
  goTo(view: ViewId, animate: boolean, padding: ViewPadding = uniformPadding(VIEW_PADDING_PX)): void {
    this.view = view;
    this.selected = viewCity(view);
    this.padding = padding;
    this.motion.moveTo(this.cameraFor(view), animate ? FLY_DURATION_MS : 0);
  }

  /** Loaded boundaries need MapLibre; without it they are not drawn. */
  fitCustomBoundaries(_animate: boolean): void {}

  regionsAt(level: MapLevel): RegionInfo[] {
    if (level === 'custom') return [];
    const collection = level === 'province' ? this.options.boundaries.provinces : this.options.boundaries.cities;
    return collection.features.map((f) => f.properties);
  }

  focusRegion(code: string | null): void {
    this.setHighlight(code);
    const region = code === null ? undefined : this.regions.get(code);
    if (region) this.showTooltip(region, project(this.motion.camera, region.label));
    else this.tooltip.hidden = true;
  }

  /** Story popups go to this panel instead of over the map (the kiosk's column), as on MapLibre. */
  setPopupDock(element: HTMLElement | null): void {
    const story = this.popup.code ? storyAt(this.popup.code) : undefined;
    this.dock = element
      ? new PopupDock(
          element,
          (s) => this.regions.get(POPUP_REGION[s]),
          () => this.lang,
        )
      : null;
    if (this.dock && story) this.openStoryPopup(story);
    else this.dock?.refresh();
  }

  openStoryPopup(id: PopupId): void {
    const region = this.regions.get(POPUP_REGION[id]);
    if (!region) return;
    if (!this.dock) {
      this.openPopupAt(region, storyPopupContent(id, region, this.lang), 'story-popup-container');
      return;
    }
    // Replaced, not closed by the reader: the floating popup goes without telling the page.
    this.popup.remove();
    this.tooltip.hidden = true;
    this.dock.show(id, this.options.onPopupOpened);
  }

  openRegionPopup(code: string): void {
    const story = this.choropleth.metric.id === 'user' ? undefined : storyAt(code);
    if (story) {
      if (this.options.onStoryPopupRequested) this.options.onStoryPopupRequested(story);
      else this.openStoryPopup(story);
      return;
    }
    const region = this.regions.get(code);
    if (!region) return;
    const { value, within } = this.valueFor(region);
    const title = metricTitle(this.choropleth.metric, this.lang);
    this.openPopupAt(region, regionPopupContent(region, title, value, this.lang, within), 'region-popup-container');
  }

  closePopup(): void {
    if (this.popup.remove()) this.options.onPopupClosed?.();
    if (this.dock?.clear()) this.options.onPopupClosed?.();
  }

  get popupRegion(): string | null {
    return this.popup.code ?? (this.dock?.story ? POPUP_REGION[this.dock.story] : null);
  }

  private showNotice(lang: Lang): void {
    this.noticeLine.textContent = this.options.noticeIn(lang);
    this.noticeLine.hidden = this.noticeLine.textContent === '';
  }

  private cameraFor(view: ViewId): Camera {
    const { provinces, cities } = this.options.boundaries;
    const size = { width: this.options.container.clientWidth, height: this.options.container.clientHeight };
    return fitBounds(viewBounds(view, provinces, cities), size, this.padding, ZOOM_LIMITS);
  }

  private draw(): void {
    const { provinces, cities } = this.options.boundaries;
    this.surface.innerHTML = renderMapSvg({
      provinces,
      cities,
      choropleth: this.choropleth,
      camera: this.motion.camera,
      lang: this.lang,
      selected: this.selected,
      highlighted: this.highlighted,
      labelScale: this.options.labelScale,
      attributes: { 'aria-hidden': 'true', focusable: 'false' },
    });
    for (const listener of this.drawListeners) listener();
  }

  private setHighlight(code: string | null): void {
    if (code === this.highlighted) return;
    this.highlighted = code;
    this.draw();
  }

  private pointOf(event: MouseEvent): [number, number] {
    const box = this.surface.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top];
  }

  /** The region under the pointer: a city where MapLibre would pick one (city level, or zoomed in), else a province. */
  private pick(event: MouseEvent): RegionInfo | null {
    const lngLat = unproject(this.motion.camera, this.pointOf(event));
    const { provinces, cities } = this.options.boundaries;
    const useCities = this.choropleth.level === 'city' || this.motion.camera.zoom >= CITY_LABEL_MIN_ZOOM;
    const feature = (useCities ? featureAt(cities, lngLat) : null) ?? featureAt(provinces, lngLat);
    return feature?.properties ?? null;
  }

  valueFor(region: RegionInfo): ShownValue {
    return shownValue(this.choropleth, region, (code) => this.regions.get(code));
  }

  private showTooltip(region: RegionInfo, [x, y]: [number, number]): void {
    const { value, within } = this.valueFor(region);
    this.tooltip.replaceChildren(
      el('div', { class: 'maplibregl-popup-content' }, tooltipContent(region, value, this.lang, within)),
    );
    this.tooltip.hidden = false;
    this.tooltip.style.transform = `translate(${Math.round(x + 8)}px, ${Math.round(y + 8)}px)`;
  }

  private openPopupAt(region: RegionInfo, content: HTMLElement, className: string): void {
    this.tooltip.hidden = true;
    this.popup.show(region, content, className, t(this.lang, 'popup.close'), () => this.closePopup());
    this.popup.place(this.motion.camera);
    this.options.onPopupOpened?.(content);
  }

  private refreshOpenPopup(): void {
    this.dock?.refresh();
    if (this.dock?.story) return;
    const code = this.popup.code;
    if (!code) return;
    const story = storyAt(code);
    if (story && this.choropleth.metric.id !== 'user') this.openStoryPopup(story);
    else this.openRegionPopup(code);
  }
}
