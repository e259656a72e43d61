/** The part of fontkit (pdfkit's font engine) the build and its tests use; fontkit ships no types. */
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    familyName: string;
    numGlyphs: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export interface FontCollection {
    fonts: Font[];
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection;
}
