import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { ARTIFACTS_DIR } from './fixtures';

export const BASELINE_DIR = join(process.cwd(), 'tests', 'visual', 'baselines');

/**
 * The stated tolerance. Per pixel: pixelmatch's YIQ colour distance 0.1 (its default; anti-aliased edge pixels
 * are not counted). Per screen: at most 0.2 % of the pixels may differ, about 2,000 at 1280 × 800: a word
 * re-wrapped or a moved popup is ten times that, a re-rasterised glyph edge is less.
 */
export const PIXEL_THRESHOLD = 0.1;
export const MAX_DIFF_RATIO = 0.002;

export interface VisualResult {
  name: string;
  /** Written or refreshed with UPDATE_SNAPSHOTS=1, or missing so written now. */
  written: boolean;
  diffPixels: number;
  ratio: number;
  problem: string | null;
}

/** Compares a PNG with its baseline; on a difference writes NAME-actual.png and NAME-diff.png to tests/artifacts. */
export function compareWithBaseline(name: string, png: Buffer): VisualResult {
  mkdirSync(BASELINE_DIR, { recursive: true });
  const baselinePath = join(BASELINE_DIR, `${name}.png`);
  if (process.env['UPDATE_SNAPSHOTS'] === '1' || !existsSync(baselinePath)) {
    writeFileSync(baselinePath, png);
    return { name, written: true, diffPixels: 0, ratio: 0, problem: null };
  }
  const actual = PNG.sync.read(png);
  const expected = PNG.sync.read(readFileSync(baselinePath));
  if (actual.width !== expected.width || actual.height !== expected.height) {
    writeFileSync(join(ARTIFACTS_DIR, `${name}-actual.png`), png);
    return {
      name,
      written: false,
      diffPixels: NaN,
      ratio: 1,
      problem: `${name}: ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`,
    };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const diffPixels = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: PIXEL_THRESHOLD,
  });
  const ratio = diffPixels / (actual.width * actual.height);
  const failed = ratio > MAX_DIFF_RATIO;
  if (diffPixels > 0) {
    writeFileSync(join(ARTIFACTS_DIR, `${name}-actual.png`), png);
    writeFileSync(join(ARTIFACTS_DIR, `${name}-diff.png`), PNG.sync.write(diff));
  }
  return {
    name,
    written: false,
    diffPixels,
    ratio,
    problem: failed
      ? `${name}: ${diffPixels} pixels differ (${(ratio * 100).toFixed(2)} % > ${MAX_DIFF_RATIO * 100} %); see tests/artifacts/${name}-diff.png`
      : null,
  };
}
