/** Largest metrics file read (CSV, TSV or JSON): a table of every county in China is under 1 MB. */
export const MAX_METRICS_BYTES = 5_000_000;
/** Largest boundary file read (GeoJSON): 10,000 detailed districts fit; see docs/your-own-data.md. */
export const MAX_BOUNDARY_BYTES = 50_000_000;
/** Problems listed one by one; past this the report says how many more there are. */
export const MAX_LISTED_PROBLEMS = 20;
/** Regions listed by name under "no value"; past this the report gives the count. */
export const MAX_LISTED_REGIONS = 30;

/** A byte count as people say file sizes: "5 MB", "7.2 MB", "830 KB". */
export function megabytes(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${Math.round(bytes / 100_000) / 10} MB`;
}
