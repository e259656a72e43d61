import type { Lang } from '../i18n';
import type { Qualifier, UnitId } from './figures';

const LOCALE: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };

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
    return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }).format(value);
  }
  if (qualifier === 'rounded' && lang === 'en' && value >= 1_000_000) {
    return new Intl.NumberFormat(locale, {
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: 2,
    }).format(value);
  }
  // A published whole number ("more than 33") keeps the source's precision.
  const minimum = Number.isInteger(value) ? 0 : digits;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: minimum, maximumFractionDigits: digits }).format(value);
}

/** Number and unit, spaced as each language spaces them: "220,000 base stations", "22万个基站". */
export function withUnit(number: string, unitText: string, lang: Lang): string {
  return lang === 'zh' ? `${number}${unitText}` : `${number} ${unitText}`;
}

/** A short number for legend breaks, where the unit is said once in the legend's title. */
export function formatBreak(value: number, lang: Lang): string {
  const digits = value !== 0 && Math.abs(value) < 1 ? 2 : Math.abs(value) < 100 ? 1 : 0;
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits }).format(value);
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
