import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCE_NOTES } from '../../../src/data/source-notes';
import { SOURCES } from '../../../src/data/sources';
import { byodEn } from '../../../src/i18n/byod-en';
import { en } from '../../../src/i18n/en';
import { exportEn } from '../../../src/i18n/export-en';
import { vectorEn } from '../../../src/i18n/vector-en';

/** Every string in a value, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The English strings of a tour file: each `en` field. */
function tourEnglish(value: unknown): string[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'en' && typeof inner === 'string' ? [inner] : tourEnglish(inner),
  );
}

// The page, both maps and every export set text in Noto Sans CJK SC, whose curly quotes are full-width: "Zhejiang’s"
// read "Zhejiang’ s". CSS could ask for proportional ones on the page, but the PNG painter's canvas cannot, so English
// text keeps to straight quotes in every painter. Chinese text keeps its own quotation marks.
const CURLY = /[‘’“”]/u;

describe('English text and its quotation marks', () => {
  it('uses straight quotes in the interface, the article notes and the sources', () => {
    const english = [
      ...strings(en),
      ...strings(byodEn),
      ...strings(exportEn),
      ...strings(vectorEn),
      ...Object.values(SOURCE_NOTES).map((note) => note.en),
      ...Object.values(SOURCES).flatMap((source) => [source.title, source.publisher, source.short?.en ?? '']),
    ];
    expect(english.length).toBeGreaterThan(100);
    expect(english.filter((text) => CURLY.test(text))).toEqual([]);
  });

  it('uses straight quotes in the kiosk tour, and the Chinese keeps its own', () => {
    const tour: unknown = JSON.parse(readFileSync('public/tours/default.json', 'utf8'));
    const english = tourEnglish(tour);
    expect(english.length).toBeGreaterThan(3);
    expect(english.filter((text) => CURLY.test(text))).toEqual([]);
    expect(JSON.stringify(tour)).toContain('“未来工厂”');
  });
});
