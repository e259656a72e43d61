import { isShp } from './shapefile';
import { isZip } from './zip';

export type FileRole = 'boundaries' | 'metrics';

/** Bytes read from a file's start to tell its role: enough for a zip's first entry name or GeoJSON's "type". */
export const ROLE_SNIFF_BYTES = 4096;

/** Names that are boundaries whatever their bytes say, so that a drop of both kinds loads the areas first. */
export function isBoundaryName(name: string): boolean {
  return /\.(geojson|topojson|shp|zip)$/iu.test(name);
}

/**
 * Boundaries or metrics, from the name and the first bytes: a zip is a shapefile unless it is a workbook
 * (its first entry is [Content_Types].xml, or it is named .xlsx); JSON is boundaries when it says it is
 * GeoJSON or TopoJSON.
 */
export function roleOf(name: string, head: Uint8Array): FileRole {
  if (/\.(xlsx|xlsm|xls)$/iu.test(name)) return 'metrics';
  if (isZip(head)) return zipIsWorkbook(head) ? 'metrics' : 'boundaries';
  if (isBoundaryName(name) || isShp(head)) return 'boundaries';
  return looksLikeGeoJsonStart(head) ? 'boundaries' : 'metrics';
}

function zipIsWorkbook(head: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(head.subarray(0, ROLE_SNIFF_BYTES));
  return text.includes('[Content_Types].xml') || text.includes('xl/workbook.xml');
}

export function looksLikeGeoJsonStart(bytes: Uint8Array): boolean {
  const start = new TextDecoder('utf-8').decode(bytes.subarray(0, ROLE_SNIFF_BYTES));
  return /^\s*\{/u.test(start) && /"type"\s*:\s*"(FeatureCollection|Feature|Topology)"|"features"\s*:/u.test(start);
}
