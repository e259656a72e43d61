import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { APP_BUDGET_GZIP_BYTES, measurePayload } from '../../../scripts/payload';

// The budget and its history: APP_BUDGET_GZIP_BYTES in scripts/payload.ts.

describe('payload budget', () => {
  it('the default view adds at most 88.2 KB gzip to MapLibre (app JS, CSS, HTML, boundary data)', async () => {
    // `npm test` builds the app once, before the unit tests, and names that build here (scripts/test.sh): the
    // budget is measured on the very build the browser tests run, without a second build (15-50 s here).
    // Run alone, the test builds its own.
    const given = process.env['PAYLOAD_DIST_DIR'];
    const outDir = given ?? mkdtempSync(join(tmpdir(), 'budget-'));
    try {
      if (given) expect(existsSync(join(given, '.vite', 'manifest.json')), `${given} holds a build`).toBe(true);
      else await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
      const payload = measurePayload(outDir);
      // Lazy features must stay out of the first view.
      expect(payload.files.map((f) => f.file).filter((f) => /kiosk|export|byod|turf/i.test(f))).toEqual([]);
      expect(payload.gzipBytes.maplibre).toBeGreaterThan(200_000);
      expect(payload.appAddsGzipBytes, JSON.stringify(payload.gzipBytes)).toBeLessThanOrEqual(APP_BUDGET_GZIP_BYTES);
    } finally {
      if (!given) rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
