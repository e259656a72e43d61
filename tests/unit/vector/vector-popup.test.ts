import { describe, expect, it } from 'vitest';
import { popupOffset } from '../../../src/vector/vector-popup';

describe('popupOffset', () => {
  const size = { width: 200, height: 100 };
  it('centres a popup above its point', () => {
    expect(popupOffset({ width: 1000 }, [500, 400], size)).toEqual([400, 300]);
  });
  it('keeps it inside the map by 8 px on the sides and at the top', () => {
    expect(popupOffset({ width: 1000 }, [20, 400], size)).toEqual([8, 300]);
    expect(popupOffset({ width: 1000 }, [990, 400], size)).toEqual([792, 300]);
    expect(popupOffset({ width: 1000 }, [500, 50], size)).toEqual([400, 8]);
  });
});
