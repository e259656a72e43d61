import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HAND_WRITTEN_MARKER, keepHandWritten } from '../../../scripts/benchmarks-file';

const GENERATED = '# Benchmarks\n\nMeasured by `npm run bench` on 2026-12-03.\n\n| a | b |\n';
const HAND = `${HAND_WRITTEN_MARKER}\n\n# Measured by hand\n\n| kiosk | 1 MB |\n`;

describe('keepHandWritten', () => {
  it('writes the bench part alone when there is no file yet, or no marker in it', () => {
    expect(keepHandWritten(GENERATED, null)).toBe(GENERATED);
    expect(keepHandWritten(GENERATED, '# Benchmarks\n\nold run\n')).toBe(GENERATED);
  });

  it('replaces the bench part and keeps everything from the marker on, byte for byte', () => {
    const before = `# Benchmarks\n\nold run\n\n${HAND}`;
    expect(keepHandWritten(GENERATED, before)).toBe(`${GENERATED}\n${HAND}`);
  });

  it('gives the same file when run twice', () => {
    const once = keepHandWritten(GENERATED, `old\n${HAND}`);
    expect(keepHandWritten(GENERATED, once)).toBe(once);
  });
});

describe('BENCHMARKS.md', () => {
  const file = readFileSync('BENCHMARKS.md', 'utf8');

  it('has the marker once, so npm run bench keeps the tables after it', () => {
    expect(file.split(HAND_WRITTEN_MARKER).length).toBe(2);
  });

  it('is already in the shape npm run bench writes', () => {
    const generated = file.slice(0, file.indexOf(HAND_WRITTEN_MARKER));
    expect(keepHandWritten(generated, file)).toBe(file);
  });
});
