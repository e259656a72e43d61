import { existsSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchors, codeSpans, docPages, readPage, relativeLinks, slug } from './markdown';

// Code spans naming a file of the repository, checked to exist; generated folders (tests/artifacts/) are not in a clone.
const REPO_PATH = /^(src|scripts|tests|geo|public|bench)\/[\w./-]*$/;
const GENERATED = /^tests\/artifacts\//;

describe('slug', () => {
  it('anchors headings as GitHub does', () => {
    expect(slug("Issue 7's targets against the bench")).toBe('issue-7s-targets-against-the-bench');
    expect(slug('Your own data: thousands of polygons')).toBe('your-own-data-thousands-of-polygons');
    expect(slug('The `--view` flag, **bold**')).toBe('the---view-flag-bold');
    expect(slug('中文 / English')).toBe('中文--english');
  });
});

describe.each(docPages())('%s', (page) => {
  const text = readPage(page);

  it('has every relative link reaching a file, and every #anchor a heading of it', () => {
    const broken = relativeLinks(text).flatMap(({ target, line }) => {
      const [path = '', anchor] = target.split('#');
      const file = path === '' ? page : normalize(join(dirname(page), decodeURIComponent(path)));
      if (!existsSync(file)) return [`line ${line}: ${target}: no file ${file}`];
      if (anchor === undefined || anchor === '') return [];
      if (!file.endsWith('.md') || statSync(file).isDirectory())
        return [`line ${line}: ${target}: an anchor into ${file}, which has no headings`];
      return anchors(readPage(file)).has(anchor)
        ? []
        : [`line ${line}: ${target}: ${file} has no heading "#${anchor}"`];
    });
    expect(broken).toEqual([]);
  });

  it('names only files of the repository that exist', () => {
    const missing = codeSpans(text)
      .filter(({ code }) => REPO_PATH.test(code) && !GENERATED.test(code))
      .filter(({ code }) => !existsSync(code))
      .map(({ code, line }) => `line ${line}: ${code}`);
    expect(missing).toEqual([]);
  });
});

describe('the README', () => {
  const readme = readPage('README.md');

  it('stays a page: at most 150 lines', () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(150);
  });

  it('links to every page in docs/', () => {
    const linked = new Set(relativeLinks(readme).map(({ target }) => target.split('#')[0]));
    const unlinked = docPages()
      .filter((page) => page.startsWith('docs/'))
      .filter((page) => !linked.has(page));
    expect(unlinked).toEqual([]);
  });

  it('keeps the test command that scripts/test.sh and .ci/run are run by', () => {
    expect(readme).toMatch(/^npm test\b/m);
  });
});
