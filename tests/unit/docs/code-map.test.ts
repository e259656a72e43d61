import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage, section, tableRows } from './markdown';

describe('the code map in docs/architecture.md', () => {
  const named = tableRows(section(readPage('docs/architecture.md'), '## Code map')).map(
    ([first = '']) => /^`([^`]+)`$/.exec(first)?.[1] ?? first,
  );
  const namedFolders = named.filter((path) => /^src\/[^/]+\/$/.test(path));

  it('names every folder of src/, and no folder that is not there', () => {
    const folders = readdirSync('src', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `src/${entry.name}/`);
    expect([...namedFolders].sort()).toEqual(folders.sort());
  });

  it('names each folder once', () => {
    expect(new Set(namedFolders).size).toBe(namedFolders.length);
  });

  it('names only files and folders that exist', () => {
    const paths = named.filter((path) => /^[\w.-]+(\/[\w.-]*)*$/.test(path) && path.includes('/'));
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((path) => !existsSync(path))).toEqual([]);
  });
});
