/**
 * Errors the boundary build reports to a person: which file, which feature, what is wrong.
 * `geo/build.ts` prints them as `geo: <message>` instead of a stack trace.
 */

/** Where a problem was found: the input file, and the feature when there is one. */
export interface FeatureRef {
  file: string;
  code: string;
  name: string;
}

export class GeoInputError extends Error {
  override readonly name = 'GeoInputError';

  constructor(
    readonly file: string,
    readonly problem: string,
    readonly feature?: Pick<FeatureRef, 'code' | 'name'>,
  ) {
    super(feature ? `${file}: feature ${feature.code} ${feature.name}: ${problem}` : `${file}: ${problem}`);
  }
}

/** Throws the error for one feature; a helper so call sites read as one line. */
export function failFeature(ref: FeatureRef, problem: string): never {
  throw new GeoInputError(ref.file, problem, { code: ref.code, name: ref.name });
}
