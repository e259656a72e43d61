import type { ExpressionSpecification } from 'maplibre-gl';
import { NO_DATA_COLOUR, type ColourScale } from './classify';

/**
 * The scale as one MapLibre `step` expression over feature-state `value`; regions without a value
 * (feature-state unset) get the no-data colour.
 */
export function fillColourExpression(scale: ColourScale): ExpressionSpecification {
  const colours = scale.range();
  const breaks = scale.domain();
  const value: ExpressionSpecification = ['to-number', ['feature-state', 'value']];
  const stepped: ExpressionSpecification | string =
    breaks.length === 0
      ? (colours[0] ?? NO_DATA_COLOUR)
      : (['step', value, colours[0]!, ...breaks.flatMap((b, i) => [b, colours[i + 1]!])] as ExpressionSpecification);
  return ['case', ['==', ['typeof', ['feature-state', 'value']], 'number'], stepped, NO_DATA_COLOUR];
}
