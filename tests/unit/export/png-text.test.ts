import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  crc32,
  physChunk,
  readChunks,
  readText,
  textChunk,
  withMetadata,
  withoutText,
  writeChunks,
} from '../../../src/export/png-text';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

function tinyPng(): Uint8Array {
  const png = new PNG({ width: 3, height: 2 });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

describe('PNG text chunks', () => {
  it('computes the CRC-32 that PNG uses', () => {
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
    expect(crc32(ascii('IEND'))).toBe(0xae426082);
    expect(crc32(ascii('IE'), ascii('ND'))).toBe(0xae426082);
  });

  it('writes Latin-1 as tEXt and anything else as uncompressed UTF-8 iTXt with a language tag', () => {
    expect(textChunk({ keyword: 'Title', text: "Zhejiang's 5G" })).toEqual({
      type: 'tEXt',
      data: ascii("Title\0Zhejiang's 5G"),
    });
    const chinese = textChunk({ keyword: 'Title', text: '浙江', language: 'zh-CN' });
    expect(chinese.type).toBe('iTXt');
    expect([...chinese.data]).toEqual([...ascii('Title\0\0\0zh-CN\0\0'), ...new TextEncoder().encode('浙江')]);
    expect(textChunk({ keyword: 'Source', text: 'People’s Daily' }).type).toBe('iTXt');
  });

  it('refuses keywords PNG does not allow', () => {
    expect(() => textChunk({ keyword: '', text: 'x' })).toThrow(/keyword ""/u);
    expect(() => textChunk({ keyword: ' Title', text: 'x' })).toThrow(/leading/u);
    expect(() => textChunk({ keyword: 'x'.repeat(80), text: 'x' })).toThrow(/1 to 79/u);
    expect(() => textChunk({ keyword: '标题', text: 'x' })).toThrow(/Latin-1/u);
  });

  it('puts metadata after IHDR and keeps the image decodable', () => {
    const original = tinyPng();
    const entries = [
      { keyword: 'Title', text: '浙江5G建设', language: 'zh-CN' },
      { keyword: 'Software', text: 'zhejiang-5g-map 0.1.0' },
      { keyword: 'Creation Time', text: '2024-01-02T03:04:05.000Z' },
    ];
    const tagged = withMetadata(original, entries, { pixelsPerMetre: 11811 });
    expect(readChunks(tagged).map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'iTXt', 'tEXt', 'tEXt', 'IDAT', 'IEND']);
    expect(readText(tagged)).toEqual(
      entries.map(({ keyword, text, language }) => ({ keyword, text, ...(language ? { language } : {}) })),
    );
    const decoded = PNG.sync.read(Buffer.from(tagged));
    expect([decoded.width, decoded.height, decoded.data[0]]).toEqual([3, 2, 200]);
    expect([...readChunks(tagged)[1]!.data]).toEqual([...physChunk(11811).data]);
  });

  it('replaces entries with the same keyword instead of repeating them', () => {
    const once = withMetadata(tinyPng(), [{ keyword: 'Title', text: 'first' }]);
    const twice = withMetadata(once, [{ keyword: 'Title', text: 'second' }]);
    expect(readText(twice)).toEqual([{ keyword: 'Title', text: 'second' }]);
  });

  it('strips named entries, so two exports can be compared apart from their creation time', () => {
    const base = tinyPng();
    const a = withMetadata(base, [
      { keyword: 'Title', text: 'T' },
      { keyword: 'Creation Time', text: '2024-01-01T00:00:00.000Z' },
    ]);
    const b = withMetadata(base, [
      { keyword: 'Title', text: 'T' },
      { keyword: 'Creation Time', text: '2025-06-30T12:00:00.000Z' },
    ]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(Buffer.from(withoutText(a, ['Creation Time'])).equals(Buffer.from(withoutText(b, ['Creation Time'])))).toBe(
      true,
    );
  });

  it('reads chunks back as written and names a damaged one', () => {
    const chunks = readChunks(tinyPng());
    expect(Buffer.from(writeChunks(chunks)).equals(Buffer.from(tinyPng()))).toBe(true);
    const damaged = tinyPng();
    damaged[20] = damaged[20]! ^ 0xff;
    expect(() => readChunks(damaged)).toThrow(/chunk IHDR at byte 8 fails its CRC/u);
    expect(() => readChunks(ascii('GIF89a'))).toThrow(/not a PNG/u);
  });
});
