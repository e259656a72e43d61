/** Which side of its dot a story marker's name goes, on the live map and in PNG exports alike. */
export type NameSide = 'left' | 'right';

/**
 * Hangzhou and Shaoxing are neighbours, west and east: each name points away from the other, so at a kiosk's
 * type size, or in a Zhejiang-wide export, the two never print over each other. The westernmost name goes
 * left of its dot; a lone place keeps its name on the right.
 */
export function nameSides(points: readonly (readonly [number, number])[]): NameSide[] {
  if (points.length < 2) return points.map(() => 'right');
  const west = points.reduce((best, point, i) => (point[0] < points[best]![0] ? i : best), 0);
  return points.map((_, i) => (i === west ? 'left' : 'right'));
}
