import { describe, expect, it } from 'vitest';
import { decodeBytes, looksLikeWebPage } from '../../../src/byod/decode';

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
