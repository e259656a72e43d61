import type { CreditedData } from '../data/data-credits';
import type { Lang } from '../i18n';
import type { MapSurface } from '../map/surface';
import type { Choropleth } from '../scale/choropleth';
import { attributionText } from '../shared/credits';
import type { Store } from '../state/store';
import { type AppState, serialiseState } from '../state/url-state';
import type { LegendControl } from './legend';
import { renderShellText } from './shell';

/** What surrounds a map on the page and follows the state with it. */
export interface PageAroundMap {
  legend: LegendControl;
  /** Shows a choropleth on the map with all that reads it: the legend, and the credits of whose data it is. */
  show: (choropleth: Choropleth, lang: Lang) => void;
  /** Whose data the map draws now (built-in, or the reader's files), for the credits. */
  credits: () => CreditedData;
  /** The choropleth a state asks for: a built-in metric, or the reader's file while `userData` is set. */
  choroplethFor: (state: AppState) => Choropleth;
  /** The article's figures panel, in a language. */
  renderFigures: (lang: Lang) => void;
  /** The controls, region list and data table. */
  renderPanels: (state: AppState) => void;
  /** Everything else that speaks (the Load data control): told of a new language. */
  onLang?: (lang: Lang) => void;
  browserLang: Lang;
  prefersReducedMotion: () => boolean;
}

/**
 * The one wiring of a map surface to the store, for MapLibre and for the vector map alike: URL, choropleth and
 * legend, language (map, credits, header, figures panel, panels), view, popup. A panel added here follows
 * every map; before this, the map without WebGL had its own copy and its figures panel kept the old language.
 * Returns what undoes it.
 */
export function followStore(surface: MapSurface, store: Store, page: PageAroundMap): () => void {
  const unsubscribe = store.subscribe((next, previous) => {
    history.replaceState(null, '', `${location.pathname}${serialiseState(next, page.browserLang)}${location.hash}`);
    const animate = !page.prefersReducedMotion();
    if (next.metric !== previous.metric || next.userData !== previous.userData) {
      const wasCustom = surface.currentChoropleth.level === 'custom';
      const shown = page.choroplethFor(next);
      page.show(shown, next.lang);
      if (shown.level === 'custom' && !wasCustom) surface.fitCustomBoundaries(animate);
      else if (wasCustom && shown.level !== 'custom') surface.goTo(next.view, animate);
    } else if (next.lang !== previous.lang) {
      page.legend.render(surface.currentChoropleth, next.lang);
    }
    if (next.lang !== previous.lang) {
      surface.setLang(next.lang, attributionText(next.lang, page.credits()));
      renderShellText(next, page.credits());
      page.renderFigures(next.lang);
      page.onLang?.(next.lang);
    }
    if (next.view !== previous.view) surface.goTo(next.view, animate);
    if (next.popup !== previous.popup) {
      if (next.popup) surface.openStoryPopup(next.popup);
      else surface.closePopup();
    }
    page.renderPanels(next);
  });
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') surface.closePopup();
  };
  document.addEventListener('keydown', onKey);
  // Undone when auto's vector map hands over to MapLibre (hand-over.ts).
  return () => {
    unsubscribe();
    document.removeEventListener('keydown', onKey);
  };
}
