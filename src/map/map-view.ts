import type { CheckedBoundariesUpdate, ControlPosition, LoadedBoundaries, LoadedDataMap, MapSurface } from './surface';
import { regionsOfLevel } from './surface';
import { POPUP_REGION, storyAt } from '../scene/story';
import { type ShownValue, shownValue } from '../scene/region-value';
import { FLY_DURATION_MS, VIEW_PADDING_PX, ZOOM_LIMITS } from '../scene/framing';
import type { IControl, Map as MaplibreMap, PaddingOptions, PointLike } from 'maplibre-gl';
import type { Bounds } from '../data/boundaries';
import { metricTitle } from '../data/describe';
import type { MapLevel } from '../data/user-data';
import type { RegionInfo } from '../data/regions';
import { t, type Lang } from '../i18n';
import type { Choropleth } from '../scale/choropleth';
import { fillColourExpression } from '../scale/expression';
import type { PopupId, ViewId } from '../state/url-state';
import { sceneLabels, type SceneLabel } from '../scene/labels';
import { applyChoropleth, applyCustomBoundaries, provideHatchImage } from './apply';
import { MapLabels } from './map-labels';
import type { PopupContent } from './popup-content-loader';
import { HoverTooltip } from './hover-tooltip';
import { buildStyle } from './style';
import { StoryMarkers } from './story-markers';
import { CreditsControls } from './credits-control';
import { FloatingPopup } from './floating-popup';
import { PopupDock } from './popup-dock';
import { ViewSelection } from './view-selection';
import { type Picked, pickRegion, sourceOf } from './pick';
import { viewBounds } from './views';
import type { Maplibre } from './load-maplibre';
import type { MapViewOptions } from './map-view-options';

/** The MapLibre map and everything that talks to it directly: hover, popups, camera. */
export class MapView implements MapSurface, LoadedDataMap {
  readonly map: MaplibreMap;
  private choropleth: Choropleth;
  private lang: Lang;
  private readonly regions = new Map<string, RegionInfo>();
  /** Boundaries the user loaded; their codes may repeat built-in ones, so they have their own lookup. */
  private custom: { regions: Map<string, RegionInfo>; bounds: Bounds } | null = null;
  /** Set once the map's 'load' has fired: from then on the style's sources and layers exist. */
  private styleReady = false;
  private readonly tooltip: HoverTooltip;
  private readonly floating: FloatingPopup;
  private openPopupRegion: string | null = null;
  private highlighted: { source: string; id: string } | null = null;
  private readonly selection: ViewSelection;
  private readonly storyMarkers: StoryMarkers | null = null;
  private readonly credits: CreditsControls;
  private readonly labels: MapLabels;

  constructor(
    readonly maplibre: Maplibre,
    private readonly options: MapViewOptions,
  ) {
    this.choropleth = options.choropleth;
    this.lang = options.lang;
    for (const f of [...options.boundaries.provinces.features, ...options.boundaries.cities.features])
      this.regions.set(f.properties.code, f.properties);
    this.labels = new MapLabels(
      () => this.map,
      () => this.sceneLabels(),
    );
    const labels = this.labels.forStyle();
    this.map = new maplibre.Map({
      container: options.container,
      style: buildStyle({
        provinces: options.boundaries.provinces,
        cities: options.boundaries.cities,
        level: options.choropleth.level,
        fillColour: fillColourExpression(options.choropleth.scale),
        labels,
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
    this.tooltip = new HoverTooltip(maplibre, this.map);
    this.credits = new CreditsControls(maplibre, this.map);
    this.floating = new FloatingPopup(maplibre, this.map, () => {
      this.openPopupRegion = null;
      this.options.onPopupClosed?.();
    });
    this.credits.show(options.attribution, false);
    if (options.interactive !== false) {
      this.map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
      this.bindPointer();
      const places = labels.flatMap((l) => (l.story && l.side ? [{ id: l.story, at: l.at, side: l.side }] : []));
      this.storyMarkers = new StoryMarkers(maplibre.Marker, this.map, places, options.lang, (id) => {
        if (this.options.onStoryPopupRequested) this.options.onStoryPopupRequested(id);
        else this.openStoryPopup(id);
      });
    }
    this.selection = new ViewSelection(() => this.map, options.view);
    const restore = () => {
      this.styleReady = true;
      // Names changed before the style loaded (a language switch) go in now; otherwise the style has them.
      this.labels.refresh(true);
      applyChoropleth(this.map, this.choropleth);
      this.selection.reapply();
    };
    this.map.once('load', restore);
    this.map.once('load', () => this.credits.foldCompact());
    // A restored WebGL context rebuilds the style without feature state: the choropleth's values go back in.
    this.map.on('webglcontextrestored', () => this.map.once('style.load', restore));
  }

  private boundsOf(view: ViewId) {
    return viewBounds(view, this.options.boundaries.provinces, this.options.boundaries.cities);
  }

  /** The scene's names for what the map shows now (src/scene/labels.ts): the style and the story markers draw them. */
  sceneLabels(): SceneLabel[] {
    return sceneLabels({
      ...this.options.boundaries,
      custom: this.custom && { features: [...this.custom.regions.values()].map((properties) => ({ properties })) },
      level: this.choropleth.level,
      lang: this.lang,
      // On the live map the story markers carry these two cities' names; a map without them keeps plain labels.
      story: this.options.interactive === false ? 'label' : 'marker',
    });
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
      this.selection.reapply();
    }
    this.labels.refresh(this.styleReady);
    this.refreshOpenPopup();
  }

  /** The credits change with the data shown (the reader's files replace the built-in credits). */
  setAttribution(attribution: string): void {
    this.credits.show(attribution, this.styleReady);
  }

  setLang(lang: Lang, attribution: string): void {
    this.lang = lang;
    this.credits.show(attribution, this.styleReady);
    this.labels.refresh(this.styleReady);
    this.storyMarkers?.setLang(lang);
    this.refreshOpenPopup();
  }

  /** Moves the camera to a view; `animate: false` for cuts (reduced motion, first frame); `padding` keeps room free (a kiosk's popup). */
  goTo(view: ViewId, animate: boolean, padding: number | PaddingOptions = VIEW_PADDING_PX): void {
    this.selection.select(view, this.styleReady);
    const bounds = this.boundsOf(view);
    if (animate) this.map.fitBounds(bounds, { padding, duration: FLY_DURATION_MS, essential: false });
    else this.map.fitBounds(bounds, { padding, animate: false });
  }

  regionsAt(level: MapLevel): RegionInfo[] {
    return regionsOfLevel(this.options.boundaries, level, this.custom?.regions.values() ?? []);
  }

  /** Resolves once the style's sources and layers exist, so data can be put into them. */
  whenStyleReady(): Promise<void> {
    return this.styleReady ? Promise.resolve() : new Promise((resolve) => this.map.once('load', () => resolve()));
  }

  readonly loadedShapes = 'geojson'; // MapLibre's worker parses the text itself
  /** Draws boundaries the user loaded (hidden until a choropleth on the 'custom' level is shown) and frames them. */
  showCustomBoundaries({ shapes, regions, bounds }: LoadedBoundaries): void {
    this.closePopup();
    this.custom = { bounds, regions: new Map() };
    this.updateCustomBoundaries({ shapes, regions });
    this.fitCustomBoundaries(false);
  }

  /** In place, no popup closed nor camera moved; setData keeps the drawn tiles until the new ones are ready. */
  updateCustomBoundaries({ shapes, regions }: CheckedBoundariesUpdate): void {
    if (!this.custom) return;
    this.custom.regions = new Map(regions.map((r) => [r.code, r]));
    if (shapes) applyCustomBoundaries(this.map, shapes);
    this.labels.refresh(this.styleReady);
  }

  fitCustomBoundaries(animate: boolean): void {
    if (this.custom) this.map.fitBounds(this.custom.bounds, { padding: VIEW_PADDING_PX, animate });
  }

  whenDrawn(): Promise<void> {
    return new Promise((resolve) => this.map.once('idle', () => resolve()).triggerRepaint());
  }

  /** A region of the shown level: loaded boundaries when they are shown, the built-in regions otherwise. */
  private regionFor(code: string): RegionInfo | undefined {
    return this.choropleth.level === 'custom' ? this.custom?.regions.get(code) : this.regions.get(code);
  }

  private storyAt(code: string): PopupId | undefined {
    // The article's story belongs to the article's figures; the user's data gets its own popup.
    return this.choropleth.metric.id === 'user' ? undefined : storyAt(code);
  }

  /** A panel beside the map (the kiosk's) that shows story popups instead of the map: nothing covers the place. */
  private dock: PopupDock | null = null;

  setPopupDock(element: HTMLElement | null): void {
    this.dock = element
      ? new PopupDock(
          element,
          (story) => this.regions.get(POPUP_REGION[story]),
          () => this.lang,
        )
      : null;
    this.dock?.refresh();
  }

  openStoryPopup(id: PopupId): void {
    const region = this.regions.get(POPUP_REGION[id]);
    if (!region) return;
    if (this.dock) {
      // Replaced, not closed by the reader: forget the floating popup before it fires 'close'.
      this.floating.replace();
      this.tooltip.hide();
      this.dock.story = id;
      this.openPopupRegion = region.code;
      const dock = this.dock.element;
      this.dock
        .render()
        .then(() => this.options.onPopupOpened?.(dock))
        .catch((error: unknown) => console.error(error));
      return;
    }
    this.openPopupAt(region, (c) => c.storyPopupContent(id, region, this.lang), 'story-popup-container');
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
    const title = metricTitle(this.choropleth.metric, this.lang);
    this.openPopupAt(
      region,
      (c) => c.regionPopupContent(region, title, value, this.lang, within),
      'region-popup-container',
    );
  }

  closePopup(): void {
    this.floating.close();
    if (this.dock?.story) {
      this.dock.story = null;
      this.openPopupRegion = null;
      this.dock.refresh();
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
      this.tooltip.hide();
      return;
    }
    const region = this.regionFor(code);
    if (region) this.showTooltip(region, region.label);
  }

  private openPopupAt(region: RegionInfo, make: (c: PopupContent) => HTMLElement, className: string): void {
    this.floating.open(region.label, make, className, t(this.lang, 'popup.close'), (content) => {
      this.tooltip.hide();
      this.openPopupRegion = region.code;
      this.options.onPopupOpened?.(content);
    });
  }

  private refreshOpenPopup(): void {
    this.dock?.refresh();
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
    this.tooltip.show(at, (texts) => texts.tooltipContent(region, value, this.lang, within));
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
      else this.tooltip.hide();
    });
    this.map.on('mouseout', () => {
      this.setHighlight(null);
      this.tooltip.hide();
    });
    this.map.on('click', (event) => {
      const picked = this.pick(event.point);
      if (picked) this.openRegionPopup(picked.region.code);
    });
  }
}
