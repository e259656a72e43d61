import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customPropertyName, THEME, themeCss } from '../../../src/scene/theme';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('theme', () => {
  it('names custom properties in kebab case', () => {
    expect(customPropertyName('focusRing')).toBe('--focus-ring');
    expect(customPropertyName('ink')).toBe('--ink');
  });

  it('turns the colours the page uses into custom properties, each from the theme record', () => {
    const declared = [...themeCss().matchAll(/(--[\w-]+): (#[0-9a-f]{6});/g)];
    expect(declared.length).toBeGreaterThan(20);
    const byName = new Map(Object.entries(THEME.colour).map(([key, value]) => [customPropertyName(key), value]));
    for (const [, name, value] of declared) expect(byName.get(name!)).toBe(value);
    expect(themeCss({ focusRing: '#123456' })).toContain('  --focus-ring: #123456;\n');
  });

  it('gives the one type scale and grid as rem custom properties', () => {
    const css = themeCss();
    expect(css).toContain('--type-note: 0.75rem;');
    expect(css).toContain('--type-figure: 1.25rem;');
    expect(css).toContain('--column: 22rem;');
  });

  it('is the only home of a colour: no hex colour written in src/ outside the theme', () => {
    const offenders = filesUnder('src')
      .filter((file) => /\.(ts|css)$/.test(file) && !/scene[\\/](theme|map-colours)\.ts$/.test(file))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            /#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?![-\w])/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(offenders).toEqual([]);
  });

  it('every custom property the CSS uses is defined by the theme or by the CSS itself', () => {
    const css = filesUnder('src')
      .filter((file) => file.endsWith('.css'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const defined = new Set([
      ...[...themeCss().matchAll(/(--[\w-]+):/g)].map((m) => m[1]),
      ...[...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]),
    ]);
    const used = [...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]);
    expect(used.filter((name) => !defined.has(name))).toEqual([]);
  });
});
