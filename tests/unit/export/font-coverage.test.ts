import { describe, expect, it } from 'vitest';
import { missingCharacters, svgText } from '../../../src/export/font-coverage';

describe('svgText', () => {
  it('keeps the character data and decodes references, not tags, attributes or comments', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg"><!-- 서울 --><text font-family="Noto">杭州 &amp; Hangzhou</text>' +
      '<text><tspan x="1">&#x20AC;5 &#8364; &lt;&quot;&gt;</tspan></text></svg>';
    const text = svgText(svg);
    expect(text).toContain('杭州 & Hangzhou');
    expect(text).toContain('€5 € <">');
    expect(text).not.toContain('Noto');
    expect(text).not.toContain('서울');
  });

  it('leaves an unknown entity as written', () => {
    expect(svgText('<text>&nbsp;</text>')).toContain('&nbsp;');
  });
});

describe('missingCharacters', () => {
  const latinAndHan = (codePoint: number) => codePoint < 0x250 || (codePoint >= 0x4e00 && codePoint <= 0x9fff);

  it('lists each character the font lacks once, in order of first use', () => {
    expect(missingCharacters('서울 Seoul 杭州 서귀포', latinAndHan)).toEqual(['서', '울', '귀', '포']);
  });

  it('is empty when the font covers the text, and ignores white space', () => {
    expect(missingCharacters('Hangzhou 杭州\n\t\u3000', latinAndHan)).toEqual([]);
  });

  it('treats a character outside the Basic Multilingual Plane as one character', () => {
    expect(missingCharacters('𠀋', latinAndHan)).toEqual(['𠀋']);
  });
});
