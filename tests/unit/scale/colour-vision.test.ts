import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  deltaE,
  minimumNeighbourDifference,
  parseHex,
  simulate,
} from '../../../src/scale/colour-vision';
import { NO_DATA_COLOUR, palette } from '../../../src/scale/classify';
import { COLOURS } from '../../../src/map/style';
import { METRICS } from '../../../src/data/metrics';

// A ΔE of about 10 is "clearly different at a glance" for neighbouring map areas.
const DISTINCT_DELTA_E = 10;

describe('palette under colour-vision deficiencies', () => {
  const classCounts = [
    ...new Set(
      Object.values(METRICS).map((m) =>
        m.classing.method === 'threshold' ? m.classing.breaks.length + 1 : m.classing.classes,
      ),
    ),
  ];

  it.each(classCounts)(
    '%i classes stay distinct for normal vision, protanopia, deuteranopia and tritanopia',
    (classes) => {
      const colours = palette(classes);
      for (const deficiency of [undefined, 'protanopia', 'deuteranopia', 'tritanopia'] as const) {
        expect(minimumNeighbourDifference(colours, deficiency), String(deficiency)).toBeGreaterThan(DISTINCT_DELTA_E);
      }
    },
  );

  it('no-data grey is distinct from every class under each deficiency', () => {
    for (const deficiency of ['protanopia', 'deuteranopia'] as const) {
      const grey = simulate(parseHex(NO_DATA_COLOUR), deficiency);
      for (const colour of palette(6)) expect(deltaE(grey, simulate(parseHex(colour), deficiency))).toBeGreaterThan(5);
    }
  });

  it('the simulation leaves greys grey and changes red-green pairs', () => {
    expect(simulate([128, 128, 128], 'deuteranopia').every((c) => Math.abs(c - 128) <= 2)).toBe(true);
    expect(
      deltaE(simulate(parseHex('#ff0000'), 'deuteranopia'), simulate(parseHex('#00ff00'), 'deuteranopia')),
    ).toBeLessThan(deltaE(parseHex('#ff0000'), parseHex('#00ff00')) / 2);
  });
});

describe('text contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
  it('map labels reach 4.5:1 against their halo', () => {
    expect(contrastRatio(COLOURS.labelText, COLOURS.labelHalo)).toBeGreaterThanOrEqual(4.5);
  });
  it('page text colours reach 4.5:1 on white', () => {
    for (const colour of ['#1f1f1f', '#4d4d4d', '#0b5394', '#7a1212'])
      expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
