import { chromium } from '@playwright/test';
import { serveStatic } from './static-server';
const { server, url } = await serveStatic('/work/main/dist-bench');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--disable-sync','--use-angle=swiftshader','--enable-unsafe-swiftshader'] });
for (let i = 0; i < 3; i++) for (const path of ['floor/', 'app/', 'app/?nolabels']) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(url + path);
  await page.waitForFunction(() => document.documentElement.dataset['mapState'] === 'ready');
  console.log(path, JSON.stringify(await page.evaluate(() => [performance.getEntriesByType('mark').map((m) => `${m.name}@${m.startTime.toFixed(0)}`), performance.getEntriesByType('resource').filter((r) => r.name.includes('worker')).map((r: any) => `worker ${r.startTime.toFixed(0)}-${r.responseEnd.toFixed(0)}`)])));
  await ctx.close();
}
await browser.close(); server.close();
