/**
 * Every problem found in a user's file, as a value: which file, where in it, what is wrong.
 * The UI turns the code and its parameters into a sentence in the reader's language
 * (src/i18n, keys "byod.issue.<code>"), so nothing here is English or Chinese.
 */

export const ISSUE_CODES = [
  'tooLarge',
  'empty',
  'spreadsheet',
  'binary',
  'notText',
  'webPage',
  'httpError',
  'fetchFailed',
  'unclosedQuote',
  'oneColumn',
  'missingColumns',
  'duplicateColumn',
  'headerIsData',
  'noRows',
  'tooManyFields',
  'missingCell',
  'decimalComma',
  'mixedMetric',
  'mixedUnit',
  'jsonSyntax',
  'jsonShape',
  'jsonItem',
  'geoJsonAsMetrics',
  'valueEmpty',
  'valueNotNumber',
  'valueNaN',
  'valueInfinite',
  'valueNegative',
  'valueWrongType',
  'unknownKey',
  'unknownKeySuggest',
  'otherLevel',
  'duplicateKey',
  'noMatches',
  'topoJson',
  'topoJsonBroken',
  'zipBroken',
  'zipEncrypted',
  'zipNoShp',
  'shpWithoutDbf',
  'shpBroken',
  'dbfBroken',
  'dbfMismatch',
  'workbookAsBoundaries',
  'xlsxBroken',
  'xlsxEncrypted',
  'xlsOld',
  'sheetEmpty',
  'noNumericColumn',
  'noRegionColumn',
  'tooManyColumns',
  'notFeatureCollection',
  'noFeatures',
  'noPolygons',
  'notPolygon',
  'noGeometry',
  'badCoordinates',
  'tooFewPositions',
  'outOfRange',
  'swappedLngLat',
  'projected',
  'projectedCrs',
  'keyMissing',
  'noKeyProperty',
  'duplicateFeatureKey',
  'tooManyFeatures',
  'unexpected',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** Where in the file: a spreadsheet row (header = row 1), a JSON item, or a GeoJSON feature (1-based). */
export type IssuePlace =
  | { kind: 'file' }
  | { kind: 'row'; row: number }
  | { kind: 'item'; row: number }
  | { kind: 'feature'; feature: number; key?: string; value?: string };

export type IssueParams = Record<string, string | number>;

export interface Issue {
  code: IssueCode;
  file: string;
  place: IssuePlace;
  params: IssueParams;
}

/**
 * What was wrong with a feature that is drawn all the same, and what was done about it: shown with
 * the file on the map, never a reason to refuse it ("byod.warning.<code>").
 */
export const WARNING_CODES = ['ringClosed', 'ringDropped', 'selfCrossingRepaired', 'selfCrossingKept'] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface Warning {
  code: WarningCode;
  file: string;
  place: IssuePlace;
  params: IssueParams;
}

/** Things worth saying about a file that loaded: how it was read and what it lacks. */
export const NOTE_CODES = [
  'decodedGbk',
  'decodedUtf16',
  'delimiter',
  'levelChosen',
  'regionsWithoutValue',
  'keyDetected',
  'keyGiven',
  'boundariesWithoutMetrics',
  'boundaryStats',
  'moreProblems',
  'readTopoJson',
  'readShapefile',
  'readSheet',
  'tableRows',
  'tableColumn',
  'regionColumn',
  'valuesMissing',
  'unnamedAreas',
  'checkingCrossings',
  'checkUnfinished',
] as const;
export type NoteCode = (typeof NOTE_CODES)[number];

export interface Note {
  code: NoteCode;
  params: IssueParams;
}

export function issue(code: IssueCode, file: string, place: IssuePlace, params: IssueParams = {}): Issue {
  return { code, file, place, params };
}

export const AT_FILE: IssuePlace = { kind: 'file' };

/** A load that failed for a reason no check names (an exception, a worker that died): refused with what was said. */
export function unexpectedRefusal(file: string, detail: string): { ok: false; issues: Issue[]; notes: Note[] } {
  return { ok: false, issues: [issue('unexpected', file, AT_FILE, { detail })], notes: [] };
}

/** A load that cannot be shown: the issues say why; the map keeps what it had. */
export class LoadRefused extends Error {
  constructor(
    readonly issues: Issue[],
    readonly notes: Note[] = [],
  ) {
    super(issues.map((i) => `${i.file}: ${i.code}`).join('; '));
    this.name = 'LoadRefused';
  }
}

/** A coordinate as problems quote it: whole metres for projected ones, six decimals (about 10 cm) for degrees. */
export function roundCoordinate(v: number): number {
  return Math.abs(v) >= 1000 ? Math.round(v) : Math.round(v * 1e6) / 1e6;
}

export function formatPosition(p: readonly number[]): string {
  return `${roundCoordinate(p[0]!)}, ${roundCoordinate(p[1]!)}`;
}
