import { name as appName, version as appVersion } from '../../package.json';
import { metricTitle, sourceCitation } from '../data/describe';
import type { SourceId } from '../data/sources';
import { isUserValue } from '../data/user-data';
import { t, type Lang } from '../i18n';
import type { Choropleth } from '../scale/choropleth';
import { shownValues } from '../scale/shown-values';
import type { ViewId } from '../state/url-state';
import type { PngText } from './png-text';
import type { SnapshotSize } from './presets';

export const SOFTWARE = `${appName} ${appVersion}`;
/** The one entry that differs between two exports of the same view with the same options. */
export const CREATION_TIME_KEYWORD = 'Creation Time';

export type SnapshotFormat = 'png' | 'jpeg' | 'svg' | 'pdf';
export const SNAPSHOT_FORMATS: readonly SnapshotFormat[] = ['png', 'jpeg', 'svg', 'pdf'];

export interface Camera {
  center: { lng: number; lat: number };
  zoom: number;
  bearing: number;
}

export interface MetadataInput {
  lang: Lang;
  view: ViewId;
  choropleth: Choropleth;
  camera: Camera;
  createdAt: Date;
}

/**
 * Every source the shaded values and the reference rest on, then the boundaries, without repeats;
 * a file the reader loaded is cited by its own source column, or by its name.
 */
export function citedSources(choropleth: Choropleth, lang: Lang): string[] {
  const ids = new Set<SourceId>();
  const own = new Set<string>();
  const values = shownValues(choropleth);
  for (const v of values) {
    if (isUserValue(v)) own.add(v.source ?? v.file);
    else for (const f of v.inputs) ids.add(f.source);
  }
  ids.add('echarts-boundaries');
  return [...own, ...[...ids].map((id) => sourceCitation({ source: id }, lang))];
}

/** Title, description, view, metric, sources, software and creation time, in that order. */
export function snapshotMetadata(input: MetadataInput): PngText[] {
  const { lang, camera } = input;
  const language = lang === 'zh' ? 'zh-CN' : 'en';
  const metric = input.choropleth.metric;
  const metricLabel = metricTitle(metric, lang);
  const at = `${camera.center.lng.toFixed(4)}, ${camera.center.lat.toFixed(4)}`;
  const entries: [string, string][] = [
    ['Title', t(lang, 'app.title')],
    ['Description', `${t(lang, 'app.subtitle')}. ${t(lang, `view.${input.view}`)}: ${metricLabel}`],
    [
      'View',
      `${input.view} (${t(lang, `view.${input.view}`)}); centre ${at}; zoom ${camera.zoom.toFixed(2)}; bearing ${camera.bearing.toFixed(1)}`,
    ],
    ['Metric', `${metric.id} (${metricLabel})`],
    ['Source', citedSources(input.choropleth, lang).join('; ')],
    ['Software', SOFTWARE],
    [CREATION_TIME_KEYWORD, input.createdAt.toISOString()],
  ];
  return entries.map(([keyword, text]) => ({ keyword, text, language }));
}

/** zhejiang-5g-map_hangzhou_stations-per-10k_3840x2160.png: the same options give the same name. */
export function snapshotFileName(
  view: ViewId,
  metric: string,
  size: Pick<SnapshotSize, 'widthPx' | 'heightPx'>,
  format: SnapshotFormat,
): string {
  return `${appName}_${view}_${metric}_${size.widthPx}x${size.heightPx}.${format === 'jpeg' ? 'jpg' : format}`;
}
