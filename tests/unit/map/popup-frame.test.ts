import { describe, expect, it } from 'vitest';
import { afterCameraRest, boxCorner } from '../../../src/map/popup-frame';

describe('afterCameraRest (both maps: MapLibre moveend, the vector camera at rest)', () => {
  it('places the popup again after a move the page made, free to move the camera', () => {
    expect(afterCameraRest(false, false)).toEqual({ place: true, mayPan: true });
  });
  it('never moves the camera against a reader who moved the map', () => {
    expect(afterCameraRest(false, true)).toEqual({ place: true, mayPan: false });
  });
  it('does nothing at the rest of the pan the popup asked for itself', () => {
    expect(afterCameraRest(true, false).place).toBe(false);
    expect(afterCameraRest(true, true).place).toBe(false);
  });
});

describe('boxCorner', () => {
  it('stands a popup on whole pixels, as MapLibre rounds its popups', () => {
    expect(boxCorner({ left: 10.4, top: 99.6, right: 370.4, bottom: 300 })).toEqual([10, 100]);
  });
});
