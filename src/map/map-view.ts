import type { Map as MaplibreMap, Popup, MapGeoJSONFeature, PaddingOptions, PointLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Bounds, RegionCollection } from '../data/boundaries';
import { metricTitle } from '../data/describe';
import type { MapLevel } from '../data/user-data';
import type { RegionInfo } from '../data/regions';
import { t, type Lang } from '../i18n';
import type { Boundaries, Choropleth } from '../scale/choropleth';
import { fillColourExpression } from '../scale/expression';
import type { PopupId, ViewId } from '../state/url-state';
import {
  applyChoropleth,
  applyCustomBoundaries,
  applyLanguage,
  type CustomBoundaries,
  provideHatchImage,
} from './apply';
import {
  POPUP_REGION,
  regionPopupContent,
  reportFiguresContent,
  storyPopupContent,
  tooltipContent,
} from './popup-content';
import { buildStyle, CITY_LABEL_MIN_ZOOM, LAYER, SOURCE } from './style';
import { StoryMarkers } from './story-markers';
import { viewBounds, viewCity } from './views';

/** MapLibre's module, imported dynamically: the first paint (src/vector) is drawn before it is even parsed. */
export type Maplibre = typeof import('maplibre-gl');

/** Imports MapLibre and starts its worker; the app calls it first thing, so both load while the boundaries arrive. */
export async function loadMaplibre(): Promise<Maplibre> {
  const maplibre = await import('maplibre-gl');
  maplibre.setWorkerUrl(workerUrl);
  maplibre.prewarm();
  return maplibre;
}

const VIEW_PADDING_PX = 24;
const FLY_DURATION_MS = 1200;
// MapLibre's own threshold for its compact attribution.
const COMPACT_ATTRIBUTION_BELOW_PX = 640;

export interface MapViewOptions {
  container: HTMLElement;
  boundaries: Boundaries;
  choropleth: Choropleth;
  lang: Lang;
  view: ViewId;
  attribution: string;
  /** Called when the user closes a story popup, so the URL can forget it. */
  onPopupClosed?: () => void;
  /** Called with a popup's content when it opens, for the screen-reader announcement. */
  onPopupOpened?: (content: HTMLElement) => void;
  /** Called when the user asks for a story popup (click, tap, Enter); the app state decides and opens it. */
  onStoryPopupRequested?: (id: PopupId) => void;
  preserveDrawingBuffer?: boolean;
  interactive?: boolean;
  /** Times the usual size of region names (the kiosk's, read from three metres). */
  labelScale?: number;
}

type Pickable = { region: RegionInfo; level: MapLevel };

/** The MapLibre map and everything that talks to it directly: hover, popups, camera. */
export class MapView {
  readonly map: MaplibreMap;
  private choropleth: Choropleth;
  private lang: Lang;
  private readonly regions = new Map<string, RegionInfo>();
  /** Boundaries the user loaded; their codes may repeat built-in ones, so they have their own lookup. */
  private custom: { regions: Map<string, RegionInfo>; bounds: Bounds } | null = null;
  /** Set once the map's 'load' has fired: from then on the style's sources and layers exist. */
  private styleReady = false;
  private readonly tooltip: Popup;
  private readonly tooltipOptions = {
    closeButton: false,
    closeOnClick: false,
    className: 'map-tooltip',
    maxWidth: '280px',
    offset: 8,
  };
  private popup: Popup | null = null;
  private openPopupRegion: string | null = null;
  private highlighted: { source: string; id: string } | null = null;
  private selectedCity: string | null = null;
  private readonly storyMarkers: StoryMarkers | null = null;

  constructor(
    private readonly maplibre: Maplibre,
    private readonly options: MapViewOptions,
  ) {
    this.tooltip = new maplibre.Popup(this.tooltipOptions);
    this.choropleth = options.choropleth;
    this.lang = options.lang;
    for (const f of [...options.boundaries.provinces.features, ...options.boundaries.cities.features])
      this.regions.set(f.properties.code, f.properties);
    this.map = new maplibre.Map({
      container: options.container,
      style: buildStyle({
        provinces: options.boundaries.provinces,
        cities: options.boundaries.cities,
        lang: options.lang,
        level: options.choropleth.level,
        fillColour: fillColourExpression(options.choropleth.scale),
        // On the live map the story markers carry these two cities' names; an export keeps the plain labels.
        markedRegions: options.interactive === false ? [] : Object.values(POPUP_REGION),
        labelScale: options.labelScale,
      }),
      bounds: this.boundsOf(options.view),
      fitBoundsOptions: { padding: VIEW_PADDING_PX },
      attributionControl: false,
      // No fade-in of labels: the first frame is the finished map.
      fadeDuration: 0,
      maxZoom: 11,
      minZoom: 2,
      interactive: options.interactive ?? true,
      canvasContextAttributes: { preserveDrawingBuffer: options.preserveDrawingBuffer ?? false },
    });
    provideHatchImage(this.map);
    this.addAttributionAndScale(options.attribution);
    if (options.interactive !== false) {
      this.map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
      this.bindPointer();
      const places = (Object.keys(POPUP_REGION) as PopupId[]).flatMap((id) => {
        const region = this.regions.get(POPUP_REGION[id]);
        return region ? [{ id, at: region.label }] : [];
      });
      this.storyMarkers = new StoryMarkers(maplibre.Marker, this.map, places, options.lang, (id) => {
        if (this.options.onStoryPopupRequested) this.options.onStoryPopupRequested(id);
        else this.openStoryPopup(id);
      });
    }
    this.selectedCity = viewCity(options.view);
    const restore = () => {
      this.styleReady = true;
      applyChoropleth(this.map, this.choropleth);
      this.reapplySelection();
    };
    this.map.once('load', restore);
    // On a phone MapLibre shows its compact attribution unfolded over the map; the page's source line
    // already says the same, so it starts folded (the ⓘ button opens it).
    this.map.once('load', () => this.foldCompactAttribution());
    // A restored WebGL context rebuilds the style without feature state: the choropleth's values go back in.
    this.map.on('webglcontextrestored', () => this.map.once('style.load', restore));
  }

  private attribution: InstanceType<Maplibre['AttributionControl']> | null = null;
  private scaleBar: InstanceType<Maplibre['ScaleControl']> | null = null;

  /** MapLibre's attribution takes its text once: a new language means a new control, with the scale bar kept above it. */
  private addAttributionAndScale(text: string): void {
    if (this.attribution) this.map.removeControl(this.attribution);
    if (this.scaleBar) this.map.removeControl(this.scaleBar);
    this.attribution = new this.maplibre.AttributionControl({ customAttribution: text });
    this.scaleBar = new this.maplibre.ScaleControl({ unit: 'metric' });
    this.map.addControl(this.attribution, 'bottom-right');
    this.map.addControl(this.scaleBar, 'bottom-right');
    if (this.styleReady) this.foldCompactAttribution();
  }

  private foldCompactAttribution(): void {
    const container = this.options.container;
    if (container.clientWidth >= COMPACT_ATTRIBUTION_BELOW_PX) return;
    const attribution = container.querySelector('.maplibregl-ctrl-attrib');
    attribution?.classList.remove('maplibregl-compact-show');
    attribution?.removeAttribute('open');
  }

  private boundsOf(view: ViewId) {
    const { provinces, cities } = this.options.boundaries;
    return viewBounds(view, provinces, cities);
  }

  get currentChoropleth(): Choropleth {
    return this.choropleth;
  }

  showChoropleth(choropleth: Choropleth): void {
    this.choropleth = choropleth;
    // Not isStyleLoaded(): it is false while any source loads (new data, tiles), yet after 'load' the
    // style can always take paint and state. Before 'load', restore() applies the latest choropleth.
    if (this.styleReady) {
      applyChoropleth(this.map, choropleth);
      this.reapplySelection();
    }
    this.refreshOpenPopup();
  }

  setLang(lang: Lang, attribution: string): void {
    this.lang = lang;
    this.addAttributionAndScale(attribution);
    applyLanguage(this.map, lang);
    this.storyMarkers?.setLang(lang);
    this.refreshOpenPopup();
  }

  /** Moves the camera to a view; `animate: false` for cuts (reduced motion, first frame); `padding` keeps room free (a kiosk's popup). */
  goTo(view: ViewId, animate: boolean, padding: number | PaddingOptions = VIEW_PADDING_PX): void {
    this.selectViewRegion(view);
    const bounds = this.boundsOf(view);
    if (animate) this.map.fitBounds(bounds, { padding, duration: FLY_DURATION_MS, essential: false });
    else this.map.fitBounds(bounds, { padding, animate: false });
  }

  /** Outlines the city a view is about; feature-state, so it survives metric switches only if re-applied. */
  private selectViewRegion(view: ViewId): void {
    if (this.styleReady && this.selectedCity)
      this.map.setFeatureState({ source: SOURCE.cities, id: this.selectedCity }, { selected: false });
    this.selectedCity = viewCity(view);
    // Before 'load' the style has no sources yet; restore() puts the selection in once it does.
    if (this.styleReady) this.reapplySelection();
  }

  private reapplySelection(): void {
    if (this.selectedCity)
      this.map.setFeatureState({ source: SOURCE.cities, id: this.selectedCity }, { selected: true });
  }

  regionsAt(level: MapLevel): RegionInfo[] {
    if (level === 'custom') return [...(this.custom?.regions.values() ?? [])];
    const collection: RegionCollection =
      level === 'province' ? this.options.boundaries.provinces : this.options.boundaries.cities;
    return collection.features.map((f) => f.properties);
  }

  /** Resolves once the style's sources and layers exist, so data can be put into them. */
  whenStyleReady(): Promise<void> {
    return this.styleReady ? Promise.resolve() : new Promise((resolve) => this.map.once('load', () => resolve()));
  }

  /** Draws boundaries the user loaded (hidden until a choropleth on the 'custom' level is shown) and frames them. */
  showCustomBoundaries(drawn: CustomBoundaries, bounds: Bounds): void {
    this.closePopup();
    this.custom = { bounds, regions: new Map(drawn.regions.map((r) => [r.code, r])) };
    applyCustomBoundaries(this.map, drawn);
    this.fitCustomBoundaries(false);
  }

  fitCustomBoundaries(animate: boolean): void {
    if (this.custom) this.map.fitBounds(this.custom.bounds, { padding: VIEW_PADDING_PX, animate });
  }

  /** A region of the shown level: loaded boundaries when they are shown, the built-in regions otherwise. */
  private regionFor(code: string): RegionInfo | undefined {
    return this.choropleth.level === 'custom' ? this.custom?.regions.get(code) : this.regions.get(code);
  }

  private storyAt(code: string): PopupId | undefined {
    // The article's story belongs to the article's figures; the user's data gets its own popup.
    if (this.choropleth.metric.id === 'user') return undefined;
    return (Object.keys(POPUP_REGION) as PopupId[]).find((id) => POPUP_REGION[id] === code);
  }

  /** A panel beside the map (the kiosk's) that shows story popups instead of the map: nothing covers the place. */
  private dock: HTMLElement | null = null;
  private dockedStory: PopupId | null = null;

  setPopupDock(dock: HTMLElement | null): void {
    this.dock = dock;
    this.renderDock();
  }

  private renderDock(): void {
    if (!this.dock) return;
    const region = this.dockedStory ? this.regions.get(POPUP_REGION[this.dockedStory]) : undefined;
    const content =
      this.dockedStory && region
        ? storyPopupContent(this.dockedStory, region, this.lang)
        : reportFiguresContent(this.lang);
    this.dock.replaceChildren(content);
    this.dock.dataset['story'] = this.dockedStory ?? '';
  }

  openStoryPopup(id: PopupId): void {
    const region = this.regions.get(POPUP_REGION[id]);
    if (!region) return;
    if (this.dock) {
      // Replaced, not closed by the reader: forget the floating popup before it fires 'close'.
      const floating = this.popup;
      this.popup = null;
      floating?.remove();
      this.tooltip.remove();
      this.dockedStory = id;
      this.openPopupRegion = region.code;
      this.renderDock();
      this.options.onPopupOpened?.(this.dock);
      return;
    }
    this.openPopupAt(region, storyPopupContent(id, region, this.lang), 'story-popup-container');
  }

  openRegionPopup(code: string): void {
    const story = this.storyAt(code);
    if (story) {
      if (this.options.onStoryPopupRequested) this.options.onStoryPopupRequested(story);
      else this.openStoryPopup(story);
      return;
    }
    const region = this.regionFor(code);
    if (!region) return;
    const { value, within } = this.valueFor(region);
    this.openPopupAt(
      region,
      regionPopupContent(region, metricTitle(this.choropleth.metric, this.lang), value, this.lang, within),
      'region-popup-container',
    );
  }

  closePopup(): void {
    this.popupOpening = null;
    this.popup?.remove();
    if (this.dockedStory) {
      this.dockedStory = null;
      this.openPopupRegion = null;
      this.renderDock();
      this.options.onPopupClosed?.();
    }
  }

  get popupRegion(): string | null {
    return this.openPopupRegion;
  }

  /** Highlights a region (keyboard focus) and shows its tooltip. */
  focusRegion(code: string | null): void {
    this.setHighlight(code);
    if (code === null) {
      this.tooltip.remove();
      return;
    }
    const region = this.regionFor(code);
    if (region) this.showTooltip(region, region.label);
  }

  /** The popup waiting for popup-fit.ts; a newer request or a close makes it stale. */
  private popupOpening: object | null = null;

  private openPopupAt(region: RegionInfo, content: HTMLElement, className: string): void {
    const request = {};
    this.popupOpening = request;
    // Fitting (placement, the phone's bottom sheet) is fetched with the first popup, not with the first view.
    import('./popup-fit')
      .then(({ fitPopup }) => {
        if (this.popupOpening !== request) return;
        this.popupOpening = null;
        this.showPopupAt(region, content, className, fitPopup);
      })
      .catch((error: unknown) => console.error(error));
  }

  private showPopupAt(
    region: RegionInfo,
    content: HTMLElement,
    className: string,
    fitPopup: typeof import('./popup-fit').fitPopup,
  ): void {
    // Replacing a popup is not the user closing it: forget the old one before it fires 'close'.
    const previous = this.popup;
    this.popup = null;
    previous?.remove();
    this.tooltip.remove();
    // Placed by popup-fit.ts from its top-left corner, not by MapLibre's anchor, which knows nothing of the legend.
    const popup = new this.maplibre.Popup({
      className,
      maxWidth: 'none',
      // popup-fit.ts focuses it once placed.
      focusAfterOpen: false,
      closeButton: true,
      anchor: 'top-left',
    })
      .setLngLat(region.label)
      .setDOMContent(content)
      .addTo(this.map);
    const stopFitting = fitPopup(this.map, popup, region.label);
    const closeButton = popup.getElement()?.querySelector('.maplibregl-popup-close-button');
    closeButton?.setAttribute('aria-label', t(this.lang, 'popup.close'));
    this.popup = popup;
    this.openPopupRegion = region.code;
    this.options.onPopupOpened?.(content);
    popup.on('close', () => {
      stopFitting();
      if (this.popup !== popup) return;
      this.popup = null;
      this.openPopupRegion = null;
      this.options.onPopupClosed?.();
    });
  }

  private refreshOpenPopup(): void {
    this.renderDock();
    if (this.dockedStory) return;
    const code = this.openPopupRegion;
    if (!code) return;
    const story = this.storyAt(code);
    if (story) this.openStoryPopup(story);
    else this.openRegionPopup(code);
  }

  /** The value the choropleth gives a region; a city under a province metric shows its province's. */
  valueFor(region: RegionInfo) {
    if (this.choropleth.level === 'province' && region.parent !== '100000') {
      const province = this.regions.get(region.parent);
      return { value: this.choropleth.values.get(region.parent), within: province };
    }
    return { value: this.choropleth.values.get(region.code), within: undefined };
  }

  private showTooltip(region: RegionInfo, at: [number, number] | { lng: number; lat: number }): void {
    const { value, within } = this.valueFor(region);
    this.tooltip
      .setLngLat(at)
      .setDOMContent(tooltipContent(region, value, this.lang, within))
      .addTo(this.map);
  }

  private pick(point: PointLike): Pickable | null {
    if (this.choropleth.level === 'custom') {
      const feature = this.map.queryRenderedFeatures(point, { layers: [LAYER.customFill] })[0];
      const region = feature ? this.custom?.regions.get(String(feature.properties['code'])) : undefined;
      return region ? { region, level: 'custom' } : null;
    }
    const useCities = this.choropleth.level === 'city' || this.map.getZoom() >= CITY_LABEL_MIN_ZOOM;
    const layers = useCities ? [LAYER.cityFill, LAYER.provinceFill] : [LAYER.provinceFill];
    const features: MapGeoJSONFeature[] = this.map.queryRenderedFeatures(point, { layers });
    const feature = features[0];
    if (!feature) return null;
    const region = this.regions.get(String(feature.properties['code']));
    if (!region) return null;
    return { region, level: feature.layer.id === LAYER.cityFill ? 'city' : 'province' };
  }

  private setHighlight(code: string | null): void {
    if (this.highlighted) this.map.setFeatureState(this.highlighted, { hover: false });
    this.highlighted = null;
    if (code === null) return;
    const region = this.regionFor(code);
    if (!region) return;
    const source =
      this.choropleth.level === 'custom'
        ? SOURCE.custom
        : region.parent === '100000'
          ? SOURCE.provinces
          : SOURCE.cities;
    this.highlighted = { source, id: code };
    this.map.setFeatureState(this.highlighted, { hover: true });
  }

  private bindPointer(): void {
    const canvas = this.map.getCanvasContainer();
    this.map.on('mousemove', (event) => {
      const picked = this.pick(event.point);
      canvas.style.cursor = picked ? 'pointer' : '';
      this.setHighlight(picked?.region.code ?? null);
      if (picked && !this.popup) this.showTooltip(picked.region, event.lngLat);
      else this.tooltip.remove();
    });
    this.map.on('mouseout', () => {
      this.setHighlight(null);
      this.tooltip.remove();
    });
    this.map.on('click', (event) => {
      const picked = this.pick(event.point);
      if (picked) this.openRegionPopup(picked.region.code);
    });
  }
}
