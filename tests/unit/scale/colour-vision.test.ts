import { describe, expect, it } from 'vitest';
import {
  type Color,
  differenceCie76,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  formatHex,
  parse,
  wcagContrast,
} from 'culori';
import { NO_DATA_COLOUR, palette } from '../../../src/scale/classify';
import { COLOURS } from '../../../src/map/style';
import { METRICS } from '../../../src/data/metrics';

// A ΔE of about 10 is "clearly different at a glance" for neighbouring map areas.
const DISTINCT_DELTA_E = 10;

// culori's filters are Machado, Oliveira & Fernandes (2009) at full severity; ΔE is CIE76 in CIELAB (D65).
type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';
const FILTERS: Record<Deficiency, (colour: Color) => Color> = {
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};
const simulate = (colour: string, deficiency: Deficiency): string => {
  const parsed = parse(colour);
  if (parsed === undefined) throw new Error(`not a colour: ${colour}`);
  return formatHex(FILTERS[deficiency](parsed));
};
const deltaE = differenceCie76();
const contrastRatio = wcagContrast;

/** The smallest ΔE between neighbouring classes, as a reader with the deficiency would see them. */
function minimumNeighbourDifference(colours: readonly string[], deficiency?: Deficiency): number {
  const seen = colours.map((c) => (deficiency ? simulate(c, deficiency) : c));
  let min = Infinity;
  for (let i = 1; i < seen.length; i++) min = Math.min(min, deltaE(seen[i - 1]!, seen[i]!));
  return min;
}

describe('palette under colour-vision deficiencies', () => {
  const classCounts = [
    ...new Set(
      Object.values(METRICS).map((m) =>
        m.classing.method === 'threshold' ? m.classing.breaks.length + 1 : m.classing.classes,
      ),
    ),
  ];

  it("ColorBrewer's own 6-class YlGnBu falls below the threshold under protanopia (why the palette is resampled)", () => {
    const colorBrewer6 = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'];
    expect(minimumNeighbourDifference(colorBrewer6, 'protanopia')).toBeLessThan(DISTINCT_DELTA_E);
  });

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
      const grey = simulate(NO_DATA_COLOUR, deficiency);
      for (const colour of palette(6)) expect(deltaE(grey, simulate(colour, deficiency))).toBeGreaterThan(5);
    }
  });

  it('the simulation leaves greys grey and changes red-green pairs', () => {
    expect(deltaE(simulate('#808080', 'deuteranopia'), '#808080')).toBeLessThan(1);
    expect(deltaE(simulate('#ff0000', 'deuteranopia'), simulate('#00ff00', 'deuteranopia'))).toBeLessThan(
      deltaE('#ff0000', '#00ff00') / 2,
    );
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
