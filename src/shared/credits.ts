import { BUILT_IN_DATA, type CreditedData, type FileCredit } from '../data/data-credits';
import { t, type Lang } from '../i18n';

/**
 * The credits of what the map shows. The built-in credits stay only for what is still drawn from the
 * built-in data: the reader's boundary file replaces the boundaries' credit, their figures file (with its
 * `source` and `date` columns) the statistics' credit. The article stays in the source line: the figures
 * panel is about it. The reader's credits' strings come with src/byod, which is loaded before any reader's file.
 */
function parts(lang: Lang, data: CreditedData): { boundaries: string; statistics: string } {
  return {
    boundaries: data.boundaries
      ? t(lang, 'byod.credit.boundaries', { file: fileCredit(data.boundaries, lang) })
      : t(lang, 'attribution.boundaries'),
    statistics: data.figures
      ? t(lang, 'byod.credit.figures', { file: fileCredit(data.figures, lang) })
      : data.boundaries
        ? ''
        : t(lang, 'attribution.statistics'),
  };
}

/** "nbs.csv (国家统计局, 2023年)": the file, then its sources and dates as written. */
export function fileCredit(credit: FileCredit, lang: Lang): string {
  const details = [...credit.sources, ...credit.dates];
  if (details.length === 0) return credit.file;
  const [open, close, comma] = lang === 'zh' ? ['（', '）', '，'] : [' (', ')', ', '];
  return `${credit.file}${open}${details.join(comma)}${close}`;
}

/**
 * "Sources: …" under the map; snapshots print the same line. The article is named once, first: the built-in
 * statistics are then the other publishers (MIIT, NBS), not a second "Xinhua".
 */
export function sourceLineText(lang: Lang, data: CreditedData = BUILT_IN_DATA): string {
  const { boundaries, statistics } = parts(lang, data);
  const others = data.figures ? statistics : data.boundaries ? '' : t(lang, 'source.others');
  return t(lang, 'source.line', {
    sources: [t(lang, 'source.article'), others, boundaries].filter((s) => s !== '').join('; '),
  });
}

/** The boundaries' credit alone: an export's map corner, where the source line under it names the statistics. */
export function boundaryCredit(lang: Lang, data: CreditedData = BUILT_IN_DATA): string {
  return parts(lang, data).boundaries;
}

/** The map's attribution, on screen and in snapshots. */
export function attributionText(lang: Lang, data: CreditedData = BUILT_IN_DATA): string {
  const { boundaries, statistics } = parts(lang, data);
  return [boundaries, statistics].filter((s) => s !== '').join(' · ');
}

/**
 * What a copied link cannot carry: files picked or dropped from the reader's computer. Null when the map
 * shows only built-in data or files the link itself loads (?data, ?boundaries).
 */
export function linkCreditNote(lang: Lang, data: CreditedData, linked: readonly string[]): string | null {
  const local = [data.boundaries, data.figures]
    .filter((c): c is FileCredit => c !== null && !linked.includes(c.file))
    .map((c) => c.file);
  return local.length ? t(lang, 'byod.credit.linkLocal', { files: local.join(lang === 'zh' ? '、' : ', ') }) : null;
}
