import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { SnapshotRequest } from '../../src/export/snapshot';
import { driver } from './driver';
import { ARTIFACTS_DIR, expect, test } from './fixtures';

/**
 * Every export of the Zhejiang view names its cities and both story places (issue 21), in both languages: the PNG
 * (MapLibre's names, which the painter reports with their points, and its story marks), the SVG and the PDF (the
 * vector page, read back with pdftotext).
 */
const CITIES: Record<string, { en: string; zh: string }> = {
  '330100': { en: 'Hangzhou', zh: '杭州' },
  '330200': { en: 'Ningbo', zh: '宁波' },
  '330300': { en: 'Wenzhou', zh: '温州' },
  '330400': { en: 'Jiaxing', zh: '嘉兴' },
  '330500': { en: 'Huzhou', zh: '湖州' },
  '330600': { en: 'Shaoxing', zh: '绍兴' },
  '330700': { en: 'Jinhua', zh: '金华' },
  '330800': { en: 'Quzhou', zh: '衢州' },
  '330900': { en: 'Zhoushan', zh: '舟山' },
  '331000': { en: 'Taizhou', zh: '台州' },
  '331100': { en: 'Lishui', zh: '丽水' },
};
const STORY = ['330100', '330600'];

/** The page's Export button's PNG painter (MapLibre), which reports the names it wrote. */
function snapshot(page: Page, request: SnapshotRequest) {
  return page.evaluate((r) => window.__snapshot!(r, 'maplibre'), request);
}

for (const lang of ['en', 'zh'] as const) {
  test(`a 1600 × 1000 PNG of the Zhejiang view in ${lang} names at least 9 of 11 cities and both story places`, async ({
    page,
    watch,
  }) => {
    test.setTimeout(180_000);
    // The first load of a run on a busy two-core machine can pass the usual 30 s.
    await driver(page).when.open(`?view=zhejiang&lang=${lang}`, 90_000);
    const result = await snapshot(page, {
      size: { widthPx: 1600, heightPx: 1000, pixelRatio: 1 },
      format: 'png',
      includePopup: false,
      frame: 'view',
    });
    const bytes = Buffer.from(result.base64, 'base64');
    writeFileSync(join(ARTIFACTS_DIR, `labels-zhejiang-1600-${lang}.png`), bytes);
    const { names, marks } = result.labels!;
    expect(marks.sort()).toEqual(STORY);
    const cities = names.filter((n) => CITIES[n.code]);
    const named = new Set([...cities.map((n) => n.code), ...marks]);
    expect(named.size, `named: ${[...named].join(' ')}`).toBeGreaterThanOrEqual(9);
    // Where the painter says it wrote a name, the picture has dark ink in a white halo around the name's point.
    const png = PNG.sync.read(bytes);
    const near = (i: number, rgb: [number, number, number], d: number) =>
      Math.abs(png.data[i]! - rgb[0]) + Math.abs(png.data[i + 1]! - rgb[1]) + Math.abs(png.data[i + 2]! - rgb[2]) < d;
    for (const { code, at } of cities) {
      let [ink, halo] = [0, 0];
      for (let y = Math.round(at[1] - 24); y <= at[1] + 24; y++)
        for (let x = Math.round(at[0] - 48); x <= at[0] + 48; x++) {
          const i = (y * png.width + x) * 4;
          if (near(i, [0x1f, 0x1f, 0x1f], 60)) ink++;
          else if (near(i, [255, 255, 255], 30)) halo++;
        }
      expect(ink, `${CITIES[code]![lang]}: ink pixels`).toBeGreaterThan(20);
      expect(halo, `${CITIES[code]![lang]}: halo pixels`).toBeGreaterThan(20);
    }
    expect(watch.consoleErrors).toEqual([]);
  });

  test(`the SVG and the A4 PDF of the Zhejiang view in ${lang} name at least 9 of 11 cities and both story places`, async ({
    page,
    watch,
  }) => {
    test.setTimeout(180_000);
    // The first load of a run on a busy two-core machine can pass the usual 30 s. The SVG and PDF page is drawn from
    // the scene, the same file from either live map (vector-export.spec.ts compares them): from the vector map, a
    // third of MapLibre's CPU here. The PNG above is MapLibre's.
    await driver(page).when.open(`?view=zhejiang&lang=${lang}&renderer=vector`, 90_000);
    await expect(page.locator('html')).toHaveAttribute('data-map-renderer', 'vector');
    const svgResult = await snapshot(page, {
      size: { widthPx: 1600, heightPx: 1000, pixelRatio: 1 },
      format: 'svg',
      includePopup: false,
      frame: 'view',
    });
    const svg = Buffer.from(svgResult.base64, 'base64').toString('utf8');
    const inSvg = Object.keys(CITIES).filter((code) =>
      STORY.includes(code)
        ? new RegExp(
            `<g class="story-mark" data-code="${code}"><rect [^>]*/><text [^>]*>${CITIES[code]![lang]}`,
            'u',
          ).test(svg)
        : new RegExp(`<text data-code="${code}"[^>]*><tspan[^>]*>${CITIES[code]![lang]}`, 'u').test(svg),
    );
    expect(inSvg.length, `SVG names: ${inSvg.join(' ')}`).toBeGreaterThanOrEqual(9);
    expect(inSvg).toEqual(expect.arrayContaining(STORY));

    const pdfResult = await snapshot(page, {
      size: { widthPx: 3508, heightPx: 2480, pixelRatio: 3.125 },
      format: 'pdf',
      includePopup: false,
      frame: 'view',
    });
    const file = join(ARTIFACTS_DIR, `labels-zhejiang-a4-${lang}.pdf`);
    writeFileSync(file, Buffer.from(pdfResult.base64, 'base64'));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const inPdf = Object.keys(CITIES).filter((code) => text.includes(CITIES[code]![lang]));
    expect(inPdf.length, `PDF names: ${inPdf.join(' ')}`).toBeGreaterThanOrEqual(9);
    expect(inPdf).toEqual(expect.arrayContaining(STORY));
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', file, file.replace(/\.pdf$/u, '')]);
    expect(watch.consoleErrors).toEqual([]);
  });
}
