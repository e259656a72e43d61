import type { Map as MaplibreMap } from 'maplibre-gl';
import type { SceneLabel } from '../scene/labels';
import { applyLabels } from './apply';

/**
 * The scene's names on the MapLibre map: the style starts with them, and a change (language, level, loaded
 * areas) hands them over again, only when they differ, since MapLibre lays every name out anew.
 */
export class MapLabels {
  /** The names the style has, as a key. */
  private applied = '';

  constructor(
    private readonly map: () => MaplibreMap,
    private readonly read: () => SceneLabel[],
  ) {}

  /** The names to build the style with. */
  forStyle(): SceneLabel[] {
    const labels = this.read();
    this.applied = JSON.stringify(labels);
    return labels;
  }

  /** Hands the current names over once the style can take them; before that, the next refresh does. */
  refresh(styleReady: boolean): void {
    if (!styleReady) return;
    const labels = this.read();
    const key = JSON.stringify(labels);
    if (key === this.applied) return;
    this.applied = key;
    applyLabels(this.map(), labels);
  }
}
