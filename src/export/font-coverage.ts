/**
 * Which characters of a drawing a font cannot draw. The PDF embeds one font cut to a fixed set of characters
 * (scripts/pdf-font-charset.ts); a region name from the reader's own file may use others (Hangul, Thai, Arabic),
 * which would print as empty boxes. The export says which, instead of leaving the reader to find them on paper.
 */

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The text an SVG shows: its character data with tags and comments removed and references decoded. */
export function svgText(svg: string): string {
  return svg
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return XML_ENTITIES[name] ?? whole;
    });
}

/** The characters of `text` the font has no glyph for, each once, in order of first use; white space aside. */
export function missingCharacters(text: string, hasGlyph: (codePoint: number) => boolean): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/u.test(char) || missing.has(char)) continue;
    if (!hasGlyph(char.codePointAt(0)!)) missing.add(char);
  }
  return [...missing];
}
