import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_ZOOM_LIMITS, VIEW_PADDING_PX, ZOOM_LIMITS } from '../../../src/scene/framing';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('framing: decided once for every painter', () => {
  it('has one padding and one zoom range for the maps, a wider one for exports', () => {
    expect(VIEW_PADDING_PX).toBe(24);
    expect(ZOOM_LIMITS).toEqual({ minZoom: 2, maxZoom: 11 });
    expect(EXPORT_ZOOM_LIMITS.minZoom).toBeLessThan(ZOOM_LIMITS.minZoom);
    expect(EXPORT_ZOOM_LIMITS.maxZoom).toBeGreaterThan(ZOOM_LIMITS.maxZoom);
  });

  it('is defined nowhere else: no second view padding, zoom limit or China code written in src/', () => {
    const offenders = sources('src')
      .filter((file) => !/scene[\\/]framing\.ts$|data[\\/]figures\.ts$/.test(file))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            /VIEW_PADDING\w* = |(min|max)Zoom: \d|'100000'/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(offenders).toEqual([]);
  });
});
