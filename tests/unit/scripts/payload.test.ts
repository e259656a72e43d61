import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { measurePayload } from '../../../scripts/payload';

/**
 * Issue 7 set 60 KB gzip for everything the app adds on top of MapLibre in the default view. Raised to 66 KB with
 * a measured reason: the first view now also carries the SVG first paint (issue 14), story markers and hatch, the
 * figures panel and the Copy-link button. Measured 30 Nov 2026: 67,106 B = boundary data 32,278 + app JS 30,198 +
 * CSS 3,472 + HTML 1,158. The app JS counts the figures panel's chunks (2,392), imported at every start; before
 * they were counted, and before the Chinese table, popup fitting and the source notes left the first view, the
 * same measure said 70,057 without them. Each module gzipped alone: SVG first paint 2,963 (render-svg 2,075,
 * camera 470, first-paint 418; within issue 14's 8 KB), share 938 (copy-link 504, links 434), story markers 512 +
 * hatch 203, display breaks 228, popup and tooltip content 721; the English table 2,899 and map-view 2,722 are the
 * largest app modules.
 * Raised to 67 KB on the same day, measured 67,988 B (app JS 31,052, CSS 3,522, HTML 1,136, data 32,278): the time
 * line's one layout shared with every export (+463 B, with the export-only code moved out of the first view) and
 * the kiosk's legibility in shared modules (story-marker names pointing apart, each time line point's one-line
 * form, region-label scale, in all about +400 B). Kiosk-only code stays in the kiosk chunk.
 * Raised to 69 KB on 3 Dec 2026 (issue 22), measured 69,641 B (app JS 32,270, CSS 3,949, HTML 1,144, data 32,278)
 * against 68,323 before: provenance said once (src/story/notes.ts: one source line and numbered notes in the
 * figures panel's chunk, +892 B) and the first screen on every device (a phone's headline figure and one-row
 * controls, a laptop's one-row header and bottom row: CSS +418 B, HTML +8 B). Merged with the scene and the theme
 * (main, 3 Dec 2026): 70,771 B (app JS 33,029, CSS 4,320, HTML 1,144, data 32,278), under 70 KB.
 */
const APP_BUDGET_GZIP_BYTES = 70 * 1024;

describe('payload budget', () => {
  it('the default view adds at most 70 KB gzip to MapLibre (app JS, CSS, HTML, boundary data)', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'budget-'));
    try {
      await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
      const payload = measurePayload(outDir);
      // Lazy features must stay out of the first view.
      expect(payload.files.map((f) => f.file).filter((f) => /kiosk|export|byod|turf/i.test(f))).toEqual([]);
      expect(payload.gzipBytes.maplibre).toBeGreaterThan(200_000);
      expect(payload.appAddsGzipBytes, JSON.stringify(payload.gzipBytes)).toBeLessThanOrEqual(APP_BUDGET_GZIP_BYTES);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
