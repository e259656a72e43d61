import type { ByodStringKey } from './byod-en';
import { en, type StringKey } from './en';
import type { ExportStringKey } from './export-en';
import type { VectorStringKey } from './vector-en';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];
export type { StringKey };

/**
 * The lazy features' namespaces: each table (src/i18n/NAMESPACE-en.ts, -zh.ts) comes with its feature's chunk
 * and is added by `addStrings` when that chunk runs, so the first view does not download it.
 */
interface Namespaces {
  export: ExportStringKey;
  byod: ByodStringKey;
  vector: VectorStringKey;
}
export type Namespace = keyof Namespaces;
export type AnyStringKey = StringKey | Namespaces[Namespace];

/**
 * The page's own language is all the first view needs: English comes with the app, Chinese (src/i18n/zh.ts,
 * whose type keeps its keys equal to English's) is fetched by `loadLang` before anything is shown in it.
 */
const TABLES: Partial<Record<Lang, Record<StringKey, string>>> = { en };
const LOAD_TABLE: Record<Lang, () => Promise<Record<StringKey, string>>> = {
  en: async () => en,
  zh: async () => (await import('./zh')).zh,
};

/** Makes `lang`'s table available to `t`; await it before showing anything in that language. */
export async function loadLang(lang: Lang): Promise<void> {
  TABLES[lang] ??= await LOAD_TABLE[lang]();
}
const LAZY_TABLES: Record<Lang, Partial<Record<AnyStringKey, string>>> = { en: {}, zh: {} };

/** Makes a lazy namespace's strings available to `t`; its feature's strings module calls it once, when loaded. */
export function addStrings<N extends Namespace>(
  _namespace: N,
  tables: Record<Lang, Record<Namespaces[N], string>>,
): void {
  for (const lang of LANGS) Object.assign(LAZY_TABLES[lang], tables[lang]);
}

/** A translated string with {placeholders} filled in; a missing placeholder stays visible rather than vanishing. */
export function t(lang: Lang, key: AnyStringKey, values: Record<string, string | number> = {}): string {
  const table = TABLES[lang] as Partial<Record<AnyStringKey, string>> | undefined;
  if (!table) throw new Error(`no "${lang}" strings: loadLang("${lang}") was not awaited`);
  const template = table[key] ?? LAZY_TABLES[lang][key];
  if (template === undefined) throw new Error(`no string "${key}": its feature's strings are not loaded`);
  return fillPlaceholders(template, values);
}

function fillPlaceholders(template: string, values: Record<string, string | number>): string {
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
