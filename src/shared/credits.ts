import { t, type Lang } from '../i18n';

/** "Sources: …" under the map; snapshots print the same line. The article is named once, first. */
export function sourceLineText(lang: Lang): string {
  return t(lang, 'source.line', {
    sources: `${t(lang, 'source.article')}; ${t(lang, 'source.others')}; ${t(lang, 'attribution.boundaries')}`,
  });
}

/** The map's attribution, on screen and in snapshots. */
export function attributionText(lang: Lang): string {
  return `${t(lang, 'attribution.boundaries')} · ${t(lang, 'attribution.statistics')}`;
}
