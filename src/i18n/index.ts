import { en, type StringKey } from './en';
import { zh } from './zh';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];
export type { StringKey };

const TABLES: Record<Lang, Record<StringKey, string>> = { en, zh };

/** A translated string with {placeholders} filled in; a missing placeholder stays visible rather than vanishing. */
export function t(lang: Lang, key: StringKey, values: Record<string, string | number> = {}): string {
  return fillPlaceholders(TABLES[lang][key], values);
}

/** For tables loaded with a lazy feature (src/i18n/export-*.ts) as for the main ones. */
export function fillPlaceholders(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** The browser's preferred language decides when the URL does not. */
export function langFromNavigator(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'en';
}
