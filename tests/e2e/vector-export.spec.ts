import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { readText } from '../../src/export/png-text';
import { driver } from './driver';
import { ARTIFACTS_DIR, downloadExport, expect, openMap, screenshot, test } from './fixtures';

const DIST_DIR = process.env.DIST_DIR ?? 'dist';

/** The fonts a PDF embeds, as pdffonts lists them: a subset (ABCDEF+ prefix) of each weight, embedded as CFF. */
function expectEmbeddedSubsets(pdf: string): void {
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  for (const weight of ['Regular', 'Bold'])
    expect(fonts).toMatch(
      new RegExp(`[A-Z]{6}\\+NotoSansCJKsc-${weight}\\s+CID Type 0C\\s+Identity-H\\s+yes yes yes`, 'u'),
    );
}

/** What a reader sees in a vector file: the SVG drawn by Chromium, the PDF by poppler, saved beside the PNGs. */
async function renderSvg(page: Page, svg: string, name: string): Promise<void> {
  const view = await page.context().newPage();
  await view.setContent(`<body style="margin:0">${svg}</body>`);
  await view
    .locator('svg')
    .first()
    .screenshot({ path: join(ARTIFACTS_DIR, name) });
  await view.close();
}

test('the Export panel writes an SVG with one path per region, the scale’s colours and real text', async ({
  page,
  watch,
}) => {
  test.setTimeout(180_000);
  await openMap(page, '?view=zhejiang&metric=residents-per-km2&lang=en');
  await page.getByRole('button', { name: 'Export a snapshot of the map as an image' }).click();
  await page.getByLabel('Size').selectOption('a4-landscape');
  await page.getByLabel('Format').selectOption('svg');
  const path = await downloadExport(page, 'vector-export-a4.svg');
  const svg = readFileSync(path, 'utf8');
  const report = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const app = (
      window as unknown as {
        __app: {
          view: { currentChoropleth: { values: Map<string, { value: number }>; scale: (v: number) => string } };
        };
      }
    ).__app;
    const { values, scale } = app.view.currentChoropleth;
    const regions = [...doc.querySelectorAll('path[data-code]')];
    return {
      parseErrors: doc.querySelectorAll('parsererror').length,
      root: [doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')],
      codes: regions.map((p) => p.getAttribute('data-code')),
      cities: regions.filter((p) => p.getAttribute('data-level') === 'city').length,
      wrongFills: regions
        .filter((p) => p.getAttribute('data-level') === 'city')
        .filter((p) => {
          const value = values.get(p.getAttribute('data-code')!)?.value;
          return p.getAttribute('fill') !== (value === undefined ? '#d4d4d4' : scale(value));
        })
        .map((p) => p.getAttribute('data-code')),
      text: doc.documentElement.textContent ?? '',
      fontFamily: doc.documentElement.getAttribute('font-family'),
      figures: doc.querySelector('g.figures')?.textContent ?? '',
      timeline: [...doc.querySelectorAll('g.timeline text')].map((t) => t.textContent),
      timelinePoints: doc.querySelectorAll('g.timeline circle').length,
      // Wrapped text, line by line: a line break in the file is a space to a reader.
      lines: [...doc.querySelectorAll('tspan')].map((t) => t.textContent).join(' '),
      title: doc.querySelector('title')?.textContent,
    };
  }, svg);
  expect(report.parseErrors).toBe(0);
  expect(report.root).toEqual(['297mm', '210mm']);
  // One path per region: no region twice, and Zhejiang's eleven cities all there with their class colours.
  expect(new Set(report.codes).size).toBe(report.codes.length);
  expect(report.cities).toBe(11);
  expect(report.wrongFills).toEqual([]);
  expect(report.fontFamily).toContain('Noto Sans CJK SC');
  for (const text of ['Zhejiang', '浙江', 'Residents per km² (census 2020)', ' km', 'Sources: Xinhua'])
    expect(report.text).toContain(text);
  // The figures panel and its time line came along as real text: each point's value, the axis's dates, and
  // each point's date and publisher in the small print.
  expect(report.figures).toContain('220,000');
  expect(report.figures).toContain('5G base stations over time');
  expect(report.timeline).toEqual([
    'China',
    '2.31M',
    '2.84M',
    '3.19M',
    '3.38M',
    'Zhejiang',
    '>171k',
    '220k',
    'Jan 2023',
    'Jul 2023',
    'Jan 2024',
  ]);
  expect(report.timelinePoints).toBe(6);
  // The time line's publishers, each named once in the small print; each point's date is on the time line.
  expect(report.lines.replace(/\s+/gu, ' ')).toContain(
    '5G base stations over time: CAICT, Zhejiang Communications Administration',
  );
  expect(report.title).toBe("Zhejiang's 5G build-out");
  await renderSvg(page, svg, 'vector-export-a4-svg.png');
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.offOriginRequests).toEqual([]);
});

test('a PDF from the panel: Letter at true size, fonts embedded as subsets, and its code loaded only then', async ({
  page,
  watch,
}) => {
  test.setTimeout(240_000);
  // No font is routed: the page fetches the build's own subset fonts, as on a published site.
  const scripts: string[] = [];
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  page.on('response', (response) => {
    if (/\/fonts\//u.test(response.url())) fonts.push(`${new URL(response.url()).pathname} ${response.status()}`);
  });
  // The SVG and PDF page is drawn from the scene, the same file from either live map (the last test below compares
  // them): this test and the two font tests after it export from the vector map, a third of MapLibre's CPU here.
  await openMap(page, '?view=hangzhou&lang=en&popup=hangzhou&renderer=vector');
  await expect(page.locator('html')).toHaveAttribute('data-map-renderer', 'vector');
  await page.getByRole('button', { name: 'Export a snapshot of the map as an image' }).click();
  await page.getByLabel('Size').selectOption('letter-portrait');
  await page.getByLabel('Format').selectOption('svg');
  await downloadExport(page, 'vector-export-letter.svg');
  const beforePdf = scripts.length;
  expect(scripts.some((s) => /\/pdf-[\w-]+\.js$/u.test(s))).toBe(false);
  // Neither the first view nor an SVG fetches the PDF fonts.
  expect(fonts).toEqual([]);
  await page.getByLabel('Format').selectOption('pdf');
  const path = await downloadExport(page, 'vector-export-letter.pdf');
  expect(scripts.slice(beforePdf).some((s) => /\/pdf-[\w-]+\.js$/u.test(s))).toBe(true);

  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/u);
  expect(info).toMatch(/Title:\s+Zhejiang's 5G build-out/u);
  expect(info).toMatch(/Subject:\s+hangzhou \(Hangzhou\).*stations-per-10k/u);
  expect(info).toMatch(/Keywords:\s+.*Xinhua/u);
  expect(info).toMatch(/Producer:\s+zhejiang-5g-map/u);
  expect(fonts.sort()).toEqual([
    '/fonts/NotoSansCJKsc-Bold.subset.otf 200',
    '/fonts/NotoSansCJKsc-Regular.subset.otf 200',
  ]);
  expectEmbeddedSubsets(path);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  // The popup card came along: the article's figures, as selectable text in both scripts.
  for (const expected of ['Hangzhou', '220,000', '2.84 million']) expect(text).toContain(expected);
  // Chinese as text too: the neighbouring cities' second names (Hangzhou's marker carries its English name only).
  expect(text).toMatch(/\p{Script=Han}{2}/u);
  // The figures panel's time line: its values and axis dates as text a reader can select and search.
  for (const expected of ['5G base stations over time', '2.84M', '3.38M', '>171k', 'Jul 2023'])
    expect(text).toContain(expected);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', path, join(ARTIFACTS_DIR, 'vector-export-letter-pdf')]);
  expect(watch.consoleErrors).toEqual([]);
});

test('a build made without fonts-noto-cjk: the panel names the missing font and what to do, and SVG still works', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // As a build without the source fonts is published (scripts/pdf-fonts.ts warns and writes no fonts/ folder).
  await page.route('**/fonts/*.subset.otf', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await openMap(page, '?view=zhejiang&lang=en&renderer=vector');
  await expect(page.locator('html')).toHaveAttribute('data-map-renderer', 'vector');
  await page.getByRole('button', { name: 'Export a snapshot of the map as an image' }).click();
  await page.getByLabel('Size').selectOption('a4-landscape');
  await page.getByLabel('Format').selectOption('pdf');
  await page.getByRole('button', { name: 'Download' }).click();
  await expect(page.locator('.export-error[role="alert"]')).toContainText(
    'this site does not serve fonts/NotoSansCJKsc-Regular.subset.otf (answer 404)',
    { timeout: 60_000 },
  );
  await expect(page.locator('.export-error')).toContainText("Debian's fonts-noto-cjk");
  await page.getByLabel('Format').selectOption('svg');
  const svg = readFileSync(await downloadExport(page, 'vector-export-no-fonts.svg'), 'utf8');
  expect(svg).toContain('Zhejiang');
});

test('a PDF whose text the embedded font cannot draw: the panel names the characters, and the PDF is still made', async ({
  page,
  watch,
}) => {
  test.setTimeout(240_000);
  await openMap(page, '?view=zhejiang&lang=en&renderer=vector');
  await expect(page.locator('html')).toHaveAttribute('data-map-renderer', 'vector');
  // A reader's own figures whose metric and source are in Korean: Hangul is not in the PDF's font (GB2312 and Latin).
  const csv =
    'region,value,metric,unit,date,source\nHangzhou,41.2,기지국 밀도,per km²,2024-03-31,서울 연구소\nNingbo,30.5,기지국 밀도,per km²,2024-03-31,서울 연구소\n';
  const before = await driver(page).get.byodBatches();
  await page.setInputFiles('[data-control="load-data"]', {
    name: 'korean.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await driver(page).when.byodBatchFinished(before);
  await page.getByRole('button', { name: 'Export a snapshot of the map as an image' }).click();
  await page.getByLabel('Size').selectOption('a4-landscape');
  await page.getByLabel('Format').selectOption('pdf');
  const path = await downloadExport(page, 'vector-export-hangul.pdf');
  const warning = page.locator('.export-status .export-warning');
  await expect(warning).toContainText('no letters for');
  for (const char of '기지국밀도') await expect(warning).toContainText(char);
  // Only what is missing: not the Chinese and Latin the font has.
  await expect(warning).not.toContainText('杭');
  await screenshot(page, 'vector-export-hangul-warning');
  expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.89 x 595\.28 pts/u);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  for (const expected of ['Zhejiang', '220,000']) expect(text).toContain(expected);
  expect(text).toMatch(/\p{Script=Han}{2}/u);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', path, join(ARTIFACTS_DIR, 'vector-export-hangul-pdf')]);
  // The same export as SVG names the system's fonts, so it carries no warning.
  await page.getByLabel('Format').selectOption('svg');
  await downloadExport(page, 'vector-export-hangul.svg');
  await expect(warning).toHaveCount(0);
  expect(watch.consoleErrors).toEqual([]);
});

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      // As `npm run snapshot` runs it: from its bundle, without tsx's loader on every module (about 1 s a run).
      'node',
      ['scripts/snapshot-launch.mjs', '--dist', DIST_DIR, '--skip-build', ...args],
      { timeout: 300_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

test('npm run snapshot --format pdf writes an A4 PDF that pdftotext and pdfinfo read', async () => {
  test.setTimeout(400_000);
  const out = join(ARTIFACTS_DIR, 'cli-a4-hangzhou.pdf');
  const run = await runCli([
    '--view',
    'hangzhou',
    '--preset',
    'a4-landscape',
    '--lang',
    'en',
    '--popup',
    'hangzhou',
    '--format',
    'pdf',
    '--out',
    out,
  ]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('cli-a4-hangzhou.pdf');
  expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Page size:\s+841.89 x 595.28 pts \(A4\)/u);
  expectEmbeddedSubsets(out);
  const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
  for (const expected of ['Hangzhou', '220,000', '2.84M', '>171k', 'Jan 2024']) expect(text).toContain(expected);
  expect(text).toMatch(/\p{Script=Han}{2}/u);
  // The time line's publishers in the small print, each once (a wrapped line reads as a space).
  expect(text.replace(/\s+/gu, ' ')).toContain(
    '5G base stations over time: CAICT, Zhejiang Communications Administration',
  );
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', out, join(ARTIFACTS_DIR, 'cli-a4-hangzhou-pdf')]);
  // The regional averages' hatch is a tiling pattern: a PDF that lost it fills those provinces solid black.
  expect(blackShare(join(ARTIFACTS_DIR, 'cli-a4-hangzhou-pdf.png'))).toBeLessThan(0.01);
});

/** The share of a PNG's pixels that are black (no colour on the map or its panels is). */
function blackShare(file: string): number {
  const png = PNG.sync.read(readFileSync(file));
  let black = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (Math.max(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!) < 16) black++;
  return black / (png.width * png.height);
}

// ---- The Export button on the vector map (?renderer=vector): the same files as on MapLibre, from the vector page ----

const ZHEJIANG_CITIES: Record<string, string> = {
  '330100': 'Hangzhou',
  '330200': 'Ningbo',
  '330300': 'Wenzhou',
  '330400': 'Jiaxing',
  '330500': 'Huzhou',
  '330600': 'Shaoxing',
  '330700': 'Jinhua',
  '330800': 'Quzhou',
  '330900': 'Zhoushan',
  '331000': 'Taizhou',
  '331100': 'Lishui',
};
const STORY_PLACES = ['330100', '330600'];
const READY_MS = Number(process.env.E2E_READY_TIMEOUT_MS ?? 90_000);
const FULL_HD = { widthPx: 1920, heightPx: 1080, pixelRatio: 1 };

const labelPoints = new Map<string, [number, number]>(
  (
    JSON.parse(readFileSync('public/geo/zhejiang-cities.json', 'utf8')) as {
      features: { properties: { code: string; label: [number, number] } }[];
    }
  ).features.map((f) => [f.properties.code, f.properties.label]),
);
const mercatorX = (lng: number) => (180 + lng) / 360;
const mercatorY = (lat: number) =>
  (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;

/**
 * The centre of the live vector map, measured as a reader could: the two story markers' dots stand on Hangzhou's
 * and Shaoxing's label points, so their pixels and places give the map's scale and what lies under its centre.
 */
async function liveVectorCentre(page: Page): Promise<{ lng: number; lat: number }> {
  const box = (await page.locator('#map').boundingBox())!;
  const dot = async (code: string) => {
    const b = (await page.locator(`.vector-map g.story-mark[data-code="${code}"] circle`).boundingBox())!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2, at: labelPoints.get(code)! };
  };
  const [a, b] = [await dot('330100'), await dot('330600')];
  const scale = (a.x - b.x) / (mercatorX(a.at[0]) - mercatorX(b.at[0]));
  const x = mercatorX(a.at[0]) - (a.x - (box.x + box.width / 2)) / scale;
  const y = mercatorY(a.at[1]) - (a.y - (box.y + box.height / 2)) / scale;
  const lat = (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90;
  return { lng: x * 360 - 180, lat };
}

/** The centre an export wrote into its metadata ("…; centre 120.1234, 29.1234; zoom …"). */
function writtenCentre(text: string): { lng: number; lat: number } {
  const match = /centre (-?[\d.]+), (-?[\d.]+)/u.exec(text);
  expect(match, `a centre in "${text}"`).not.toBeNull();
  return { lng: Number(match![1]), lat: Number(match![2]) };
}

function expectSameCentre(written: { lng: number; lat: number }, live: { lng: number; lat: number }): void {
  // A pixel of the live map at the Zhejiang view is about 0.01°; the metadata has four decimals.
  expect(Math.abs(written.lng - live.lng), `longitude ${written.lng} against ${live.lng}`).toBeLessThan(0.02);
  expect(Math.abs(written.lat - live.lat), `latitude ${written.lat} against ${live.lat}`).toBeLessThan(0.02);
}

/** Drags the vector map by (dx, dy) as a reader would, and waits until it is drawn again in place. */
async function dragVectorMap(page: Page, dx: number, dy: number): Promise<void> {
  const box = (await page.locator('#map').boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(x + (dx * i) / 8, y + (dy * i) / 8);
  await page.mouse.up();
  await expect(page.locator('.vector-map-surface .vector-layer:first-child')).not.toHaveAttribute(
    'style',
    /translate/u,
  );
}

function pngMetadata(png: Buffer): Record<string, string> {
  return Object.fromEntries(readText(new Uint8Array(png)).map((e) => [e.keyword, e.text]));
}

test.describe('the Export button on the vector map (?renderer=vector)', () => {
  test('PNG, SVG and PDF from the panel: title, legend, the cities, both story places, figures and sources, framed as the panned map', async ({
    page,
    watch,
  }) => {
    test.setTimeout(300_000);
    const workers: string[] = [];
    page.on('request', (request) => {
      if (/worker/u.test(request.url())) workers.push(request.url());
    });
    await driver(page).when.open('?renderer=vector&view=zhejiang&lang=en', READY_MS);
    await expect(page.locator('html')).toHaveAttribute('data-map-renderer', 'vector');
    const before = await liveVectorCentre(page);
    // The reader moves the map first: every export follows the map as it is now, not the view's framing.
    await dragVectorMap(page, -90, -40);
    const live = await liveVectorCentre(page);
    expect(live.lng - before.lng).toBeGreaterThan(0.3);
    const legendTitle = (await page.locator('.legend-title').textContent())!;
    const liveCredits = (await page.locator('.vector-map-attribution').textContent())!;
    await page.getByRole('button', { name: 'Export a snapshot of the map as an image' }).click();
    await expect(page.locator('#export-panel')).toBeVisible();
    await screenshot(page, 'vector-map-export-panel');

    // --- PNG: the vector page rasterised, as the Export button on this map draws it. ---
    await page.getByLabel('Size').selectOption('1920x1080');
    await page.getByLabel('Format').selectOption('png');
    const pngPath = await downloadExport(page, 'vector-map-export.png');
    const png = readFileSync(pngPath);
    const meta = pngMetadata(png);
    expect(meta['Title']).toContain("Zhejiang's 5G build-out");
    expect(meta['Source']).toContain('Xinhua');
    expectSameCentre(writtenCentre(meta['View']!), live);
    // The painter's report of the names it wrote, from the same painter and request: the very same pixels.
    const reported = await page.evaluate(
      (size) => window.__snapshot!({ size, format: 'png', includePopup: false, frame: 'live' }, 'maplibre'),
      FULL_HD,
    );
    const picture = PNG.sync.read(png);
    expect(PNG.sync.read(Buffer.from(reported.base64, 'base64')).data.equals(picture.data)).toBe(true);
    const { names, marks } = reported.labels!;
    expect(marks.sort()).toEqual(STORY_PLACES);
    const cities = names.filter((n) => ZHEJIANG_CITIES[n.code]);
    const named = new Set([...cities.map((n) => n.code), ...marks]);
    expect(named.size, `named: ${[...named].join(' ')}`).toBeGreaterThanOrEqual(9);
    // Where the report says a name is, the picture has dark ink in a white halo.
    const near = (i: number, rgb: [number, number, number], d: number) =>
      Math.abs(picture.data[i]! - rgb[0]) +
        Math.abs(picture.data[i + 1]! - rgb[1]) +
        Math.abs(picture.data[i + 2]! - rgb[2]) <
      d;
    for (const { code, at } of cities) {
      let [ink, halo] = [0, 0];
      for (let y = Math.round(at[1] - 24); y <= at[1] + 24; y++)
        for (let x = Math.round(at[0] - 48); x <= at[0] + 48; x++) {
          const i = (y * picture.width + x) * 4;
          if (near(i, [0x1f, 0x1f, 0x1f], 60)) ink++;
          else if (near(i, [255, 255, 255], 30)) halo++;
        }
      expect(ink, `${ZHEJIANG_CITIES[code]}: ink pixels`).toBeGreaterThan(20);
      expect(halo, `${ZHEJIANG_CITIES[code]}: halo pixels`).toBeGreaterThan(20);
    }

    // --- SVG: the same page as text. ---
    await page.getByLabel('Format').selectOption('svg');
    const svg = readFileSync(await downloadExport(page, 'vector-map-export.svg'), 'utf8');
    const doc = await page.evaluate((text) => {
      const d = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        title: d.querySelector('title')?.textContent ?? '',
        text: d.documentElement.textContent ?? '',
        names: [...d.querySelectorAll('g.labels text[data-code]')].map((t) => t.getAttribute('data-code')!),
        marks: [...d.querySelectorAll('g.story-mark[data-code]')].map((g) => g.getAttribute('data-code')!),
        figures: d.querySelector('g.figures')?.textContent ?? '',
        attribution: d.querySelector('g.attribution')?.textContent ?? '',
        coverage: d.getElementsByTagName('dc:coverage')[0]?.textContent ?? '',
      };
    }, svg);
    expect(doc.title).toBe("Zhejiang's 5G build-out");
    expect(doc.text).toContain(legendTitle);
    expect(doc.marks.sort()).toEqual(STORY_PLACES);
    expect(new Set([...doc.names, ...doc.marks].filter((c) => ZHEJIANG_CITIES[c])).size).toBeGreaterThanOrEqual(9);
    expect(doc.figures).toContain('220,000');
    expect(doc.text).toContain('Sources: Xinhua');
    // The credits follow the live map's: its boundary credit in the map's corner, the statistics in the source line.
    expect(liveCredits.startsWith(doc.attribution)).toBe(true);
    expectSameCentre(writtenCentre(doc.coverage), live);
    // The PNG is this SVG's picture: Chromium drawing the SVG gives the same pixels, bar anti-aliasing.
    await renderSvg(page, svg, 'vector-map-export-svg.png');
    const drawn = PNG.sync.read(readFileSync(join(ARTIFACTS_DIR, 'vector-map-export-svg.png')));
    expect([drawn.width, drawn.height]).toEqual([1920, 1080]);
    let differ = 0;
    for (let i = 0; i < drawn.data.length; i += 4)
      if (
        Math.abs(drawn.data[i]! - picture.data[i]!) +
          Math.abs(drawn.data[i + 1]! - picture.data[i + 1]!) +
          Math.abs(drawn.data[i + 2]! - picture.data[i + 2]!) >
        48
      )
        differ++;
    expect(differ / (1920 * 1080), 'share of pixels where the PNG and the drawn SVG differ').toBeLessThan(0.01);

    // --- PDF: the same page, read back by poppler. ---
    await page.getByLabel('Format').selectOption('pdf');
    const pdfPath = await downloadExport(page, 'vector-map-export.pdf');
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Zhejiang's 5G build-out/u);
    expectSameCentre(writtenCentre(info), live);
    // In drawing order (-raw), so that a wrapped legend title reads as one phrase.
    const text = execFileSync('pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/gu, ' ');
    for (const expected of ["Zhejiang's 5G build-out", legendTitle, 'Hangzhou', 'Shaoxing', '220,000', 'Xinhua'])
      expect(flat).toContain(expected);
    const inPdf = Object.values(ZHEJIANG_CITIES).filter((name) => text.includes(name));
    expect(inPdf.length, `PDF names: ${inPdf.join(' ')}`).toBeGreaterThanOrEqual(9);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-singlefile',
      pdfPath,
      join(ARTIFACTS_DIR, 'vector-map-export-pdf'),
    ]);

    // MapLibre never started for any of it.
    await expect(page.locator('.maplibregl-map')).toHaveCount(0);
    expect(workers).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offOriginRequests).toEqual([]);
  });

  test('a 4K PNG shows its progress by stage; Cancel saves no file, and the next export does', async ({
    page,
    context,
    baseURL,
    watch,
  }) => {
    test.setTimeout(240_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await driver(page).when.open('?renderer=vector&view=zhejiang&lang=en', READY_MS);
    // Copy link sits under Export, as on MapLibre's map.
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('.share-status[role="status"]')).toHaveText('Link to this view copied.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(Object.fromEntries(new URL(link).searchParams)).toEqual({ renderer: 'vector', lang: 'en' });
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await page.getByRole('button', { name: 'Export a snapshot of the map as an image' }).click();
    await page.getByLabel('Size').selectOption('3840x2160');
    await driver(page).when.recordingExport();
    // Held once the page is composed, as the vector page is drawn into pixels: the bar shows after half a second.
    await driver(page).when.holdingExportAt('rendering');
    await page.getByRole('button', { name: 'Download' }).click();
    const progress = page.locator('.export-progress');
    await expect(progress.getByRole('progressbar')).toBeVisible({ timeout: 60_000 });
    await expect(progress).toHaveAttribute('data-stage', 'rendering');
    // Third of four stages: checking, composing, rendering, encoding.
    await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');
    await expect(page.locator('.export-status')).toHaveText('Drawing the map at 3840 × 2160 px…');
    await screenshot(page, 'vector-map-export-progress');

    await progress.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.locator('.export-status')).toHaveText('Export cancelled: no file was saved.');
    await driver(page).when.releasingExport();
    await expect(page.getByRole('button', { name: 'Download' })).toBeEnabled({ timeout: 60_000 });
    await expect(progress).toBeHidden();
    await expect(page.locator('.export-status')).toHaveText('Export cancelled: no file was saved.');
    const log = await driver(page).get.exportLog();
    const at = (pattern: RegExp) => log.findIndex((entry) => pattern.test(entry.text));
    expect(at(/#progress shown/u)).toBeGreaterThanOrEqual(0);
    expect(at(/^Export cancelled/u)).toBeGreaterThan(at(/#progress shown/u));
    expect(at(/^Saved/u)).toBe(-1);

    // The map still answers, and a second export runs to the end: its file is the only one saved.
    await page.locator('#export-panel').getByRole('button', { name: 'Close' }).click();
    const wenzhou = (await page.locator('.vector-map text[data-code="330300"]').boundingBox())!;
    await page.mouse.click(wenzhou.x + wenzhou.width / 2, wenzhou.y + wenzhou.height + 6);
    await expect(page.locator('.region-popup[data-region="330300"]')).toBeVisible();
    await page.getByRole('button', { name: 'Export a snapshot of the map as an image' }).click();
    await page.getByLabel('Size').selectOption('1920x1080');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/u);
    expect(downloads).toEqual([download.suggestedFilename()]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('the same SVG as the MapLibre page’s for the same view, with the open popup as its card', async ({ page }) => {
    test.setTimeout(300_000);
    const svgOf = async (query: string) => {
      await driver(page).when.open(query, READY_MS);
      const request = { size: FULL_HD, format: 'svg', includePopup: true, frame: 'view' } as const;
      const { base64 } = await page.evaluate((r) => window.__snapshot!(r), request);
      // Only the time the file was made may differ.
      return Buffer.from(base64, 'base64')
        .toString('utf8')
        .replace(/<dc:date>[^<]*<\/dc:date>/u, '');
    };
    for (const query of ['?view=zhejiang&lang=zh', '?view=hangzhou&popup=hangzhou&lang=en']) {
      const fromMaplibre = await svgOf(query);
      await expect(page.locator('html')).toHaveAttribute('data-map-renderer', 'maplibre');
      const fromVector = await svgOf(`${query}&renderer=vector`);
      await expect(page.locator('html')).toHaveAttribute('data-map-renderer', 'vector');
      expect(fromVector).toBe(fromMaplibre);
      if (query.includes('popup')) expect(fromVector).toContain('class="popup-card"');
    }
  });
});
