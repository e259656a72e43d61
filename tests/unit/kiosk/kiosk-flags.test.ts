import { describe, expect, it } from 'vitest';
import {
  gpuFlags,
  parseActiveMonitors,
  parseGpuMode,
  parseWindowSize,
  parseXdpyinfo,
  screenGeometry,
  windowFlags,
} from '../../../scripts/kiosk-flags';

// Real outputs: Xvfb on this machine, and a two-monitor desktop (xrandr 1.5).
const XVFB_MONITORS = 'Monitors: 1\n 0: +screen 1920/508x1080/286+0+0  screen\n';
const TWO_MONITORS =
  'Monitors: 2\n 0: +DP-1 1280/340x1024/270+0+0  DP-1\n 1: +*HDMI-1 3840/600x2160/340+1280+0  HDMI-1\n';
const XDPYINFO =
  'screen #0:\n  dimensions:    1920x1080 pixels (488x274 millimeters)\n  resolution:    100x100 dots per inch\n';

describe('the kiosk GPU setting', () => {
  it('falls back to software WebGL only where the GPU cannot serve, by default', () => {
    expect(parseGpuMode(undefined)).toEqual({ ok: true, value: 'auto' });
    expect(gpuFlags('auto')).toEqual(['--enable-unsafe-swiftshader']);
  });

  it('can force software drawing, or opt out of the fallback', () => {
    expect(gpuFlags('software')).toContain('--use-angle=swiftshader');
    expect(gpuFlags('gpu')).toEqual([]);
  });

  it('names a wrong value and what it accepts', () => {
    expect(parseGpuMode('vulkan')).toEqual({
      ok: false,
      error: 'KIOSK_GPU "vulkan" is not one of auto, software, gpu',
    });
  });
});

describe('the screen the kiosk window covers', () => {
  it('reads Xvfb’s one screen from xrandr', () => {
    expect(parseActiveMonitors(XVFB_MONITORS)).toEqual({ width: 1920, height: 1080, x: 0, y: 0 });
  });

  it('takes the primary monitor, with its position, when there are several', () => {
    expect(parseActiveMonitors(TWO_MONITORS)).toEqual({ width: 3840, height: 2160, x: 1280, y: 0 });
    expect(parseActiveMonitors('Monitors: 0\n')).toBeNull();
  });

  it('reads the whole screen from xdpyinfo', () => {
    expect(parseXdpyinfo(XDPYINFO)).toEqual({ width: 1920, height: 1080, x: 0, y: 0 });
    expect(parseXdpyinfo('xdpyinfo: unable to open display ":9".')).toBeNull();
  });

  it('lets the user set it, or leave it to the window manager', () => {
    expect(parseWindowSize('1280x800')).toEqual({ ok: true, value: { width: 1280, height: 800, x: 0, y: 0 } });
    expect(parseWindowSize('1920x1080+1920+0')).toEqual({
      ok: true,
      value: { width: 1920, height: 1080, x: 1920, y: 0 },
    });
    expect(parseWindowSize('off')).toEqual({ ok: true, value: null });
    const wrong = parseWindowSize('1920*1080');
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.error).toContain('KIOSK_WINDOW_SIZE "1920*1080" is not WIDTHxHEIGHT');
  });

  it('prefers the user’s size to the display, and needs a display to ask', () => {
    expect(screenGeometry({ KIOSK_WINDOW_SIZE: '1024x768', DISPLAY: ':0' })).toEqual({
      ok: true,
      value: { geometry: { width: 1024, height: 768, x: 0, y: 0 }, source: 'KIOSK_WINDOW_SIZE' },
    });
    expect(screenGeometry({})).toEqual({ ok: true, value: { geometry: null, source: 'no DISPLAY' } });
  });

  it('places the window on the screen, one pixel larger than Chromium would make an exact fit', () => {
    expect(windowFlags({ width: 1920, height: 1080, x: 1280, y: 0 })).toEqual([
      '--window-position=1280,0',
      '--window-size=1921,1081',
    ]);
  });
});
