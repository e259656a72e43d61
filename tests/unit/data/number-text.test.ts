import { describe, expect, it } from 'vitest';
import { random } from '../../fixtures/random';
import {
  coversNumberText,
  decimalOf,
  type NumberLocale,
  type NumberTextOptions,
  numberText,
  roundTo,
} from '../../../src/data/number-text';

/** Every option set the app formats with (src/data/format.ts, src/data/describe.ts, src/story/). */
const OPTION_SETS: NumberTextOptions[] = [
  {},
  { maximumFractionDigits: 0 },
  { maximumFractionDigits: 1 },
  { maximumFractionDigits: 2 },
  { maximumFractionDigits: 3 },
  { minimumFractionDigits: 0, maximumFractionDigits: 0 },
  { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  { minimumFractionDigits: 0, maximumFractionDigits: 2 },
  { maximumFractionDigits: 2, useGrouping: false },
  { maximumSignificantDigits: 15 },
  { notation: 'compact', maximumFractionDigits: 2 },
  { notation: 'compact', maximumSignificantDigits: 15 },
  { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 },
  { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 15 },
];
const LOCALES: NumberLocale[] = ['en-GB', 'zh-CN'];

/** Values across magnitudes, the halves where rounding decides, carries into the next unit, and the article's figures. */
function values(): number[] {
  const next = random(20231202);
  const out = [0, 1, 5, 9.5, 10, 33.4, 20.1, 26.2, 220_000, 2_840_000, 1_482_600, 6577, 141_175, 0.1 + 0.2, 1.005];
  for (let i = 0; i < 3000; i++) {
    const magnitude = Math.floor(next() * 20) - 6;
    const value = next() * 10 ** magnitude;
    out.push(value, -value, Math.round(value), Math.round(value * 1000) / 1000);
  }
  for (let exponent = -3; exponent <= 13; exponent++) {
    for (const mantissa of [1, 1.005, 1.5, 2.5, 4.995, 9.995, 9.9995, 9.99995, 99.995, 999.995, 9999.995]) {
      out.push(mantissa * 10 ** exponent, Number(`${mantissa}e${exponent}`));
    }
    out.push(10 ** exponent - 1, 10 ** exponent - 0.5, 10 ** exponent - 0.005);
  }
  return out.filter((v) => Math.abs(v) < 1e15);
}

describe('numberText', () => {
  it('writes every value as Intl.NumberFormat does, in both languages and every option set the app uses', () => {
    const all = values();
    const differences: string[] = [];
    let written = 0;
    for (const locale of LOCALES)
      for (const options of OPTION_SETS) {
        if (!coversNumberText(locale, options)) continue;
        const intl = new Intl.NumberFormat(locale, options);
        for (const value of all) {
          const text = numberText(value, locale, options);
          if (text === null) continue;
          written++;
          if (text !== intl.format(value))
            differences.push(`${locale} ${JSON.stringify(options)} ${value}: ${text} ≠ ${intl.format(value)}`);
        }
      }
    expect(differences.slice(0, 10)).toEqual([]);
    // Most of them are written here, not left to Intl.
    expect(written).toBeGreaterThan(0.8 * all.length * (OPTION_SETS.length * 2 - 2));
  });

  it('covers the app’s option sets and leaves the rest to Intl', () => {
    // The app's compact numbers: zh-CN's 万 and 亿, and en-GB's long words (en-GB's short "2.8M" is Intl's).
    for (const locale of LOCALES)
      for (const options of OPTION_SETS) {
        const englishShort = locale === 'en-GB' && options.notation === 'compact' && options.compactDisplay !== 'long';
        expect(coversNumberText(locale, options), `${locale} ${JSON.stringify(options)}`).toBe(!englishShort);
      }
    expect(coversNumberText('en-GB', { notation: 'compact', maximumFractionDigits: 2 })).toBe(false);
    expect(coversNumberText('zh-CN', { notation: 'compact' })).toBe(false);
    // Outside what it knows: null, for Intl to write.
    expect(numberText(Number.NaN, 'en-GB', {})).toBeNull();
    expect(numberText(-0, 'en-GB', {})).toBeNull();
    expect(numberText(1e15, 'en-GB', {})).toBeNull();
    expect(numberText(1234, 'zh-CN', { notation: 'compact', maximumFractionDigits: 2 })).toBeNull();
    expect(
      numberText(2e12, 'en-GB', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }),
    ).toBeNull();
  });

  it('rounds the shortest decimal half away from zero, as Intl does and toFixed does not', () => {
    expect(numberText(1.005, 'en-GB', { maximumFractionDigits: 2 })).toBe('1.01');
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(numberText(-0.4, 'en-GB', { maximumFractionDigits: 0 })).toBe('-0');
    expect(numberText(99_999_999, 'zh-CN', { notation: 'compact', maximumFractionDigits: 2 })).toBe('1亿');
    expect(numberText(220_000, 'zh-CN', { notation: 'compact', maximumFractionDigits: 2 })).toBe('22万');
    expect(
      numberText(2_840_000, 'en-GB', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }),
    ).toBe('2.84 million');
    expect(decimalOf(1234.5)).toEqual({ digits: '12345', point: 4 });
    expect(decimalOf(0.00012)).toEqual({ digits: '12', point: -3 });
    expect(decimalOf(1.5e-7)).toEqual({ digits: '15', point: -6 });
    expect(roundTo({ digits: '9995', point: 1 }, 3)).toEqual({ digits: '1', point: 2 });
  });
});
