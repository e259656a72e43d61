/** What every headless Chromium the project starts (snapshot command, benchmark, browser tests) shares. */
import { execFileSync } from 'node:child_process';
import { type Browser, chromium } from '@playwright/test';

/** No sandbox (root in CI), no network of its own, WebGL on SwiftShader on GPU-less machines. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Debian's fonts-noto-cjk, which the build cuts the PDF fonts from (scripts/pdf-fonts.ts); NOTO_CJK_DIR names another folder with the two .ttc files. */
export const NOTO_CJK_DIR = process.env['NOTO_CJK_DIR'] ?? '/usr/share/fonts/opentype/noto';

/**
 * The page composited by the CPU, as Chromium composites it where it finds no GPU (`chrome://gpu` here without the
 * SwiftShader flags: "Compositing: Software only"); WebGL still runs on SwiftShader. With CHROMIUM_ARGS alone
 * SwiftShader composites the page too. The test suite uses it (playwright.config.ts), the bench on request
 * (`--software-compositing`).
 */
export const SOFTWARE_COMPOSITING_ARGS = ['--disable-gpu-compositing'];

/** The system's Chromium (scripts/find-chromium.sh), headless with the flags above: the bench's and profilers' browser. */
export function launchHeadlessChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath = execFileSync('bash', ['scripts/find-chromium.sh'], { encoding: 'utf8' }).trim();
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
