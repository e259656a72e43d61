import { describe, expect, it } from 'vitest';
import { adaptCamera } from '../../../src/export/frame';
import { vectorCamera } from '../../../src/export/live-hosts';

describe('vectorCamera', () => {
  it('gives the vector map’s camera as an export frames it: same centre, zoom and size, no rotation or tilt', () => {
    const live = vectorCamera({ center: [120.15, 29.2], zoom: 6.4, width: 1280, height: 800 });
    expect(live).toEqual({
      center: { lng: 120.15, lat: 29.2 },
      zoom: 6.4,
      bearing: 0,
      pitch: 0,
      width: 1280,
      height: 800,
    });
    // A page twice the size shows the same place one zoom level closer, as with MapLibre's camera.
    expect(adaptCamera(live, 2560, 1600)).toEqual({
      center: { lng: 120.15, lat: 29.2 },
      zoom: 7.4,
      bearing: 0,
      pitch: 0,
    });
  });
});
