import { fillPlaceholders, t, type Lang, type StringKey } from '../i18n';
import { byodEn, type ByodStringKey } from '../i18n/byod-en';
import { byodZh } from '../i18n/byod-zh';

const TABLES: Record<Lang, Record<ByodStringKey, string>> = { en: byodEn, zh: byodZh };

/**
 * A message of the data loader: from its own tables (loaded with this chunk), or from the main
 * tables for the few strings the first view needs too (the Load button, the no-data legend entry).
 */
export function bt(lang: Lang, key: ByodStringKey | StringKey, values: Record<string, string | number> = {}): string {
  return key in TABLES[lang]
    ? fillPlaceholders(TABLES[lang][key as ByodStringKey], values)
    : t(lang, key as StringKey, values);
}
