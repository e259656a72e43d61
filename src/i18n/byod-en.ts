/**
 * The join report's and the loader's messages in English. They load with src/byod (a lazy chunk),
 * not with the first view; byod-zh.ts has the same keys (tests/unit/byod/strings.test.ts checks).
 */
export const byodEn = {
  'byod.stage.reading': 'Reading {file}…',
  'byod.stage.checking': 'Checking {file}…',
  'byod.stage.repairing': 'Repairing the shapes in {file} that cross themselves…',
  'byod.stage.measuring': 'Measuring areas and placing labels for {file}…',
  'byod.stage.drawing': 'Drawing {file}…',
  'byod.cancel': 'Cancel',
  'byod.cancelled': 'Stopped loading {file}. The map is as it was.',
  'byod.refused': 'Could not show {file}. The map still shows what it showed before.',
  'byod.loadedMetrics': 'Showing {file}: {matched} rows matched {level}.',
  'byod.loadedBoundaries': 'Showing {file}: {features} areas.',
  'byod.noValue': 'No value in the file, shown as no data ({count} of {total}): {names}',
  'byod.sheetPicker': 'The workbook has tables on several sheets. Which one should the map show?',
  'byod.regionPicker': 'Several columns name regions. Which one do the figures belong to?',
  'byod.credit.boundaries': 'Boundaries (loaded by you): {file}',
  'byod.credit.figures': 'Figures (loaded by you): {file}',
  'byod.credit.linkLocal':
    "The link does not carry the files you loaded from your computer ({files}): it opens the article's data.",
  'byod.credit.notReaderData': 'About the article, not about {file} shown on the map.',
  'byod.andMore': '… and {count} more.',
  // Warnings: a feature that is drawn, after a repair (src/byod/check-boundaries.ts).
  'byod.warnings': 'Repaired ({count}):',
  'byod.warning.ringClosed':
    'polygon {polygon}, ring {ring} was not closed (it starts at {first} but ends at {last}); it was closed with a line back to its start.',
  'byod.warning.ringDropped':
    'polygon {polygon}, ring {ring} has only {count} positions and encloses nothing; it was left out, and the rest of the area is drawn.',
  'byod.warning.selfCrossingRepaired':
    'polygon {polygon}, ring {ring} crosses itself near {at}; it was split where it crosses, into {polygons} polygons covering the same ground, so its area and label are right.',
  'byod.warning.selfCrossingKept':
    'polygon {polygon}, ring {ring} crosses itself near {at} and could not be repaired ({detail}); it is drawn as it is, and its area and label may be off.',
  'byod.level.province': "China's provinces",
  'byod.level.city': "Zhejiang's cities",
  'byod.level.custom': 'the loaded boundaries',
  'byod.where.file': '{file}',
  'byod.where.feature': '{file}, feature {feature}',
  'byod.where.featureKey': '{file}, feature {feature} ({key} "{value}")',
  'byod.note.decodedGbk':
    'The file is not UTF-8; it was decoded as GBK (the Chinese Windows encoding). Check that the names read correctly.',
  'byod.note.decodedUtf16': 'Decoded as {encoding}, as its byte-order mark says.',
  'byod.note.delimiter': 'Columns are separated by "{delimiter}", not commas, and were read that way.',
  'byod.note.levelChosen':
    'Joined to {levelName}, which {matched} rows name ({provinceCount} rows name a province, {cityCount} a city).',
  'byod.note.regionsWithoutValue': '{count} of {total} regions have no value in the file and show as no data.',
  'byod.note.keyDetected':
    'Areas are joined by their property "{key}", the first present and different in every feature; add ?key= to the link to choose another.',
  'byod.note.keyGiven': 'Areas are joined by their property "{key}".',
  'byod.note.boundariesWithoutMetrics':
    'No metrics for these areas yet: every area shows as no data. Load a CSV or JSON whose region column holds the "{key}" values or the names.',
  'byod.note.checkingCrossings':
    'Drawn as in the file; still checking for rings that cross themselves (repairs are listed here when done)…',
  'byod.note.checkUnfinished':
    'The check for rings that cross themselves could not finish ({detail}): the areas are drawn as in the file.',
  'byod.note.boundaryStats': '{features} features, {polygons} polygons, {positions} positions.',
  'byod.note.moreProblems': '… and {more} more problems.',
  'byod.issue.tooLarge':
    'The file is {size}; the limit is {limit}. Split it, or simplify the geometry (e.g. mapshaper -simplify).',
  'byod.issue.empty': 'The file is empty.',
  'byod.issue.spreadsheet':
    'This is a spreadsheet workbook (.xlsx or .xls), not text. Save it as "CSV UTF-8" and load that.',
  'byod.issue.binary': 'This is not a text file. Expected CSV, TSV, JSON or GeoJSON text.',
  'byod.issue.notText': 'The text is neither UTF-8 nor GBK. Save it as "CSV UTF-8" and load it again.',
  'byod.issue.webPage': 'The server answered with a web page, not a data file: check the path.',
  'byod.issue.httpError': 'The server answered {status} {statusText}.',
  'byod.issue.fetchFailed': 'The file could not be fetched: {detail}',
  'byod.issue.unclosedQuote': 'A quoted field opens here and is never closed (a " without its closing ").',
  'byod.issue.oneColumn':
    'Found one column, "{column}": expected at least the columns region and value, separated by commas, tabs or semicolons.',
  'byod.issue.missingColumns':
    'Missing column {missing}. The header has {found}; the first row must name the columns region and value.',
  'byod.issue.duplicateColumn': 'The column "{column}" appears twice in the header.',
  'byod.issue.headerIsData': 'The first row looks like data, not a header: add the header row "region,value".',
  'byod.issue.noRows': 'There are no data rows under the header.',
  'byod.issue.tooManyFields':
    'This row has {found} fields but the header has {expected}: is a value written with a "{delimiter}" in it, unquoted?',
  'byod.issue.missingCell': 'This row has no {column}.',
  'byod.issue.decimalComma':
    'The value "{value}" has a comma, which in a file separated by ";" may be a decimal comma. Write numbers with a decimal point and no grouping (1234.5).',
  'byod.issue.mixedMetric':
    'This row names the metric "{other}", but row {firstRow} names "{first}": one metric per file.',
  'byod.issue.mixedUnit': 'This row gives the unit "{other}", but row {firstRow} gives "{first}": one unit per file.',
  'byod.issue.jsonSyntax': 'Not valid JSON: {detail}',
  'byod.issue.jsonShape':
    'Expected an array of objects with "region" and "value", or an object with such an array in "rows"; found {found}.',
  'byod.issue.jsonItem': 'Expected an object with "region" and "value"; found {found}.',
  'byod.issue.geoJsonAsMetrics': 'This is GeoJSON: load it as boundaries, not as metrics.',
  'byod.issue.valueEmpty': '"{key}" has no value. Leave the row out to show the region as no data.',
  'byod.issue.valueNotNumber': 'The value "{value}" of "{key}" is not a number.',
  'byod.issue.valueNaN': 'The value of "{key}" is NaN (not a number).',
  'byod.issue.valueInfinite': 'The value "{value}" of "{key}" is infinite.',
  'byod.issue.valueNegative': 'The value {value} of "{key}" is negative; counts and rates cannot be.',
  'byod.issue.valueWrongType': 'The value of "{key}" is a {type}, not a number.',
  'byod.issue.unknownKey': 'No region has the code or name "{key}".',
  'byod.issue.unknownKeySuggest': 'No region has the code or name "{key}". Did you mean {name} ({code})?',
  'byod.issue.otherLevel':
    '"{key}" is one of {otherLevelName}, but the other rows name {chosenLevelName}: one level per file.',
  'byod.issue.duplicateKey': '"{key}" is {name} ({code}), which already has a value from row {firstRow}.',
  'byod.issue.noMatches':
    'None of the {rows} rows names a region on the map (first keys: {keys}). The region column must hold codes (330100) or names (杭州市, Hangzhou).',
  'byod.issue.topoJson':
    'This is TopoJSON. Convert it to a GeoJSON FeatureCollection (e.g. mapshaper -o format=geojson) and load that.',
  'byod.issue.notFeatureCollection': 'Expected a GeoJSON FeatureCollection; found {found}.',
  'byod.issue.noFeatures': 'The FeatureCollection has no features.',
  'byod.issue.noPolygons':
    'No Polygon or MultiPolygon features, only {found}: boundaries must be areas, not points or lines.',
  'byod.issue.notPolygon': 'This feature is a {type}; expected a Polygon or MultiPolygon.',
  'byod.issue.noGeometry': 'This feature has no geometry.',
  'byod.issue.badCoordinates':
    'Polygon {polygon}, ring {ring}: the coordinates are not a list of [longitude, latitude] number pairs.',
  'byod.issue.tooFewPositions':
    'Polygon {polygon}, ring {ring} has {count} positions; a ring needs at least 4 (three corners and the first again).',
  'byod.issue.outOfRange':
    'Polygon {polygon}, ring {ring}: the position {x}, {y} is outside longitude −180 to 180, latitude −90 to 90.',
  'byod.issue.swappedLngLat':
    'Polygon {polygon}, ring {ring}: latitude {y} is out of range. Are longitude and latitude swapped? GeoJSON puts longitude first.',
  'byod.issue.projected':
    'Polygon {polygon}, ring {ring}: the position {x}, {y} looks like metres in a projected system (e.g. EPSG:3857), not degrees. Reproject to WGS 84 longitude/latitude (EPSG:4326).',
  'byod.issue.projectedCrs':
    'The file declares the coordinate system {crs}. Reproject it to WGS 84 longitude/latitude (EPSG:4326).',
  'byod.issue.keyMissing': 'This feature has no "{key}" property to join by; its properties are: {found}.',
  'byod.issue.noKeyProperty':
    'No property names every feature once, so there is nothing to join by. Properties found: {found}. Choose one with ?key= in the link.',
  'byod.issue.duplicateFeatureKey':
    'Feature {first} has the same key "{value}". Merge the two into one MultiPolygon or give them different keys.',
  'byod.issue.tooManyFeatures': 'The file has {count} features; the limit is {limit}.',
  'byod.issue.topoJsonBroken': 'This TopoJSON cannot be read: {detail}.',
  'byod.issue.zipBroken': 'This zip cannot be opened: {detail}.',
  'byod.issue.zipEncrypted': 'This zip is password-protected. Zip the shapefile again without a password.',
  'byod.issue.zipNoShp':
    'This zip holds no shapefile (.shp); found {found}. Zip the .shp, .shx, .dbf and .prj of one layer together.',
  'byod.issue.shpWithoutDbf':
    '{shp} has no .dbf beside it: the names and codes of the areas are in the .dbf. Zip the .shp, .shx, .dbf and .prj together and load the zip.',
  'byod.issue.shpBroken': '{shp} is damaged: {detail}.',
  'byod.issue.dbfBroken': '{dbf} is damaged: {detail}.',
  'byod.issue.dbfMismatch': 'The .shp has {shp} shapes but the .dbf has {dbf} rows: they are not of the same layer.',
  'byod.issue.workbookAsBoundaries':
    'This is a spreadsheet workbook, not boundaries: load it as figures, with the boundaries they belong to.',
  'byod.issue.xlsxBroken':
    'This workbook cannot be read: {detail}. Open it in Excel or WPS and save it again as .xlsx.',
  'byod.issue.xlsxEncrypted': 'This workbook is password-protected. Save a copy without a password and load that.',
  'byod.issue.xlsOld': 'This is an old Excel workbook (.xls). Save it as .xlsx or as "CSV UTF-8" and load that.',
  'byod.issue.sheetEmpty': 'The sheet "{sheet}" is empty.',
  'byod.issue.noNumericColumn':
    'No column of numbers was found: the columns are {found}. A figure per region is needed.',
  'byod.issue.noRegionColumn':
    'No column names regions on the map (codes like 330100 or names like 浙江省); the columns are {found}.',
  'byod.issue.tooManyColumns':
    'The table has {count} columns; the limit is {limit}. Keep the region column and the figures to show.',
  'byod.note.readTopoJson': 'Read as TopoJSON: objects {objects}.',
  'byod.note.readShapefile': 'Read as a shapefile: {shp}, attributes decoded as {encoding}, coordinate system {crs}.',
  'byod.note.readSheet': 'Read the sheet "{sheet}" ({sheets} in the workbook).',
  'byod.note.tableRows': 'Read rows {first}–{last} as the table; {skipped} title and note lines were skipped: {lines}',
  'byod.note.tableColumn': 'Showing the column "{column}"; the other columns ({others}) are in the metric list.',
  'byod.note.regionColumn':
    'Regions read from the column "{column}", whose values name {matched} of its {rows} rows\' regions.',
  'byod.note.valuesMissing': '{count} rows have no value in "{column}" and show as no data: {keys}',
  'byod.note.unnamedAreas': '{count} areas have no name and are not labelled on the map: {keys}',
} as const;

export type ByodStringKey = keyof typeof byodEn;
