import type { Map as MaplibreMap } from 'maplibre-gl';
import { creditsCompact } from '../scene/credits-fold';
import type { Maplibre } from './load-maplibre';

/**
 * The map's credits and its scale bar in the bottom-right corner. MapLibre's attribution takes its text once:
 * a new language means a new control, with the scale bar kept above it.
 */
export class CreditsControls {
  private attribution: InstanceType<Maplibre['AttributionControl']> | null = null;
  private scaleBar: InstanceType<Maplibre['ScaleControl']> | null = null;

  constructor(
    private readonly maplibre: Maplibre,
    private readonly map: MaplibreMap,
  ) {}

  /** Puts the credits in with `text`; `fold` once the map has loaded (see foldCompact). */
  show(text: string, fold: boolean): void {
    if (this.attribution) this.map.removeControl(this.attribution);
    if (this.scaleBar) this.map.removeControl(this.scaleBar);
    this.attribution = new this.maplibre.AttributionControl({ customAttribution: text });
    this.scaleBar = new this.maplibre.ScaleControl({ unit: 'metric' });
    this.map.addControl(this.attribution, 'bottom-right');
    this.map.addControl(this.scaleBar, 'bottom-right');
    if (fold) this.foldCompact();
  }

  /**
   * On a phone MapLibre shows its compact attribution unfolded over the map; the page's source line already
   * says the same, so it starts folded (the ⓘ button opens it).
   */
  foldCompact(): void {
    const container = this.map.getContainer();
    if (!creditsCompact(container.clientWidth)) return;
    const attribution = container.querySelector('.maplibregl-ctrl-attrib');
    attribution?.classList.remove('maplibregl-compact-show');
    attribution?.removeAttribute('open');
  }
}
