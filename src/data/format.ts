import type { Lang } from '../i18n';
import type { Qualifier, UnitId } from './figures';
import { coversNumberText, type NumberLocale, type NumberTextOptions, numberText } from './number-text';

const LOCALE: Record<Lang, NumberLocale> = { en: 'en-GB', zh: 'zh-CN' };

/** What the app asks of a number format: Intl.NumberFormat's `format`. */
export interface NumberFormatter {
  format(value: number): string;
}

const NUMBER_FORMATS = new Map<string, NumberFormatter>();

/**
 * One formatter per locale and options, made once. It writes numbers itself where number-text.ts knows how (every
 * format of the first view), so that the page never starts ICU for them (23–41 ms of a fresh page's main thread);
 * anything else goes to an Intl.NumberFormat, made on first need: making one costs about as much as a thousand
 * uses (30–45 ms of a loaded 2-core machine's map-ready in a profile, 4 December 2026).
 */
export function numberFormat(locale: NumberLocale, options: NumberTextOptions = {}): NumberFormatter {
  const key = `${locale} ${JSON.stringify(options)}`;
  const made = NUMBER_FORMATS.get(key);
  if (made) return made;
  const written = coversNumberText(locale, options);
  let intl: Intl.NumberFormat | undefined;
  const viaIntl = (value: number) => {
    intl ??= new Intl.NumberFormat(locale, options);
    return intl.format(value);
  };
  const format: NumberFormatter = {
    format: (value) => (written ? numberText(value, locale, options) : null) ?? viaIntl(value),
  };
  NUMBER_FORMATS.set(key, format);
  return format;
}

// Densities need decimals to be told apart; counts of things do not.
const FRACTION_DIGITS: Record<UnitId, number> = {
  'base-stations': 0,
  'stations-per-10k-residents': 1,
  'stations-per-km2': 2,
  residents: 0,
  'residents-per-km2': 0,
  factories: 0,
  platforms: 0,
};

/**
 * A number as a reader of the language expects it: 220,000 in English, 22万 in Chinese.
 * Exact counts keep every digit; rounded ones are written the way the source rounded them.
 */
export function formatNumber(value: number, unit: UnitId, lang: Lang, qualifier: Qualifier = 'exact'): string {
  const locale = LOCALE[lang];
  const digits = FRACTION_DIGITS[unit];
  if (qualifier === 'rounded' && lang === 'zh' && value >= 10_000) {
    return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }).format(value);
  }
  if (qualifier === 'rounded' && lang === 'en' && value >= 1_000_000) {
    return numberFormat(locale, {
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: 2,
    }).format(value);
  }
  // A published whole number ("more than 33") keeps the source's precision.
  const minimum = Number.isInteger(value) ? 0 : digits;
  return numberFormat(locale, { minimumFractionDigits: minimum, maximumFractionDigits: digits }).format(value);
}

/** Number and unit, spaced as each language spaces them: "220,000 base stations", "22万个基站". */
export function withUnit(number: string, unitText: string, lang: Lang): string {
  return lang === 'zh' ? `${number}${unitText}` : `${number} ${unitText}`;
}

/** A short number for legend breaks, where the unit is said once in the legend's title. */
export function formatBreak(value: number, lang: Lang): string {
  const digits = value !== 0 && Math.abs(value) < 1 ? 2 : Math.abs(value) < 100 ? 1 : 0;
  return numberFormat(LOCALE[lang], { maximumFractionDigits: digits }).format(value);
}

// Up to 15 significant digits: the breaks handed in are already rounded (scale/display-breaks.ts).
const ALL_DIGITS = 15;
const EN_LARGE: readonly [number, string][] = [
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** A large number as people say it, for labels read at a glance: "2.5 million", "250万". */
export function formatCompact(value: number, lang: Lang): string {
  if (lang === 'zh')
    return Math.abs(value) >= 10_000
      ? numberFormat(LOCALE.zh, { notation: 'compact', maximumSignificantDigits: ALL_DIGITS }).format(value)
      : formatBreak(value, lang);
  const large = EN_LARGE.find(([size]) => Math.abs(value) >= size);
  if (!large) return formatBreak(value, lang);
  return `${numberFormat(LOCALE.en, { maximumSignificantDigits: ALL_DIGITS }).format(value / large[0])} ${large[1]}`;
}

/** A class's range: "2.5–5.3 million" (the word said once), "250万–527万", "10–15". */
export function formatCompactRange(from: number, to: number, lang: Lang): string {
  const large = EN_LARGE.find(([size]) => Math.abs(from) >= size && Math.abs(to) >= size);
  if (lang === 'en' && large) {
    const short = (v: number) => numberFormat(LOCALE.en, { maximumSignificantDigits: ALL_DIGITS }).format(v / large[0]);
    return `${short(from)}–${short(to)} ${large[1]}`;
  }
  return `${formatCompact(from, lang)}–${formatCompact(to, lang)}`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** ISO dates as people write them; the last day of a month reads as "end of May 2023". */
export function formatDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month) return iso;
  const monthName = lang === 'en' ? MONTHS_EN[month - 1] : `${month}月`;
  if (!day) return lang === 'en' ? `${monthName} ${year}` : `${year}年${monthName}`;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day === lastDay) return lang === 'en' ? `end of ${monthName} ${year}` : `${year}年${monthName}末`;
  return lang === 'en' ? `${day} ${monthName} ${year}` : `${year}年${monthName}${day}日`;
}
