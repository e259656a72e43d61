import { decodeBytes, looksLikeWebPage } from '../decode';
import { AT_FILE, issue, type Issue, type Note } from '../issues';
import { MAX_UNZIPPED_BYTES, megabytes } from '../limits';
import { dbfEncoding, readDbf } from './dbf';
import { isShp, readShp } from './shapefile';
import { topologyFeatures } from './topojson';
import { isZip, listZip, unzipEntries } from './zip';

/** A boundary file opened to a GeoJSON-shaped value for checkBoundaries, whatever format it came in. */
export type OpenedBoundaries =
  | { ok: true; data: unknown; notes: Note[]; encoding: string }
  | { ok: false; issue: Issue; notes: Note[] };

/** GeoJSON, TopoJSON (every object), or a zipped shapefile, told apart by their bytes rather than their names. */
export function openBoundaries(bytes: Uint8Array, file: string): OpenedBoundaries {
  if (isZip(bytes)) return openZippedShapefile(bytes, file);
  if (isShp(bytes)) return refuse(issue('shpWithoutDbf', file, AT_FILE, { shp: file }));
  const decoded = decodeBytes(bytes, file);
  if (!decoded.ok) return refuse(decoded.issue);
  if (looksLikeWebPage(decoded.text)) return refuse(issue('webPage', file, AT_FILE));
  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(issue('jsonSyntax', file, AT_FILE, { detail }));
  }
  if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'Topology') {
    const topology = topologyFeatures(data as Record<string, unknown>);
    if (!topology.ok) return refuse(issue('topoJsonBroken', file, AT_FILE, { detail: topology.detail }));
    const objects = topology.objects.map((name) => `"${name}"`).join(', ');
    return {
      ok: true,
      data: topology.collection,
      notes: [{ code: 'readTopoJson', params: { objects } }],
      encoding: decoded.encoding,
    };
  }
  return { ok: true, data, notes: [], encoding: decoded.encoding };
}

function refuse(problem: Issue): OpenedBoundaries {
  return { ok: false, issue: problem, notes: [] };
}

/** The first .shp of the zip with the .dbf, .prj and .cpg of the same name, as a FeatureCollection. */
function openZippedShapefile(bytes: Uint8Array, file: string): OpenedBoundaries {
  const listing = listZip(bytes);
  if (!listing.ok) return refuse(issue('zipBroken', file, AT_FILE, { detail: listing.detail }));
  const entries = listing.entries.filter((e) => !/(^|\/)(__MACOSX\/|\._)/u.test(e.name));
  if (entries.some((e) => e.name === '[Content_Types].xml' || e.name.startsWith('xl/')))
    return refuse(issue('workbookAsBoundaries', file, AT_FILE));
  const shp = entries.find((e) => /\.shp$/iu.test(e.name));
  const found =
    entries
      .map((e) => e.name)
      .slice(0, 8)
      .join(', ') || '—';
  if (!shp) return refuse(issue('zipNoShp', file, AT_FILE, { found }));
  const stem = shp.name.slice(0, -4);
  const sibling = (ext: string) => entries.find((e) => e.name.toLowerCase() === `${stem}.${ext}`.toLowerCase());
  const [dbf, prj, cpg] = [sibling('dbf'), sibling('prj'), sibling('cpg')];
  if (!dbf) return refuse(issue('shpWithoutDbf', file, AT_FILE, { shp: shp.name }));
  const wanted = [shp, dbf, prj, cpg].filter((e) => e !== undefined);
  if (wanted.some((e) => e.encrypted)) return refuse(issue('zipEncrypted', file, AT_FILE));
  const total = wanted.reduce((sum, e) => sum + e.bytes, 0);
  if (total > MAX_UNZIPPED_BYTES)
    return refuse(issue('tooLarge', file, AT_FILE, { size: megabytes(total), limit: megabytes(MAX_UNZIPPED_BYTES) }));
  const unzipped = unzipEntries(
    bytes,
    wanted.map((e) => e.name),
  );
  if (!unzipped.ok) return refuse(issue('zipBroken', file, AT_FILE, { detail: unzipped.detail }));
  const text = (name: string | undefined) =>
    name === undefined ? null : new TextDecoder('utf-8').decode(unzipped.files.get(name) ?? new Uint8Array());
  const crs = prjSystem(text(prj?.name));
  if (crs.kind === 'projected') return refuse(issue('projectedCrs', file, AT_FILE, { crs: crs.name }));
  const shapes = readShp(unzipped.files.get(shp.name) ?? new Uint8Array());
  if (!shapes.ok) return refuse(issue('shpBroken', file, AT_FILE, { shp: shp.name, detail: shapes.detail }));
  const dbfBytes = unzipped.files.get(dbf.name) ?? new Uint8Array();
  const encoding = dbfEncoding(text(cpg?.name), dbfBytes);
  const table = readDbf(dbfBytes, encoding);
  if (!table.ok) return refuse(issue('dbfBroken', file, AT_FILE, { dbf: dbf.name, detail: table.detail }));
  if (table.records.length !== shapes.shapes.length)
    return refuse(issue('dbfMismatch', file, AT_FILE, { shp: shapes.shapes.length, dbf: table.records.length }));
  const features = shapes.shapes.map((geometry, i) => ({ type: 'Feature', properties: table.records[i], geometry }));
  const note: Note = {
    code: 'readShapefile',
    params: { shp: shp.name, encoding: encoding.toUpperCase(), crs: crs.kind === 'geographic' ? crs.name : '—' },
  };
  return { ok: true, data: { type: 'FeatureCollection', features }, notes: [note], encoding: 'utf-8' };
}

export type PrjSystem = { kind: 'geographic' | 'projected'; name: string } | { kind: 'none' };

/** The coordinate system a .prj (OGC WKT) names: PROJCS is projected (metres), GEOGCS alone is degrees. */
export function prjSystem(wkt: string | null): PrjSystem {
  if (wkt === null || wkt.trim() === '') return { kind: 'none' };
  const name = (keyword: string) => new RegExp(`${keyword}\\s*\\[\\s*"([^"]*)"`, 'iu').exec(wkt)?.[1];
  const projected = name('PROJCS') ?? name('PROJCRS');
  if (projected !== undefined) return { kind: 'projected', name: projected };
  return { kind: 'geographic', name: name('GEOGCS') ?? name('GEOGCRS') ?? wkt.trim().slice(0, 60) };
}
