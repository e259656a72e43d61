import { fillPlaceholders, type Lang } from '../i18n';
import { exportEn, type ExportStringKey } from '../i18n/export-en';
import { exportZh } from '../i18n/export-zh';

export type { ExportStringKey };

const TABLES: Record<Lang, Record<ExportStringKey, string>> = { en: exportEn, zh: exportZh };

/** `t` for the export panel's own strings, which load with it rather than with the first view. */
export function te(lang: Lang, key: ExportStringKey, values: Record<string, string | number> = {}): string {
  return fillPlaceholders(TABLES[lang][key], values);
}
