import type { Map as MaplibreMap, Marker } from 'maplibre-gl';
import { t, type Lang } from '../i18n';
import type { PopupId } from '../state/url-state';
import { el } from '../shared/dom';
import type { NameSide } from '../scene/story-sides';
import { STORY_NAMES_MIN_ZOOM } from '../scene/labels';

export interface StoryPlace {
  id: PopupId;
  /** Where the marker stands: the city's label point, whose symbol label the marker replaces. */
  at: readonly [number, number];
  /** The side of the dot its name goes (the scene's, as every export draws it). */
  side: NameSide;
}

/**
 * Hangzhou and Shaoxing, the article's two places, as buttons on the map: a dot with the name, unlike the
 * plain region labels, focusable and opened by click, tap, Enter or Space like any button. They stand in
 * every view; a view without the city simply has them off screen.
 */
export class StoryMarkers {
  private readonly markers: { place: StoryPlace; button: HTMLButtonElement; marker: Marker }[] = [];

  /**
   * `MarkerClass` comes from the dynamically imported MapLibre module: a value import of 'maplibre-gl' here
   * would tie MapLibre's chunk to the app's first chunk and hold the first paint back until it has loaded.
   */
  constructor(
    MarkerClass: typeof Marker,
    map: MaplibreMap,
    places: readonly StoryPlace[],
    lang: Lang,
    private readonly open: (id: PopupId) => void,
  ) {
    for (const place of places) {
      const nameLeft = place.side === 'left';
      const button = el('button', {
        type: 'button',
        class: nameLeft ? 'story-marker name-left' : 'story-marker',
        'data-place': place.id,
      });
      // The map must not also take the click as a click on the region under the marker.
      for (const type of ['click', 'mousedown', 'mouseup', 'touchstart', 'touchend', 'dblclick'])
        button.addEventListener(type, (event) => event.stopPropagation());
      button.addEventListener('click', () => this.open(place.id));
      // The dot, not the button's middle, stands on the place: the anchor is the button's dot end.
      const marker = new MarkerClass({
        element: button,
        anchor: nameLeft ? 'right' : 'left',
        offset: nameLeft ? [7, 0] : [-7, 0],
      })
        .setLngLat([...place.at] as [number, number])
        .addTo(map);
      this.markers.push({ place, button, marker });
    }
    this.setLang(lang);
    // At national scale the two cities are a few pixels apart: dots only, names from the city zoom on.
    const compact = () =>
      map.getContainer().classList.toggle('story-markers-compact', map.getZoom() < STORY_NAMES_MIN_ZOOM);
    compact();
    map.on('zoomend', compact);
  }

  setLang(lang: Lang): void {
    for (const { place, button } of this.markers) {
      // The accessible name starts with the visible name and adds the place's role in the story.
      button.setAttribute('aria-label', t(lang, `marker.${place.id}`));
      button.title = t(lang, `marker.${place.id}`);
      button.replaceChildren(
        el('span', { class: 'story-marker-dot', 'aria-hidden': 'true' }),
        el('span', { class: 'story-marker-name' }, t(lang, `marker.${place.id}.short`)),
      );
    }
  }

  remove(): void {
    for (const { marker } of this.markers) marker.remove();
    this.markers.length = 0;
  }
}
