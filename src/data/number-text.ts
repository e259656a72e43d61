/**
 * Numbers written as Intl.NumberFormat writes them in en-GB and zh-CN, for the option sets the app uses, without
 * Intl. A page's first Intl.NumberFormat (or Collator) starts the browser's ICU: 23–41 ms of the main thread in a
 * fresh Chromium page here, on the first view's path to map-ready (issue 23). The digits follow ICU: the double's
 * shortest decimal form (what String() gives) rounded half away from zero, so 1.005 to two places is 1.01, as Intl
 * writes it and unlike toFixed. What this does not cover returns null, and the caller asks Intl
 * (tests/unit/data/number-text.test.ts holds the two to the same text over thousands of values).
 */

export interface NumberTextOptions {
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
  maximumSignificantDigits?: number;
  useGrouping?: boolean;
  notation?: 'standard' | 'compact';
  compactDisplay?: 'short' | 'long';
}

/** A decimal number's digits without leading zeros, and where its point falls: 1234.5 is '12345' with point 4. */
interface Decimal {
  digits: string;
  point: number;
}

/** The two locales the app writes (Lang's). */
export type NumberLocale = 'en-GB' | 'zh-CN';

/**
 * Compact units by power of ten, as CLDR's compact forms: zh-CN's short (万, 亿) and en-GB's long (million,
 * billion). Magnitudes outside these, and en-GB's short form, are left to Intl.
 */
const COMPACT_UNITS: Record<NumberLocale, { from: number; to: number; step: number; words: Record<number, string> }> = {
  'zh-CN': { from: 4, to: 12, step: 4, words: { 4: '万', 8: '亿' } },
  'en-GB': { from: 6, to: 12, step: 3, words: { 6: ' million', 9: ' billion' } },
};

/**
 * Whether numberText writes numbers with these options (otherwise, use Intl): all but compact forms with Intl's
 * default rounding (two significant digits) and en-GB's short compact form ("2.8M"). The options' type holds the
 * rest to what this module knows.
 */
export function coversNumberText(locale: NumberLocale, options: NumberTextOptions): boolean {
  if (options.notation !== 'compact') return true;
  if (options.maximumFractionDigits === undefined && options.maximumSignificantDigits === undefined) return false;
  return locale === 'zh-CN' || options.compactDisplay === 'long';
}

/** The number as Intl.NumberFormat(locale, options) writes it, or null where this module does not know how. */
export function numberText(value: number, locale: NumberLocale, options: NumberTextOptions): string | null {
  if (!Number.isFinite(value) || Object.is(value, -0) || Math.abs(value) >= 1e15) return null;
  const sign = value < 0 ? '-' : '';
  const decimal = decimalOf(Math.abs(value));
  if (options.notation === 'compact') {
    const written = compact(decimal, locale, options);
    return written === null ? null : sign + written;
  }
  return sign + standard(decimal, options, options.useGrouping !== false);
}

function standard(decimal: Decimal, options: NumberTextOptions, grouped: boolean): string {
  return written(rounded(decimal, options), minimumFraction(options), grouped);
}

/** Rounded as the options say: to significant digits, or else to fraction digits (at most three by default). */
function rounded(decimal: Decimal, options: NumberTextOptions): Decimal {
  if (options.maximumSignificantDigits !== undefined) return roundTo(decimal, options.maximumSignificantDigits);
  return roundTo(decimal, decimal.point + Math.max(options.maximumFractionDigits ?? 3, minimumFraction(options)));
}

/** Fraction digits always written (none with significant digits, whose trailing zeros Intl drops). */
function minimumFraction(options: NumberTextOptions): number {
  return options.maximumSignificantDigits === undefined ? (options.minimumFractionDigits ?? 0) : 0;
}

/**
 * The scaled number and its unit, the unit chosen by the number's magnitude and chosen again when rounding carries
 * it into the next one (99,999,999 to two places in zh-CN is 1亿, not 10000万), as ICU does. Not grouped: a scaled
 * number has at most four integer digits, which CLDR's compact forms write without a separator.
 */
function compact(decimal: Decimal, locale: NumberLocale, options: NumberTextOptions): string | null {
  const units = COMPACT_UNITS[locale];
  if (decimal.digits === '') return null;
  let exponent = Math.floor((decimal.point - 1) / units.step) * units.step;
  for (let tries = 0; tries < 2; tries++) {
    if (exponent < units.from || exponent >= units.to) return null;
    const scaled = { digits: decimal.digits, point: decimal.point - exponent };
    const shown = rounded(scaled, options);
    if (shown.digits !== '' && shown.point > units.step) {
      exponent += units.step;
      continue;
    }
    return written(shown, minimumFraction(options), false) + units.words[exponent]!;
  }
  return null;
}

/** The shortest decimal that reads back as this double (String's), as digits and point. */
export function decimalOf(abs: number): Decimal {
  const [mantissa = '0', exponent = '0'] = String(abs).split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  const all = whole + fraction;
  const zeros = all.length - all.replace(/^0+/u, '').length;
  const digits = all.slice(zeros).replace(/0+$/u, '');
  return digits === '' ? { digits: '', point: 0 } : { digits, point: whole.length + Number(exponent) - zeros };
}

/** Kept to `keep` significant digits, rounded half away from zero (Intl's halfExpand); zero has no digits. */
export function roundTo(decimal: Decimal, keep: number): Decimal {
  const { digits, point } = decimal;
  if (keep >= digits.length) return decimal;
  if (keep < 0 || (keep === 0 && digits.charCodeAt(0) < 53)) return { digits: '', point: 0 };
  const head = digits.slice(0, keep);
  if (digits.charCodeAt(keep) < 53) return trimmed({ digits: head, point });
  // Up by one in the last kept place, carrying through nines.
  let i = head.length - 1;
  while (i >= 0 && head[i] === '9') i--;
  if (i < 0) return { digits: '1', point: point + 1 };
  return trimmed({ digits: head.slice(0, i) + String(Number(head[i]) + 1), point });
}

function trimmed(decimal: Decimal): Decimal {
  const digits = decimal.digits.replace(/0+$/u, '');
  return digits === '' ? { digits: '', point: 0 } : { digits, point: decimal.point };
}

/** Digits as text: the integer part grouped by thousands with commas (en-GB and zh-CN alike), `minimum` decimals. */
function written(decimal: Decimal, minimum: number, grouped: boolean): string {
  const { digits, point } = decimal;
  const whole = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  const fraction = (point < 0 ? '0'.repeat(-point) + digits : digits.slice(Math.max(point, 0))).padEnd(minimum, '0');
  const integer = grouped ? whole.replace(/\B(?=(\d{3})+$)/gu, ',') : whole;
  return fraction === '' ? integer : `${integer}.${fraction}`;
}
