import type { MapLevel, UserMetric, UserValue } from './user-data';

/** A file the reader loaded, as its credit names it: the file, and the `source` and `date` columns it gives. */
export interface FileCredit {
  file: string;
  sources: readonly string[];
  dates: readonly string[];
}

/** What the map draws from the reader's files; null where it still draws the built-in data. */
export interface CreditedData {
  boundaries: FileCredit | null;
  figures: FileCredit | null;
}

export const BUILT_IN_DATA: CreditedData = { boundaries: null, figures: null };

/** The parts of a shown choropleth its credits depend on. */
export interface CreditedChoropleth {
  level: MapLevel;
  metric: { id: string } | UserMetric;
  values: ReadonlyMap<string, unknown>;
}

/**
 * Whose data the map shows: the reader's boundary file when it draws loaded areas, the reader's figures file
 * (with its distinct sources and dates, in row order) when it shades their values. Pure, for every renderer.
 */
export function creditedData(choropleth: CreditedChoropleth): CreditedData {
  const metric = choropleth.metric;
  if (metric.id !== 'user') return BUILT_IN_DATA;
  const user = metric as UserMetric;
  const boundaryFile = choropleth.level === 'custom' ? (user.boundaries ?? user.file) : null;
  const values = [...choropleth.values.values()].filter(isUser);
  // Loaded boundaries without figures yet: an empty choropleth named after the boundary file.
  const figures =
    values.length === 0 && choropleth.level === 'custom'
      ? null
      : { file: user.file, sources: distinct(values.map((v) => v.source)), dates: distinct(values.map((v) => v.date)) };
  return { boundaries: boundaryFile === null ? null : { file: boundaryFile, sources: [], dates: [] }, figures };
}

function isUser(value: unknown): value is UserValue {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'user';
}

function distinct(items: readonly (string | null)[]): string[] {
  return [...new Set(items.filter((s): s is string => s !== null && s !== ''))];
}
