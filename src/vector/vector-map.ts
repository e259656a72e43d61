import type { ControlPosition, MapSurface } from '../map/surface';
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
import { VIEW_PADDING_PX, ZOOM_LIMITS } from '../scene/framing';
import { featureAt } from './hit-test';
import { bindPanZoom, previewTransform } from './pan-zoom';
import { renderMapSvg } from './render-svg';
import './vector-map.css';
import './strings';

const POPUP_MARGIN_PX = 8;

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
}

/**
 * The map for a browser without WebGL2: the vector renderer's SVG with MapView's behaviour (views, hover
 * tooltips, click and keyboard popups, controls in the corners). Each change draws the SVG again; a
 * redraw of the Zhejiang view takes a few milliseconds.
 */
export class VectorMap implements MapSurface {
  private readonly root: HTMLElement;
  private readonly surface: HTMLElement;
  private readonly noticeLine: HTMLElement;
  private readonly attributionLine: HTMLElement;
  private readonly tooltip = el('div', { class: 'maplibregl-popup map-tooltip vector-tooltip', hidden: '' });
  private choropleth: Choropleth;
  private lang: Lang;
  private view: ViewId;
  private camera: Camera;
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
    options.container.append(this.root);
    this.camera = this.cameraFor(this.view);
    this.draw();
    // Drag, wheel and double click move the camera (src/vector/pan-zoom.ts); a drag is not a click.
    const gestures = bindPanZoom(this.surface, {
      camera: () => this.camera,
      limits: ZOOM_LIMITS,
      preview: (camera) => {
        this.tooltip.hidden = true;
        const drawn = this.surface.firstElementChild as SVGElement | null;
        // From the top left corner, on a layer of its own: the compositor moves what is drawn, nothing is redrawn.
        if (drawn)
          drawn.style.cssText = `transform-origin:0 0;will-change:transform;transform:${previewTransform(this.camera, camera)}`;
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
      if (clientWidth !== this.camera.width || clientHeight !== this.camera.height) {
        this.camera = this.cameraFor(this.view);
        this.draw();
        this.placePopup();
      }
    }).observe(options.container);
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
    this.showNotice(lang);
    this.draw();
    this.refreshOpenPopup();
  }

  /** Cuts to a view: a sequence of SVG frames would cost more than it shows. */
  goTo(view: ViewId, _animate: boolean): void {
    this.view = view;
    this.selected = viewCity(view);
    this.camera = this.cameraFor(view);
    this.draw();
    this.placePopup();
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
    const region = this.regions.get(code);
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

  private showNotice(lang: Lang): void {
    this.noticeLine.textContent = this.options.noticeIn(lang);
    this.noticeLine.hidden = this.noticeLine.textContent === '';
  }

  private cameraFor(view: ViewId): Camera {
    const { provinces, cities } = this.options.boundaries;
    const size = { width: this.options.container.clientWidth, height: this.options.container.clientHeight };
    return fitBounds(viewBounds(view, provinces, cities), size, uniformPadding(VIEW_PADDING_PX), ZOOM_LIMITS);
  }

  private draw(): void {
    const { provinces, cities } = this.options.boundaries;
    this.surface.innerHTML = renderMapSvg({
      provinces,
      cities,
      choropleth: this.choropleth,
      camera: this.camera,
      lang: this.lang,
      selected: this.selected,
      highlighted: this.highlighted,
      attributes: { 'aria-hidden': 'true', focusable: 'false' },
    });
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
    const lngLat = unproject(this.camera, this.pointOf(event));
    const { provinces, cities } = this.options.boundaries;
    const useCities = this.choropleth.level === 'city' || this.camera.zoom >= CITY_LABEL_MIN_ZOOM;
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
    const previous = this.popup;
    this.popup = null;
    previous?.element.remove();
    this.tooltip.hidden = true;
    const close = el('button', {
      type: 'button',
      class: 'maplibregl-popup-close-button',
      'aria-label': t(this.lang, 'popup.close'),
    });
    close.textContent = '×';
    close.addEventListener('click', () => this.closePopup());
    const element = el(
      'div',
      {
        class: `maplibregl-popup maplibregl-popup-anchor-bottom vector-popup ${className}`,
        role: 'dialog',
        'aria-label': content.querySelector('h2')?.textContent ?? '',
      },
      el('div', { class: 'maplibregl-popup-tip' }),
      el('div', { class: 'maplibregl-popup-content' }, content, close),
    );
    element.style.maxWidth = '360px';
    this.root.append(element);
    this.popup = { element, code: region.code };
    this.placePopup();
    close.focus();
    this.options.onPopupOpened?.(content);
  }

  /** Above the region's label point, kept inside the map. */
  private placePopup(): void {
    if (!this.popup) return;
    const region = this.regions.get(this.popup.code);
    if (!region) return;
    const [x, y] = project(this.camera, region.label);
    const { offsetWidth: width, offsetHeight: height } = this.popup.element;
    const left = Math.max(POPUP_MARGIN_PX, Math.min(this.camera.width - width - POPUP_MARGIN_PX, x - width / 2));
    const top = Math.max(POPUP_MARGIN_PX, y - height);
    this.popup.element.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  private refreshOpenPopup(): void {
    const code = this.popup?.code;
    if (!code) return;
    const story = storyAt(code);
    if (story && this.choropleth.metric.id !== 'user') this.openStoryPopup(story);
    else this.openRegionPopup(code);
  }
}
