/** What every headless Chromium the project starts (snapshot command, benchmark, browser tests) shares. */

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
