import { STATISTICAL_REGIONS, type Figure, type StatisticalRegion } from './figures';

/**
 * Year-end 2022 resident population of the 31 mainland provinces, in 10,000s, as the National Bureau of
 * Statistics tabulates it (source 'nbs-provincial-2022'; see facts.md for the cross-checks). The provinces'
 * sum is the denominator of a regional average; China's own total (which counts the military) is not.
 */
export const PROVINCE_RESIDENTS_2022_IN_10K: Readonly<Record<string, number>> = {
  '110000': 2184,
  '120000': 1363,
  '130000': 7420,
  '140000': 3481,
  '150000': 2401,
  '210000': 4197,
  '220000': 2348,
  '230000': 3099,
  '310000': 2475,
  '320000': 8515,
  '330000': 6577,
  '340000': 6127,
  '350000': 4188,
  '360000': 4528,
  '370000': 10163,
  '410000': 9872,
  '420000': 5844,
  '430000': 6604,
  '440000': 12657,
  '450000': 5047,
  '460000': 1027,
  '500000': 3213,
  '510000': 8374,
  '520000': 3856,
  '530000': 4693,
  '540000': 364,
  '610000': 3956,
  '620000': 2492,
  '630000': 595,
  '640000': 728,
  '650000': 2587,
};

const TEN_THOUSAND = 10_000;

function residentsFigure(id: string, region: string, residents: number): Figure {
  return {
    id,
    region,
    value: residents,
    unit: 'residents',
    qualifier: 'rounded',
    asOf: '2022-12-31',
    source: 'nbs-provincial-2022',
  };
}

/** A province's end-2022 residents as a figure with its source, or undefined outside the mainland's 31. */
export function provinceResidents2022(code: string): Figure | undefined {
  const tenThousands = PROVINCE_RESIDENTS_2022_IN_10K[code];
  return tenThousands === undefined
    ? undefined
    : residentsFigure(`residents-${code}`, code, tenThousands * TEN_THOUSAND);
}

/** The sum of a statistical region's provinces: the region's population, same source and date. */
export function regionResidents2022(region: StatisticalRegion): Figure {
  const sum = STATISTICAL_REGIONS[region].reduce((total, code) => {
    const tenThousands = PROVINCE_RESIDENTS_2022_IN_10K[code];
    if (tenThousands === undefined) throw new Error(`province-populations: no population for province ${code}`);
    return total + tenThousands;
  }, 0);
  return residentsFigure(`residents-${region}`, region, sum * TEN_THOUSAND);
}
