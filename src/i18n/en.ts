/** Every string on screen in English. zh.ts must have the same keys (a unit test checks). */
export const en = {
  'app.title': "Zhejiang's 5G build-out",
  'app.subtitle': '5G base stations as reported in December 2023, against China as a whole',
  'app.loading': 'Loading the map…',
  'app.summary.province':
    'Map of China by province. {metric}. {withData} regions have a figure; the others have no published figure and are shown as no data.',
  'app.summary.city': "Map of Zhejiang's 11 cities. {metric}. {withData} of 11 cities have a figure.",
  'source.line': 'Sources: {sources}',
  'source.article': 'Xinhua, 2 Dec 2023',
  'attribution.boundaries': 'Boundaries: Apache ECharts 4.9.0 map data (Apache-2.0)',
  'attribution.statistics': 'Statistics: Xinhua; Zhejiang and national statistics bureaus; MIIT',

  'view.china': 'China',
  'view.zhejiang': 'Zhejiang',
  'view.hangzhou': 'Hangzhou',
  'view.shaoxing': 'Shaoxing',

  'metric.label': 'Metric',
  'metric.stations-per-10k': '5G base stations per 10,000 residents',
  'metric.stations-per-km2': '5G base stations per km²',
  'metric.regional-stations-per-km2': '5G base stations per km², regional average (Sep 2023)',
  'metric.residents-per-km2': 'Residents per km² (census 2020)',
  'metric.residents': 'Residents (census 2020)',

  'unit.base-stations': 'base stations',
  'unit.stations-per-10k-residents': 'per 10,000 residents',
  'unit.stations-per-km2': 'per km²',
  'unit.residents': 'residents',
  'unit.residents-per-km2': 'residents per km²',
  'unit.factories': 'factories',
  'unit.platforms': 'platforms',

  'legend.title': 'Legend',
  'legend.sources': 'Data: {sources}',
  'legend.noData': 'No data (no published figure)',
  'legend.below': 'under {to}',
  'legend.range': '{from} to under {to}',
  'legend.above': '{from} or more',
  'legend.reference': 'China average: {value}',
  'legend.regionalNote':
    'Each province shows the average of its statistical region (East, Central, West, Northeast), not its own figure.',

  'region.east': 'East',
  'region.central': 'Central',
  'region.west': 'West',
  'region.northeast': 'Northeast',

  'value.moreThan': 'more than {value}',
  'value.noData': 'no data',
  'value.asOf': 'as of {date}',
  'value.derived': 'computed: {formula}',
  'value.regionalAverage': 'average of the {region} region',
  'value.areaFromBoundaries': 'area {area} km² computed from the boundaries',

  'popup.close': 'Close',
  'popup.hangzhou.heading': 'Hangzhou, capital of Zhejiang',
  'popup.hangzhou.lead':
    "Zhejiang's capital, and the place the December 2023 Xinhua report on the province's 5G network was filed from.",
  'popup.shaoxing.heading': 'Shaoxing, where the figures were announced',
  'popup.shaoxing.lead':
    'Host of the 2023 Yangtze River Delta 5G+ Industrial Internet Conference, where a deputy director of Zhejiang’s Department of Economy and Information Technology, Li Min, presented the figures below.',
  'popup.figures': 'Zhejiang in the report',
  'popup.fig.stations': 'Zhejiang: 5G base stations',
  'popup.fig.per10k': 'Zhejiang: 5G base stations per 10,000 residents',
  'popup.fig.factories': 'Zhejiang: provincial future factories and intelligent factories together',
  'popup.fig.platforms': 'Zhejiang: provincial industrial internet platforms',
  'popup.fig.china': 'China: 5G base stations',
  'popup.fig.cityResidents': '{city}: residents (census)',
  'popup.context':
    'The report presents the stations as the base for the industrial internet: manufacturing, healthcare, transport, AI and the internet of things.',
  'popup.source': 'Source: {source}',

  'date.reported': 'reported {date}',

  'control.views': 'Views',
  'control.regions': 'Regions',
  'table.show': 'Data table: the figures behind the map',
  'table.region': 'Region',
  'table.value': 'Value and unit',
  'table.source': 'How it was obtained, date and source',
  'a11y.skipToTable': 'Skip to the data table',
  'a11y.mapLabel': 'Map: {summary}',
  'control.cities': "Zhejiang's cities",
  'control.provinces': 'Provinces',
  'control.reset': 'Reset view',
  'control.language': '中文',
  'control.languageLabel': 'Switch language to Chinese',

  'notice.badParam': 'The link’s {param}="{value}" is not known; showing {fallback} instead.',
  'notice.dismiss': 'Dismiss',
  'error.load': 'The map could not be drawn: {problem}',
  // The map without WebGL (src/vector): what is missing and what to do, in one line.
  'error.webgl':
    "The interactive map needs WebGL2, which this browser does not provide, so this is a simpler map. To get the full map, turn on hardware acceleration in the browser's settings or use another browser.",
  'error.mapStart':
    'The interactive map could not start ({problem}), so this is a simpler map. Reloading the page may help.',

  'export.open': 'Export',
  'export.openLabel': 'Export a snapshot of the map as an image',

  'kiosk.tour': 'Guided tour',
  'kiosk.progress': 'Step {n} of {total}',
  'kiosk.touchToExplore': 'Touch the map to explore',
  'kiosk.resumesAfter': 'You are exploring the map. The tour resumes after {seconds} s without a touch.',
  'kiosk.resumeNow': 'Back to the tour',
  'kiosk.tourProblem': 'The tour file was not used: {problem} The default tour is shown instead.',

  'metric.user': 'Your data',
  'app.summary.custom': 'Map of the loaded boundaries ({count} areas). {metric}. {withData} areas have a value.',
  'control.customRegions': 'Loaded areas',
  'byod.legendNoData': 'No data (no value in the file)',
  'byod.load': 'Load data',
  'byod.loadLabel': 'Load your own metrics (CSV, TSV, JSON) or boundaries (GeoJSON)',
  'byod.dropHint': 'Drop a CSV, JSON or GeoJSON file to show it on the map',
  'byod.reading': 'Reading {file}…',
  'byod.close': 'Close the report',
  'byod.metricTitle': 'Your data: {name}',
  'byod.where.row': '{file}, row {row}',
  'byod.where.item': '{file}, item {row}',
  'byod.value.source': 'Source: {source}',
  'byod.value.from': 'From {where}',
  'byod.issue.unexpected': 'The file could not be read: {detail}',
} as const;

export type StringKey = keyof typeof en;
