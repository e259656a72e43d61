/** Width of a text in device pixels at a font; the browser's is CanvasRenderingContext2D.measureText. */
export type Measure = (text: string, font: FontSpec) => number;

export interface FontSpec {
  sizePx: number;
  weight: 400 | 700;
}

export const FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

export function cssFont(font: FontSpec): string {
  return `${font.weight} ${font.sizePx}px ${FONT_FAMILY}`;
}

// Chinese may break between any two characters; closing punctuation stays with what it closes.
const CJK = '\\u2e80-\\u2fff\\u3040-\\u9fff\\uf900-\\ufaff';
const CLOSING = '，。、；：？！）」』】》〉”’%％·';
const TOKEN = new RegExp(`[${CJK}][${CLOSING}]*|[^\\s${CJK}]+[${CLOSING}]*\\s*|\\s+`, 'gu');

/** Splits text into the pieces a line may break between: words with their trailing space, single CJK characters. */
export function breakOpportunities(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Greedy line breaking at `maxWidth`; explicit newlines are kept. A piece wider than a whole line
 * (a long URL) is cut between characters rather than left to run off the page.
 */
export function wrapText(text: string, maxWidth: number, font: FontSpec, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const piece of breakOpportunities(paragraph.trim())) {
      const candidate = line + piece;
      if (measure(candidate.trimEnd(), font) <= maxWidth || line === '') {
        line = candidate;
      } else {
        lines.push(line.trimEnd());
        line = piece.trimStart();
      }
      while (measure(line.trimEnd(), font) > maxWidth && [...line.trimEnd()].length > 1) {
        const [head, tail] = cutToWidth(line, maxWidth, font, measure);
        lines.push(head);
        line = tail;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

function cutToWidth(text: string, maxWidth: number, font: FontSpec, measure: Measure): [string, string] {
  const chars = [...text];
  let n = 1;
  while (n < chars.length && measure(chars.slice(0, n + 1).join(''), font) <= maxWidth) n++;
  return [chars.slice(0, n).join(''), chars.slice(n).join('')];
}
