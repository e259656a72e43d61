import { describe, expect, it } from 'vitest';
import { nameSides } from '../../../src/scene/story-sides';

describe('nameSides', () => {
  it('puts the westernmost name left of its dot and the other on the right', () => {
    // Shaoxing's and Hangzhou's label points, in the order POPUP_REGION lists them.
    expect(
      nameSides([
        [120.58, 30.0],
        [119.98, 30.08],
      ]),
    ).toEqual(['right', 'left']);
  });

  it('keeps a lone place’s name on the right, as the plain marker', () => {
    expect(nameSides([[120.2, 30.2]])).toEqual(['right']);
    expect(nameSides([])).toEqual([]);
  });
});
