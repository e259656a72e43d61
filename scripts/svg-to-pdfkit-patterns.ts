import type { Plugin } from 'vite';

// svg-to-pdfkit tells a tiling pattern from a colour by its constructor's name. A minifier renames that
// function, so in the built app every pattern fill (the regional averages' hatch) became plain black in the
// PDF. These two edits mark the pattern with a property instead, which minifying leaves alone.
const EDITS: readonly (readonly [from: string, to: string, count: number])[] = [
  [
    'let pattern = new (function PDFPattern() {})();',
    'let pattern = new (function PDFPattern() {})(); pattern.isTilingPattern = true;',
    1,
  ],
  ["color[0].constructor.name === 'PDFPattern'", 'color[0].isTilingPattern === true', 2],
];

/** svg-to-pdfkit's source with pattern detection that survives minification; an error if the source changed. */
export function keepPatternsThroughMinify(code: string): string {
  let result = code;
  for (const [from, to, count] of EDITS) {
    const found = result.split(from).length - 1;
    if (found !== count)
      throw new Error(
        `svg-to-pdfkit-patterns: expected ${count} × "${from}" in svg-to-pdfkit, found ${found}: check the edit against the new version`,
      );
    result = result.replaceAll(from, to);
  }
  return result;
}

/** Applies keepPatternsThroughMinify to svg-to-pdfkit's module when Vite loads it. */
export function svgToPdfkitPatterns(): Plugin {
  return {
    name: 'svg-to-pdfkit-patterns',
    transform(code, id) {
      if (!/[\\/]svg-to-pdfkit[\\/]source\.js$/u.test(id)) return null;
      return { code: keepPatternsThroughMinify(code), map: null };
    },
  };
}
