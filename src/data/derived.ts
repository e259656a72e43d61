import { figure, type Figure, type FigureId, type UnitId } from './figures';

/** A value shown on the map: either a published figure or one computed from published figures and areas. */
export interface RegionValue {
  code: string;
  value: number;
  unit: UnitId;
  /** The figures the value rests on; a derived value names every input. */
  inputs: readonly Figure[];
  /** Set when the value divides by an area computed from the boundaries. */
  areaKm2?: number;
  /** Set when a region's value is the average of a larger statistical region, not its own figure. */
  averageOf?: string;
  /** The value is a lower bound ("more than"). */
  isLowerBound?: boolean;
}

const PER_10K = 10_000;

export function perTenThousandResidents(code: string, stationsId: FigureId, residentsId: FigureId): RegionValue {
  return perTenThousandOf(code, figure(stationsId), figure(residentsId));
}

/** The same for figures that are not in FIGURES by id (a province's or a region's population). */
export function perTenThousandOf(code: string, stations: Figure, residents: Figure): RegionValue {
  if (!(residents.value > 0)) throw new Error(`perTenThousandOf: region ${code} has no positive population`);
  return {
    code,
    value: (stations.value / residents.value) * PER_10K,
    unit: 'stations-per-10k-residents',
    inputs: [stations, residents],
  };
}

export function perSquareKilometre(code: string, countId: FigureId, areaKm2: number, unit: UnitId): RegionValue {
  return perSquareKilometreOf(code, figure(countId), areaKm2, unit);
}

export function perSquareKilometreOf(code: string, count: Figure, areaKm2: number, unit: UnitId): RegionValue {
  if (!(areaKm2 > 0)) throw new Error(`perSquareKilometre: region ${code} has no positive area (got ${areaKm2})`);
  return { code, value: count.value / areaKm2, unit, inputs: [count], areaKm2 };
}

export function published(code: string, id: FigureId): RegionValue {
  const f = figure(id);
  return { code, value: f.value, unit: f.unit, inputs: [f], isLowerBound: f.qualifier === 'more-than' };
}

/** The latest date among a value's inputs: what "as of" means for a derived figure. */
export function latestAsOf(value: RegionValue): string {
  return (
    value.inputs
      .map((f) => f.asOf)
      .sort()
      .at(-1) ?? ''
  );
}
