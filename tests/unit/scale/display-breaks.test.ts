import { describe, expect, it } from 'vitest';
import { formatCompact, formatCompactRange } from '../../../src/data/format';
import { colourScale } from '../../../src/scale/classify';
import { displayBreaks } from '../../../src/scale/display-breaks';
import { legendItems } from '../../../src/scale/legend-items';

// Zhejiang's eleven cities' residents at the 2020 census, as the quantile metric classes them.
const CITY_RESIDENTS = [
  11_936_010, 9_404_283, 9_572_903, 5_400_868, 3_367_579, 5_270_977, 7_050_683, 2_276_184, 1_157_817, 6_622_136,
  2_507_396,
];

/** Which displayed class a value falls in: the first whose displayed upper bound is above it. */
function displayedClass(value: number, shown: readonly number[]): number {
  const i = shown.findIndex((b) => value < b);
  return i === -1 ? shown.length : i;
}

describe('displayBreaks', () => {
  it('rounds quantile breaks to few digits', () => {
    const scale = colourScale({ method: 'quantile', classes: 5 }, CITY_RESIDENTS);
    const shown = displayBreaks(scale.domain(), CITY_RESIDENTS);
    for (const b of shown) expect(String(b).replace(/0+$/, '').length).toBeLessThanOrEqual(3);
  });

  it('never moves a region into another class than the map gives it, on random data', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let run = 0; run < 300; run++) {
      const n = 2 + Math.floor(random() * 40);
      const magnitude = 10 ** Math.floor(random() * 9 - 2);
      const values = Array.from({ length: n }, () => Math.round(random() * 1000 * magnitude * 100) / 100);
      const scale = colourScale({ method: 'quantile', classes: 2 + Math.floor(random() * 6) }, values);
      const breaks = scale.domain();
      const shown = displayBreaks(breaks, values);
      for (const v of values) expect(displayedClass(v, shown)).toBe(displayedClass(v, breaks));
      for (let i = 1; i < shown.length; i++) expect(shown[i]!).toBeGreaterThan(shown[i - 1]!);
    }
  });
});

describe('compact class labels', () => {
  it('write millions once in English and 万 in Chinese', () => {
    expect(formatCompactRange(2_500_000, 5_300_000, 'en')).toBe('2.5–5.3 million');
    expect(formatCompactRange(2_500_000, 5_270_000, 'zh')).toBe('250万–527万');
    expect(formatCompactRange(900_000, 1_200_000, 'en')).toBe('900,000–1.2 million');
    expect(formatCompact(12_000_000, 'en')).toBe('12 million');
    expect(formatCompact(120_000_000, 'zh')).toBe('1.2亿');
    expect(formatCompactRange(10, 15, 'en')).toBe('10–15');
  });

  it('label the quantile classes of city residents compactly, while the items keep the exact extents', () => {
    const scale = colourScale({ method: 'quantile', classes: 5 }, CITY_RESIDENTS);
    const items = legendItems(scale, 'en', { values: CITY_RESIDENTS }).filter((i) => !i.noData);
    for (const item of items) expect(item.label).not.toMatch(/\d{1,3},\d{3},\d{3}/);
    expect(items.map((i) => i.label).join(' | ')).toMatch(/million/);
    expect(items[1]!.from).toBe(scale.domain()[0]);
    const zh = legendItems(scale, 'zh', { values: CITY_RESIDENTS }).map((i) => i.label);
    expect(zh.join(' ')).toMatch(/万/);
  });
});
