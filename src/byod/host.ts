import type { Lang } from '../i18n';
import type { LoadedDataMap } from '../map/surface';
import type { Boundaries, Choropleth } from '../scale/choropleth';
import type { Store } from '../state/store';
import type { BoundaryStage } from './progress';

/** Where the user's data comes from: the file picker, a drop onto the map, or a same-origin link (?data, ?boundaries). */
export type LoadSource =
  | { kind: 'file'; file: File; via: 'picker' | 'drop' }
  | { kind: 'link'; path: string; role: 'metrics' | 'boundaries'; key: string | null };

/** What the lazily loaded code in src/byod needs from the app; src/app.ts builds it. */
export interface ByodHost {
  /** The map on the page, MapLibre's or the vector map: both draw loaded boundaries. */
  map: LoadedDataMap;
  boundaries: Boundaries;
  store: Store;
  /** Shows the reader's choropleth; a table's other columns of figures come as alternatives for the metric list. */
  showUserData(choropleth: Choropleth, alternatives?: readonly Choropleth[]): void;
  report: ReportHost;
}

export type ByodState = 'loading' | 'shown' | 'refused' | 'cancelled';

/** The report panel; its content is redrawn in the new language when the language changes. */
export interface ReportHost {
  /** A load has started (its progress bar, with Cancel, shows if it takes more than half a second). */
  busy(file: string): void;
  /** What the load is doing now, and the fraction of that done when known; 'drawing' can no longer be cancelled. */
  progress(file: string, stage: BoundaryStage, fraction: number | null): void;
  show(state: Exclude<ByodState, 'loading'>, content: (lang: Lang) => HTMLElement): void;
  /**
   * The shown load's report, rewritten when its background check ends having found nothing to repair: in place
   * while the panel is open; a panel the reader has closed stays closed (it does not open again over the map or a
   * popup only to drop its "still checking" line). Repairs and a failed check are told by `show`, which reopens it.
   */
  update(content: (lang: Lang) => HTMLElement): void;
}
