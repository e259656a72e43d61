import type { ControlPosition, MapSurface } from './surface';
import { POPUP_REGION, storyAt } from '../scene/story';
import { type ShownValue, shownValue } from '../scene/region-value';
import { VIEW_PADDING_PX, ZOOM_LIMITS } from '../scene/framing';
import type { IControl, Map as MaplibreMap, Popup, PaddingOptions, PointLike } from 'maplibre-gl';
import type { Bounds, RegionCollection } from '../data/boundaries';
import { metricTitle } from '../data/describe';
import type { MapLevel } from '../data/user-data';
import type { RegionInfo } from '../data/regions';
import { t, type Lang } from '../i18n';
import type { Choropleth } from '../scale/choropleth';
import { fillColourExpression } from '../scale/expression';
import type { PopupId, ViewId } from '../state/url-state';
import { applyChoropleth, applyCustomBoundaries, applyLanguage, provideHatchImage } from './apply';
import { regionPopupContent, storyPopupContent, tooltipContent } from './popup-content';
import { buildStyle, SOURCE } from './style';
import { StoryMarkers } from './story-markers';
import { CreditsControls } from './credits-control';
import { FloatingPopup } from './floating-popup';
import { PopupDock } from './popup-dock';
import { type Picked, pickRegion, sourceOf } from './pick';
import { viewBounds, viewCity } from './views';

import type { Maplibre } from './load-maplibre';
export { loadMaplibre, type Maplibre } from './load-maplibre';
export type { MapViewOptions } from './map-view-options';
import type { MapViewOptions } from './map-view-options';

const FLY_DURATION_MS = 1200;

const TOOLTIP_OPTIONS = {
  closeButton: false,
  closeOnClick: false,
  className: 'map-tooltip',
  maxWidth: '280px',
  offset: 8,
};

/** The MapLibre map and everything that talks to it directly: hover, popups, camera. */
export class MapView implements MapSurface {
  readonly map: MaplibreMap;
  private choropleth: Choropleth;
  private lang: Lang;
  private readonly regions = new Map<string, RegionInfo>();
  /** Boundaries the user loaded; their codes may repeat built-in ones, so they have their own lookup. */
  private custom: { collection: RegionCollection; regions: Map<string, RegionInfo>; bounds: Bounds } | null = null;
  /** Set once the map's 'load' has fired: from then on the style's sources and layers exist. */
  private styleReady = false;
  private readonly tooltip: Popup;
  private readonly floating: FloatingPopup;
  private openPopupRegion: string | null = null;
  private highlighted: { source: string; id: string } | null = null;
  private selectedCity: string | null = null;
  private readonly storyMarkers: StoryMarkers | null = null;
  private readonly credits: CreditsControls;

  constructor(
    readonly maplibre: Maplibre,
    private readonly options: MapViewOptions,
  ) {
    this.tooltip = new maplibre.Popup(TOOLTIP_OPTIONS);
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
      ...ZOOM_LIMITS,
      interactive: options.interactive ?? true,
      canvasContextAttributes: { preserveDrawingBuffer: options.preserveDrawingBuffer ?? false },
    });
    provideHatchImage(this.map);
    this.credits = new CreditsControls(maplibre, this.map);
    this.floating = new FloatingPopup(maplibre, this.map, () => {
      this.openPopupRegion = null;
      this.options.onPopupClosed?.();
    });
    this.credits.show(options.attribution, false);
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
    this.map.once('load', () => this.credits.foldCompact());
    // A restored WebGL context rebuilds the style without feature state: the choropleth's values go back in.
    this.map.on('webglcontextrestored', () => this.map.once('style.load', restore));
  }

  private boundsOf(view: ViewId) {
    const { provinces, cities } = this.options.boundaries;
    return viewBounds(view, provinces, cities);
  }

  get currentChoropleth(): Choropleth {
    return this.choropleth;
  }

  addControl(control: IControl, position: ControlPosition): void {
    this.map.addControl(control, position);
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
    this.credits.show(attribution, this.styleReady);
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
  showCustomBoundaries(collection: RegionCollection, bounds: Bounds): void {
    this.closePopup();
    this.custom = {
      collection,
      bounds,
      regions: new Map(collection.features.map((f) => [f.properties.code, f.properties])),
    };
    applyCustomBoundaries(this.map, collection);
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
    return storyAt(code);
  }

  /** A panel beside the map (the kiosk's) that shows story popups instead of the map: nothing covers the place. */
  private dock: PopupDock | null = null;

  setPopupDock(element: HTMLElement | null): void {
    this.dock = element ? new PopupDock(element) : null;
    this.renderDock();
  }

  private renderDock(): void {
    const story = this.dock?.story;
    this.dock?.render(story ? this.regions.get(POPUP_REGION[story]) : undefined, this.lang);
  }

  openStoryPopup(id: PopupId): void {
    const region = this.regions.get(POPUP_REGION[id]);
    if (!region) return;
    if (this.dock) {
      // Replaced, not closed by the reader: forget the floating popup before it fires 'close'.
      this.floating.replace();
      this.tooltip.remove();
      this.dock.story = id;
      this.openPopupRegion = region.code;
      this.renderDock();
      this.options.onPopupOpened?.(this.dock.element);
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
    this.floating.close();
    if (this.dock?.story) {
      this.dock.story = null;
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

  private openPopupAt(region: RegionInfo, content: HTMLElement, className: string): void {
    this.floating.open(region.label, content, className, t(this.lang, 'popup.close'), () => {
      this.tooltip.remove();
      this.openPopupRegion = region.code;
      this.options.onPopupOpened?.(content);
    });
  }

  private refreshOpenPopup(): void {
    this.renderDock();
    if (this.dock?.story) return;
    const code = this.openPopupRegion;
    if (!code) return;
    const story = this.storyAt(code);
    if (story) this.openStoryPopup(story);
    else this.openRegionPopup(code);
  }

  /** The value the choropleth gives a region; a city under a province metric shows its province's. */
  valueFor(region: RegionInfo): ShownValue {
    return shownValue(this.choropleth, region, (code) => this.regions.get(code));
  }

  private showTooltip(region: RegionInfo, at: [number, number] | { lng: number; lat: number }): void {
    const { value, within } = this.valueFor(region);
    this.tooltip
      .setLngLat(at)
      .setDOMContent(tooltipContent(region, value, this.lang, within))
      .addTo(this.map);
  }

  private pick(point: PointLike): Picked | null {
    return pickRegion(this.map, point, this.choropleth.level, this.regions, this.custom?.regions);
  }

  private setHighlight(code: string | null): void {
    if (this.highlighted) this.map.setFeatureState(this.highlighted, { hover: false });
    this.highlighted = null;
    if (code === null) return;
    const region = this.regionFor(code);
    if (!region) return;
    this.highlighted = { source: sourceOf(region, this.choropleth.level), id: code };
    this.map.setFeatureState(this.highlighted, { hover: true });
  }

  private bindPointer(): void {
    const canvas = this.map.getCanvasContainer();
    this.map.on('mousemove', (event) => {
      const picked = this.pick(event.point);
      canvas.style.cursor = picked ? 'pointer' : '';
      this.setHighlight(picked?.region.code ?? null);
      if (picked && !this.floating.isOpen) this.showTooltip(picked.region, event.lngLat);
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
