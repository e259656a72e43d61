/**
 * Just enough Markdown for the docs tests: the prose outside fenced code blocks, headings as GitHub anchors them,
 * relative links, code spans and table rows. Pure, so each test reads like what it checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The pages the docs tests read, as paths from the project root. */
export function docPages(): string[] {
  const docs = readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name));
  return ['README.md', 'BENCHMARKS.md', ...docs.sort()];
}

export function readPage(path: string): string {
  return readFileSync(path, 'utf8');
}

/** The page without its fenced code blocks (each line kept blank, so line numbers still count). */
export function prose(markdown: string): string {
  let inFence = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        inFence = !inFence;
        return '';
      }
      return inFence ? '' : line;
    })
    .join('\n');
}

/** A heading's anchor as GitHub makes it: the text as rendered, lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** Every anchor a page offers, numbered as GitHub numbers repeated headings (`name`, `name-1`, …). */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const match of prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(match[1] as string);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

export interface Link {
  target: string;
  line: number;
}

/** Links and images with a relative target (no scheme), outside code. */
export function relativeLinks(markdown: string): Link[] {
  return prose(markdown)
    .split('\n')
    .flatMap((text, index) =>
      [...text.replace(/`[^`]*`/g, '').matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
        .map((m) => m[1] as string)
        .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
        .map((target) => ({ target, line: index + 1 })),
    );
}

/** The text of every code span outside fenced blocks, with its line. */
export function codeSpans(markdown: string): Array<{ code: string; line: number }> {
  return prose(markdown)
    .split('\n')
    .flatMap((text, index) => [...text.matchAll(/`([^`]+)`/g)].map((m) => ({ code: m[1] as string, line: index + 1 })));
}

/** The part of a page from a `## ` heading to the next heading of that level or higher. */
export function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start < 0) throw new Error(`no heading "${heading}"`);
  const level = /^#+/.exec(heading)?.[0].length ?? 2;
  const end = lines.findIndex((line, i) => i > start && new RegExp(`^#{1,${level}}\\s`).test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** A table's body rows as cells (header and rule rows left out). */
export function tableRows(markdown: string): string[][] {
  const rows = prose(markdown)
    .split('\n')
    .filter((line) => line.trim().startsWith('|'))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim()),
    );
  return rows.filter((cells, i) => !cells.every((c) => /^:?-{3,}:?$/.test(c)) && !isHeader(rows, i));
}

function isHeader(rows: string[][], index: number): boolean {
  const next = rows[index + 1];
  return next?.every((c) => /^:?-{3,}:?$/.test(c)) ?? false;
}
