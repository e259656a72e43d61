import { describe, expect, it } from 'vitest';
import { parseMetricsText, sniffDelimiter, unclosedQuoteRow } from '../../../src/byod/parse-metrics';

const ok = (text: string) => {
  const result = parseMetricsText(text, 'f.csv');
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result;
};
const codes = (text: string, file = 'f.csv') => {
  const result = parseMetricsText(text, file);
  return result.ok
    ? []
    : result.issues.map((i) => [i.code, i.place.kind === 'row' || i.place.kind === 'item' ? i.place.row : null]);
};

describe('parseMetricsText: CSV', () => {
  it('reads the smallest file and the optional columns, numbering rows as a spreadsheet does', () => {
    const { parsed } = ok(
      'region,value,metric,unit,date,source\n杭州市,5,Stations,k,2024-03-31,MIIT\nNingbo,"1,200",Stations,k,,\n',
    );
    expect(parsed.records).toEqual([
      {
        row: 2,
        key: '杭州市',
        value: '5',
        extra: { metric: 'Stations', unit: 'k', date: '2024-03-31', source: 'MIIT' },
      },
      { row: 3, key: 'Ningbo', value: '1,200', extra: { metric: 'Stations', unit: 'k', date: null, source: null } },
    ]);
    expect(parsed.metric).toBe('Stations');
    expect(parsed.unit).toBe('k');
  });

  it('accepts headers in any case with spaces, and skips blank lines', () => {
    const { parsed } = ok(' Region , VALUE \n\n330100,1\n\n');
    expect(parsed.records.map((r) => [r.row, r.key])).toEqual([[3, '330100']]);
  });

  it('reads semicolons and tabs, and says which it used', () => {
    const semi = ok('region;value\n330100;5\n');
    expect(semi.notes).toEqual([{ code: 'delimiter', params: { delimiter: ';' } }]);
    expect(ok('region\tvalue\n330100\t5\n').notes[0]?.params['delimiter']).toBe('tab');
    expect(sniffDelimiter('"a,b";c;d\n').delimiter).toBe(';');
  });

  it('refuses a decimal comma in a semicolon file rather than reading 12,5 as 125', () => {
    expect(codes('region;value\n330100;12,5\n')).toEqual([['decimalComma', 2]]);
  });

  it('names a file with one column, missing columns, duplicate columns and a header that is data', () => {
    expect(codes('region value\n330100 5\n')).toEqual([['oneColumn', 1]]);
    const missing = parseMetricsText('city,stations\nHangzhou,5\n', 'f.csv');
    expect(missing.ok ? null : missing.issues[0]).toMatchObject({
      code: 'missingColumns',
      params: { missing: 'region, value', found: '"city", "stations"' },
    });
    expect(codes('region,value,value\n330100,1,2\n')).toEqual([['duplicateColumn', 1]]);
    expect(codes('杭州市,5\n宁波市,6\n')).toEqual([
      ['missingColumns', 1],
      ['headerIsData', 1],
    ]);
  });

  it('names rows with too many fields, missing cells, an unclosed quote, and a file with no rows', () => {
    expect(codes('region,value\n330100,1,2\n330200\n,4\n')).toEqual([
      ['tooManyFields', 2],
      ['missingCell', 3],
      ['missingCell', 4],
    ]);
    expect(unclosedQuoteRow('region,value\n"330100,1\n330200,2\n')).toBe(2);
    expect(codes('region,value\n"330100,1\n330200,2\n')).toEqual([['unclosedQuote', 2]]);
    expect(codes('region,value\n')).toEqual([['noRows', null]]);
  });

  it('refuses a file that mixes metrics or units, naming both rows', () => {
    const result = parseMetricsText('region,value,metric\n330100,1,A\n330200,2,B\n', 'f.csv');
    expect(result.ok ? null : result.issues[0]).toMatchObject({
      code: 'mixedMetric',
      place: { row: 3 },
      params: { first: 'A', firstRow: 2, other: 'B' },
    });
  });

  it('keeps text with HTML as plain text', () => {
    const { parsed } = ok('region,value,metric\n330100,1,<img src=x onerror=alert(1)>\n');
    expect(parsed.metric).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('parseMetricsText: JSON', () => {
  it('reads an array of rows and an object with rows and file-level metadata', () => {
    expect(
      ok('[{"region":"330100","value":5},{"Region":330200,"Value":"6"}]').parsed.records.map((r) => [
        r.row,
        r.key,
        r.value,
      ]),
    ).toEqual([
      [1, '330100', 5],
      [2, '330200', '6'],
    ]);
    const { parsed } = ok('{"metric":"Stations","unit":"k","source":"MIIT","rows":[{"region":"Hangzhou","value":1}]}');
    expect(parsed).toMatchObject({ format: 'json', placeKind: 'item', metric: 'Stations', unit: 'k' });
    expect(parsed.records[0]?.extra?.source).toBe('MIIT');
  });

  it('names malformed JSON with its line, wrong shapes, bad items and GeoJSON', () => {
    const bad = parseMetricsText(
      '[\n{"region": "330100", "value": 1},\n{"region": "330200", "value": 2,}\n]',
      'f.json',
    );
    expect(bad.ok ? null : bad.issues[0]).toMatchObject({ code: 'jsonSyntax', place: { kind: 'row', row: 3 } });
    expect(codes('[{"region": }]', 'f.json')).toEqual([['jsonSyntax', null]]);
    expect(codes('{"data": []}', 'f.json')).toEqual([['jsonShape', null]]);
    expect(codes('[1, {"region": "a"}]', 'f.json')).toEqual([
      ['jsonItem', 1],
      ['missingCell', 2],
    ]);
    expect(codes('{"type":"FeatureCollection","features":[]}', 'f.json')).toEqual([['geoJsonAsMetrics', null]]);
  });
});
