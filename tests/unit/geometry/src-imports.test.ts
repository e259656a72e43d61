import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every relative import in src/, resolved to a path from the project root. */
function relativeImports(dir: string): Array<{ file: string; target: string }> {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .flatMap((entry) => {
      const file = join(entry.parentPath, entry.name);
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => ({
        file,
        target: relative('.', resolve(dirname(file), m[1] as string)),
      }));
    });
}

describe('src/ is app code only', () => {
  const imports = relativeImports('src');

  it('finds the imports it checks', () => {
    expect(imports.some((i) => i.target.startsWith('src/geometry/'))).toBe(true);
  });

  it('imports nothing from the build pipeline (geo/), scripts/, tests/ or bench/', () => {
    const outside = imports.filter((i) => /^(geo|scripts|tests|bench)\//.test(i.target));
    expect(outside.map((i) => `${i.file} → ${i.target}`)).toEqual([]);
  });
});
