/**
 * BENCHMARKS.md has two parts: what `npm run bench` measures, rewritten on every run, and tables measured by hand
 * or by the tests (kiosk memory, the snapshot command, loaded polygons), which no run reproduces. The line below
 * separates them, so a bench run cannot delete a measurement it did not make.
 */
export const HAND_WRITTEN_MARKER =
  '<!-- hand-written: npm run bench (scripts/bench.ts) rewrites everything above this line and keeps everything below it -->';

/** The new file: the bench's fresh part, then the previous file's hand-written part (from the marker on), if it had one. */
export function keepHandWritten(generated: string, previous: string | null): string {
  const fresh = `${generated.trimEnd()}\n`;
  const at = previous?.indexOf(HAND_WRITTEN_MARKER) ?? -1;
  if (previous === null || at < 0) return fresh;
  return `${fresh}\n${previous.slice(at)}`;
}
