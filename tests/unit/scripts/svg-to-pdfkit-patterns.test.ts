import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { keepPatternsThroughMinify } from '../../../scripts/svg-to-pdfkit-patterns';

const source = readFileSync(createRequire(import.meta.url).resolve('svg-to-pdfkit/source.js'), 'utf8');

describe("svg-to-pdfkit's pattern test, made to survive minifying", () => {
  it('marks patterns with a property and tests for it, leaving no test on the constructor name', () => {
    const edited = keepPatternsThroughMinify(source);
    expect(edited).not.toContain("constructor.name === 'PDFPattern'");
    expect(edited.split('isTilingPattern === true').length - 1).toBe(2);
    expect(edited).toContain('pattern.isTilingPattern = true;');
  });

  it('stops the build when the installed version no longer has the code it edits', () => {
    expect(() => keepPatternsThroughMinify('let x = 1;')).toThrow(/expected 1 × "let pattern = new/u);
  });
});
