// The earth's circumference at the equator in Web Mercator (metres) and MapLibre's tile size in CSS px.
const EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6_378_137;
const TILE_SIZE_CSS_PX = 512;
// MapLibre's ScaleControl rounds down to 1, 2, 3 or 5 times a power of ten (getRoundNum): the exports round
// the same way, so a page and its export show the same distance for the same camera.
const ROUND_STEPS = [5, 3, 2, 1] as const;

/** Ground metres covered by one CSS pixel at a latitude and zoom, in Web Mercator. */
export function metresPerCssPixel(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (TILE_SIZE_CSS_PX * 2 ** zoom);
}

export interface ScaleBar {
  /** A round distance: 1, 2, 3 or 5 times a power of ten metres, as MapLibre's scale bar. */
  metres: number;
  /** The bar's length in the same pixels as `metresPerPixel` was given in. */
  lengthPx: number;
}

/** The longest round distance whose bar is no longer than `maxLengthPx`. */
export function scaleBar(metresPerPixel: number, maxLengthPx: number): ScaleBar {
  if (!(metresPerPixel > 0) || !(maxLengthPx > 0))
    throw new Error(`scaleBar: needs positive metres per pixel and length (got ${metresPerPixel}, ${maxLengthPx})`);
  const maxMetres = metresPerPixel * maxLengthPx;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const step = ROUND_STEPS.find((s) => s * power <= maxMetres) ?? 1;
  const metres = step * power;
  return { metres, lengthPx: metres / metresPerPixel };
}
