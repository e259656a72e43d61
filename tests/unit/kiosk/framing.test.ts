import { describe, expect, it } from 'vitest';
import { kioskViewPadding } from '../../../src/kiosk/framing';

describe("a kiosk step's camera padding", () => {
  it("leaves a fifth of the shorter side around a city's view, for context and whole markers", () => {
    expect(kioskViewPadding({ width: 1459, height: 790 }, 'hangzhou')).toEqual({
      top: 158,
      right: 158,
      bottom: 158,
      left: 158,
    });
  });

  it("keeps China's and Zhejiang's views large, with room for a marker's name at the edge", () => {
    expect(kioskViewPadding({ width: 1459, height: 790 }, 'china').top).toBe(47);
    expect(kioskViewPadding({ width: 1459, height: 790 }, 'zhejiang').top).toBe(47);
  });

  it('grows with a 4K screen and keeps a floor on a small map', () => {
    expect(kioskViewPadding({ width: 2918, height: 1580 }, 'shaoxing').top).toBe(316);
    expect(kioskViewPadding({ width: 100, height: 80 }, 'china').top).toBe(24);
  });
});
