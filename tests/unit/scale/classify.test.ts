import { describe, expect, it } from 'vitest';
import { classBreaks, colourScale, NO_DATA_COLOUR, palette } from '../../../src/scale/classify';
import { fillColourExpression } from '../../../src/scale/expression';
import { legendClasses } from '../../../src/scale/legend-classes';
import { legendItems } from '../../../src/scale/legend-items';

describe('classify', () => {
  it('threshold classing keeps the breaks and gives one more colour than breaks', () => {
    const scale = colourScale({ method: 'threshold', breaks: [10, 20, 30] }, []);
    expect(scale.domain()).toEqual([10, 20, 30]);
    expect(scale.range()).toEqual(palette(4));
    expect(scale(33.4)).toBe(palette(4)[3]);
    expect(scale(9.99)).toBe(palette(4)[0]);
  });
  it('quantile classing puts equal counts in each class', () => {
    const breaks = classBreaks({ method: 'quantile', classes: 4 }, [1, 2, 3, 4, 5, 6, 7, 8]);
    expect(breaks).toEqual([2.75, 4.5, 6.25]);
  });
  it('equal-interval splits the range', () => {
    expect(classBreaks({ method: 'equal-interval', classes: 4 }, [0, 100])).toEqual([25, 50, 75]);
  });
  it('no-data is not a palette colour', () => {
    expect(palette(9)).not.toContain(NO_DATA_COLOUR);
  });
});

describe('legend and map expression come from the same scale', () => {
  const scale = colourScale({ method: 'threshold', breaks: [0.1, 0.25, 0.5, 1, 2] }, []);
  it("legend classes are the scale's own extents", () => {
    const classes = legendClasses(scale);
    expect(classes).toHaveLength(6);
    expect(classes[0]).toEqual({ colour: scale.range()[0], from: undefined, to: 0.1 });
    expect(classes[5]).toEqual({ colour: scale.range()[5], from: 2, to: undefined });
    for (const c of classes.slice(1, 5)) expect(scale(c.from!)).toBe(c.colour);
  });
  it('the MapLibre step expression has the same breaks and colours, and a no-data fallback', () => {
    const expression = fillColourExpression(scale) as unknown[];
    expect(expression[0]).toBe('case');
    const step = expression[2] as unknown[];
    expect(step[0]).toBe('step');
    expect(step[2]).toBe(scale.range()[0]);
    expect(step.slice(3).filter((_, i) => i % 2 === 0)).toEqual(scale.domain());
    expect(step.slice(3).filter((_, i) => i % 2 === 1)).toEqual(scale.range().slice(1));
    expect(expression[3]).toBe(NO_DATA_COLOUR);
  });
  it('legend items write each range in words and end with no data', () => {
    const items = legendItems(scale, 'en');
    expect(items.map((i) => i.label)).toEqual([
      'under 0.1',
      '0.1–0.25',
      '0.25–0.5',
      '0.5–1',
      '1–2',
      '2 or more',
      'No data (no published figure)',
    ]);
    expect(items.at(-1)).toMatchObject({ colour: NO_DATA_COLOUR, noData: true });
    expect(items[1]).toMatchObject({ from: 0.1, to: 0.25 });
  });
});

describe('palette table', () => {
  it('is the build-time table computed from d3-scale-chromatic', async () => {
    const { computePalette } = await import('../../../scripts/palette-source');
    for (let k = 2; k <= 9; k++) expect(palette(k)).toEqual(computePalette(k));
    expect(() => palette(10)).toThrow(/2 to 9 classes/);
  });
});
