import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
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
  await openMap(page, '?view=hangzhou&lang=en&popup=hangzhou');
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
  await openMap(page, '?view=zhejiang&lang=en');
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
  await openMap(page, '?view=zhejiang&lang=en');
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
      'npx',
      ['tsx', 'scripts/snapshot.ts', '--dist', DIST_DIR, '--skip-build', ...args],
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
