/**
 * File names for emitted assets. MapLibre's worker is imported as `maplibre-gl-worker.mjs?url` and would ship
 * as `.mjs`, a type that older nginx `mime.types` and some object stores do not know: they send it as
 * `application/octet-stream` and the browser refuses to run it. The same bytes named `.js` run everywhere.
 */
export function assetFileNames(asset: { names: readonly string[] }): string {
  return asset.names.some((name) => name.endsWith('.mjs'))
    ? 'assets/[name]-[hash].js'
    : 'assets/[name]-[hash][extname]';
}
