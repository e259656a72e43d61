import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { measurePayload } from '../../../scripts/payload';

/** Issue 7: everything the app adds on top of MapLibre for the default view stays within 60 KB gzip. */
const APP_BUDGET_GZIP_BYTES = 60 * 1024;

describe('payload budget', () => {
  it('the default view adds at most 60 KB gzip to MapLibre (app JS, CSS, HTML, boundary data)', async () => {
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
