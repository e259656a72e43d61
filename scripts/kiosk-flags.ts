/**
 * The Chromium flags that `npm run kiosk` (scripts/kiosk.sh) adds for the machine it runs on: WebGL's
 * software fallback, and a window that covers the screen when no window manager makes `--kiosk` full screen.
 * Prints one flag a line on stdout and what it chose on stderr; a bad setting exits with code 2.
 *
 *   KIOSK_GPU=auto|software|gpu       default auto
 *   KIOSK_WINDOW_SIZE=WxH[+X+Y]|off   default: read from the display (xrandr, else xdpyinfo)
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type GpuMode = 'auto' | 'software' | 'gpu';

export interface Geometry {
  width: number;
  height: number;
  x: number;
  y: number;
}

export type Setting<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * auto: Chromium uses the GPU when it can and falls back to SwiftShader (software WebGL2) when there is none
 * or its driver is blocklisted; without the flag, Chromium 137 and later show no WebGL at all there.
 * software: always SwiftShader, for a GPU that is present but draws wrongly. gpu: no fallback.
 */
export function gpuFlags(mode: GpuMode): string[] {
  if (mode === 'gpu') return [];
  if (mode === 'software') return ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'];
  return ['--enable-unsafe-swiftshader'];
}

export function parseGpuMode(value: string | undefined): Setting<GpuMode> {
  const mode = value?.trim() || 'auto';
  if (mode === 'auto' || mode === 'software' || mode === 'gpu') return { ok: true, value: mode };
  return { ok: false, error: `KIOSK_GPU "${value}" is not one of auto, software, gpu` };
}

const GEOMETRY = /^(\d{2,5})x(\d{2,5})(?:\+(\d{1,5})\+(\d{1,5}))?$/u;

/** KIOSK_WINDOW_SIZE: `1920x1080` or `1920x1080+1920+0`; `off` leaves the window to the window manager. */
export function parseWindowSize(value: string): Setting<Geometry | null> {
  const text = value.trim();
  if (text === 'off') return { ok: true, value: null };
  const match = GEOMETRY.exec(text);
  if (!match) {
    return {
      ok: false,
      error: `KIOSK_WINDOW_SIZE "${value}" is not WIDTHxHEIGHT (e.g. 1920x1080), WIDTHxHEIGHT+X+Y or off`,
    };
  }
  const [width, height, x, y] = match.slice(1).map((n) => Number(n ?? 0)) as [number, number, number, number];
  if (width < 100 || height < 100) return { ok: false, error: `KIOSK_WINDOW_SIZE "${value}" is under 100 × 100` };
  return { ok: true, value: { width, height, x, y } };
}

/**
 * The primary monitor from `xrandr --listactivemonitors` (else the first one):
 *   Monitors: 2
 *    0: +*HDMI-1 1920/527x1080/296+0+0  HDMI-1
 *    1: +DP-1 1280/340x1024/270+1920+0  DP-1
 */
export function parseActiveMonitors(output: string): Geometry | null {
  const monitors = [...output.matchAll(/^\s*\d+:\s+\+?(\*?)\S*\s+(\d+)\/\d+x(\d+)\/\d+\+(\d+)\+(\d+)/gmu)].map((m) => ({
    primary: m[1] === '*',
    geometry: { width: Number(m[2]), height: Number(m[3]), x: Number(m[4]), y: Number(m[5]) },
  }));
  return (monitors.find((m) => m.primary) ?? monitors[0])?.geometry ?? null;
}

/** The whole X screen from `xdpyinfo`: `  dimensions:    1920x1080 pixels (508x285 millimeters)`. */
export function parseXdpyinfo(output: string): Geometry | null {
  const match = /^\s*dimensions:\s+(\d+)x(\d+) pixels/mu.exec(output);
  return match ? { width: Number(match[1]), height: Number(match[2]), x: 0, y: 0 } : null;
}

/**
 * Chromium (156, X11) makes a window that is exactly the screen's size one pixel narrower and shorter,
 * which leaves a line of the bare X screen at the right and bottom edges when no window manager makes the
 * window full screen. One pixel more in each direction covers the screen; the extra row and column are off it.
 */
export function windowFlags(screen: Geometry): string[] {
  return [`--window-position=${screen.x},${screen.y}`, `--window-size=${screen.width + 1},${screen.height + 1}`];
}

function run(command: string, args: string[]): string | null {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
  } catch {
    return null;
  }
}

/** The screen to cover: the user's setting, else the display's primary monitor, else the whole X screen. */
export function screenGeometry(env: NodeJS.ProcessEnv): Setting<{ geometry: Geometry | null; source: string }> {
  const setting = env['KIOSK_WINDOW_SIZE'];
  if (setting?.trim()) {
    const parsed = parseWindowSize(setting);
    return parsed.ok ? { ok: true, value: { geometry: parsed.value, source: 'KIOSK_WINDOW_SIZE' } } : parsed;
  }
  if (!env['DISPLAY']) return { ok: true, value: { geometry: null, source: 'no DISPLAY' } };
  const monitors = run('xrandr', ['--listactivemonitors']);
  const fromXrandr = monitors === null ? null : parseActiveMonitors(monitors);
  if (fromXrandr) return { ok: true, value: { geometry: fromXrandr, source: 'xrandr' } };
  const info = run('xdpyinfo', []);
  const fromXdpyinfo = info === null ? null : parseXdpyinfo(info);
  if (fromXdpyinfo) return { ok: true, value: { geometry: fromXdpyinfo, source: 'xdpyinfo' } };
  return { ok: true, value: { geometry: null, source: 'neither xrandr nor xdpyinfo answered' } };
}

function main(): void {
  const gpu = parseGpuMode(process.env['KIOSK_GPU']);
  const screen = screenGeometry(process.env);
  const errors = [gpu, screen].flatMap((s) => (s.ok ? [] : [s.error]));
  if (!gpu.ok || !screen.ok) {
    for (const error of errors) console.error(`kiosk: ${error}`);
    process.exit(2);
  }
  const { geometry, source } = screen.value;
  const flags = [...gpuFlags(gpu.value), ...(geometry ? windowFlags(geometry) : [])];
  const size = geometry
    ? `window ${geometry.width}x${geometry.height}+${geometry.x}+${geometry.y} (from ${source})`
    : `window size left to the window manager (${source}; set KIOSK_WINDOW_SIZE=WxH to choose it)`;
  console.error(`kiosk: WebGL ${gpu.value === 'auto' ? 'on the GPU, else in software' : gpu.value}; ${size}`);
  process.stdout.write(flags.map((flag) => `${flag}\n`).join(''));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
