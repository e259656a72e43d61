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

  it('turns every colour into one custom property', () => {
    const css = themeCss();
    for (const [key, value] of Object.entries(THEME.colour))
      expect(css).toContain(`${customPropertyName(key)}: ${value};`);
    expect(css.match(/--/g)).toHaveLength(
      Object.keys(THEME.colour).length + Object.keys(THEME.type).length + Object.keys(THEME.grid).length,
    );
  });

  it('gives the one type scale and grid as rem custom properties', () => {
    const css = themeCss();
    expect(css).toContain('--type-note: 0.75rem;');
    expect(css).toContain('--type-figure: 1.25rem;');
    expect(css).toContain('--column: 22rem;');
  });

  it('is the only home of a colour: no hex colour written in src/ outside the theme', () => {
    const offenders = filesUnder('src')
      .filter((file) => /\.(ts|css)$/.test(file) && !file.endsWith(join('scene', 'theme.ts')))
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
      ...Object.keys(THEME.colour).map(customPropertyName),
      ...Object.keys(THEME.type).map((key) => customPropertyName(`type-${key}`)),
      ...Object.keys(THEME.grid).map(customPropertyName),
      ...[...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]),
    ]);
    const used = [...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]);
    expect(used.filter((name) => !defined.has(name))).toEqual([]);
  });
});
