import type { ColourScale } from './classify';

export interface LegendClass {
  colour: string;
  /** Inclusive lower bound; undefined for the first class (everything below the first break). */
  from?: number;
  /** Exclusive upper bound; undefined for the last class. */
  to?: number;
}

/** The classes as the scale itself defines them, so the legend cannot disagree with the map. */
export function legendClasses(scale: ColourScale): LegendClass[] {
  return scale.range().map((colour) => {
    const [from, to] = scale.invertExtent(colour);
    return { colour, from: from ?? undefined, to: to ?? undefined };
  });
}
