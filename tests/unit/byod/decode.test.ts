import { describe, expect, it } from 'vitest';
import { decodeBytes, looksLikeWebPage, utf8WhileReading } from '../../../src/byod/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
// 杭州市 in GBK, written out so the test needs no encoder: 杭 BABC, 州 D6DD, 市 CAD0.
const GBK_CSV = new Uint8Array([...utf8('region,value\n'), 0xba, 0xbc, 0xd6, 0xdd, 0xca, 0xd0, ...utf8(',5\n')]);

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeBytes(utf8('region,value\n杭州,1'), 'a.csv')).toEqual({
      ok: true,
      text: 'region,value\n杭州,1',
      encoding: 'utf-8',
    });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('region,value')]);
    expect(decodeBytes(bom, 'a.csv')).toMatchObject({ ok: true, text: 'region,value', encoding: 'utf-8' });
  });

  it('decodes GBK when the bytes are not UTF-8, and says so', () => {
    expect(decodeBytes(GBK_CSV, 'gbk.csv')).toEqual({ ok: true, text: 'region,value\n杭州市,5\n', encoding: 'gbk' });
  });

  it('reads UTF-16 little-endian with its mark (Excel "Unicode text")', () => {
    const text = 'region\tvalue\n杭州\t1';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeBytes(bytes, 'u.txt')).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
  });

  it('names empty files, spreadsheets, binary files and undecodable text', () => {
    expect(decodeBytes(new Uint8Array(), 'e.csv')).toMatchObject({
      ok: false,
      issue: { code: 'empty', file: 'e.csv' },
    });
    expect(decodeBytes(utf8(' \n\n '), 'e.csv')).toMatchObject({ ok: false, issue: { code: 'empty' } });
    expect(decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'x.xlsx')).toMatchObject({
      ok: false,
      issue: { code: 'spreadsheet' },
    });
    expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'p.csv')).toMatchObject({
      ok: false,
      issue: { code: 'binary' },
    });
    expect(decodeBytes(new Uint8Array([0x61, 0xc3, 0x28, 0x81, 0x20]), 'x.csv')).toMatchObject({
      ok: false,
      issue: { code: 'notText' },
    });
  });

  it('recognises a served web page', () => {
    expect(looksLikeWebPage('<!doctype html>\n<html>')).toBe(true);
    expect(looksLikeWebPage('region,value')).toBe(false);
  });
});

describe('utf8WhileReading', () => {
  /** The bytes fed in chunks of `size`, as a read gives them, and decoded by decodeBytes with that text. */
  const inChunks = (bytes: Uint8Array, size: number, file = 'a.geojson') => {
    const reading = utf8WhileReading();
    for (let i = 0; i < bytes.length; i += size) reading.push(bytes.subarray(i, i + size));
    const text = reading.text();
    return { text, decoded: decodeBytes(bytes, file, text) };
  };

  it('gives decodeBytes the same text, a character split between chunks or a byte-order mark included', () => {
    const bytes = utf8('{"name":"杭州市西湖区","type":"FeatureCollection"}');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    for (const input of [bytes, bom])
      for (const size of [1, 2, 5, 1000])
        expect(inChunks(input, size).decoded).toEqual(decodeBytes(input, 'a.geojson'));
    expect(inChunks(bom, 2).text?.startsWith('{')).toBe(true);
  });

  it('is null for bytes that are not UTF-8, and decodeBytes still finds GBK or refuses as before', () => {
    expect(inChunks(GBK_CSV, 3)).toEqual({ text: null, decoded: decodeBytes(GBK_CSV, 'gbk.csv') });
    expect(inChunks(GBK_CSV, 3).decoded).toMatchObject({ ok: true, encoding: 'gbk' });
    const cut = new Uint8Array([...utf8('ab'), 0xe6, 0x9d]); // a character cut short at the end
    expect(inChunks(cut, 1).text).toBeNull();
    // Sniffing still comes first: a zip or binary file is named as such, whatever was decoded.
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]);
    expect(inChunks(zip, 2).decoded).toMatchObject({ ok: false, issue: { code: 'spreadsheet' } });
  });
});
