import type { Map as MaplibreMap } from 'maplibre-gl';
import type { ViewId } from '../state/url-state';
import { SOURCE } from './style';
import { viewCity } from './views';

/** The city a view is about, outlined on the map; feature state, so it is put in again after a metric switch. */
export class ViewSelection {
  private city: string | null;

  constructor(
    private readonly map: () => MaplibreMap,
    view: ViewId,
  ) {
    this.city = viewCity(view);
  }

  /** Before the style has loaded it has no sources yet; `reapply` puts the selection in once it does. */
  select(view: ViewId, styleReady: boolean): void {
    if (styleReady && this.city)
      this.map().setFeatureState({ source: SOURCE.cities, id: this.city }, { selected: false });
    this.city = viewCity(view);
    if (styleReady) this.reapply();
  }

  reapply(): void {
    if (this.city) this.map().setFeatureState({ source: SOURCE.cities, id: this.city }, { selected: true });
  }
}
