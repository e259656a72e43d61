/** MapLibre's own width for its compact attribution (AttributionControl): below it, credits fold behind a button. */
export const COMPACT_CREDITS_BELOW_PX = 640;

/**
 * Whether a map this wide shows its credits folded behind the ⓘ button, as MapLibre's do: one rule for both live
 * maps (src/map/credits-control.ts, src/vector/credits.ts).
 */
export function creditsCompact(mapWidthPx: number): boolean {
  return mapWidthPx < COMPACT_CREDITS_BELOW_PX;
}
