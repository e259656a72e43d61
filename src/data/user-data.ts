import type { Classing, Level } from './metrics';

/** The map's levels: the built-in provinces and cities, and boundaries the user loaded. */
export type MapLevel = Level | 'custom';

/** A metric from a file the user loaded; its name and unit are the file's own text. */
export interface UserMetric {
  id: 'user';
  level: MapLevel;
  /** The file's `metric` column, or the file name when it has none. */
  name: string;
  unit: string | null;
  classing: Classing;
  regionalAverage: false;
  file: string;
  /** The loaded boundary file the figures are drawn on, when they are (level "custom"). */
  boundaries?: string;
}

/** One region's value from the user's file, with the optional columns of its row as written. */
export interface UserValue {
  kind: 'user';
  code: string;
  value: number;
  unit: string | null;
  date: string | null;
  source: string | null;
  file: string;
  /** Spreadsheet row (header = row 1) or JSON item, as `placeKind` says. */
  row: number;
  placeKind: 'row' | 'item';
}

export function isUserValue(value: unknown): value is UserValue {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'user';
}

/** Quantiles with five classes: the user's values decide the breaks, as for the census metrics. */
export const USER_CLASSES = 5;
export const USER_CLASSING: Classing = { method: 'quantile', classes: USER_CLASSES };
