import { describe, expect, it } from 'vitest';
import { articleFigures } from '../../../src/story/article-figures';
import { figureNotes, noteMarker } from '../../../src/story/notes';

describe('provenance said once: one source line and numbered notes', () => {
  it('derives each computed figure in a note, with both inputs, their dates and sources', () => {
    const { notes } = figureNotes('en');
    expect(notes.map((n) => n.text)).toEqual([
      '33.4 = 220,000 5G base stations (2 Dec 2023) ÷ 65.77 million residents (end of Dec 2022, Zhejiang Bureau of Statistics)',
      'China 20.1 = 2.84 million 5G base stations (end of May 2023) ÷ 1,411.75 million residents (end of Dec 2022, National Bureau of Statistics)',
      'East China 26.2 = 1.483 million 5G base stations (end of Sep 2023, MIIT) ÷ 565.69 million residents (end of Dec 2022, source as in note ²)',
    ]);
    expect(notes.map((n) => n.marker)).toEqual(['¹', '²', '³']);
    expect(notes.every((n) => n.figure === 'per10k')).toBe(true);
  });

  it('writes the notes as Chinese readers do', () => {
    const { notes, source } = figureNotes('zh');
    expect(notes[0]?.text).toBe('33.4 = 5G基站22万（2023年12月2日） ÷ 常住人口6577万（2022年12月末，浙江省统计局）');
    expect(notes[2]?.text).toContain('5G基站148.3万（2023年9月末，工信部）');
    expect(source).toBe('来源：新华社，2023年12月2日；时间线另据工信部、中国信通院、浙江省通信管理局。');
  });

  it('names the article once in the source line, and the time line’s other publishers once each', () => {
    const { source } = figureNotes('en');
    expect(source).toBe(
      'Source: Xinhua, 2 Dec 2023; for the time line also MIIT, CAICT, Zhejiang Communications Administration.',
    );
  });

  it('names no source more than twice in the source line and the notes together', () => {
    for (const lang of ['en', 'zh'] as const) {
      const { source, notes } = figureNotes(lang);
      const text = [source, ...notes.map((n) => n.text)].join('\n');
      for (const name of lang === 'en'
        ? ['Xinhua', 'MIIT', 'National Bureau of Statistics', 'Zhejiang Bureau of Statistics', 'CAICT']
        : ['新华社', '工信部', '国家统计局', '浙江省统计局', '中国信通院']) {
        const count = text.split(name).length - 1;
        expect(count, `${lang}: ${name}`).toBeGreaterThan(0);
        expect(count, `${lang}: ${name}`).toBeLessThanOrEqual(2);
      }
    }
  });

  it('gives every marker a card carries a note, and every note a card that carries its marker', () => {
    for (const lang of ['en', 'zh'] as const) {
      const cards = articleFigures(lang);
      const { notes } = figureNotes(lang);
      for (const note of notes) {
        const card = cards.find((c) => c.id === note.figure)!;
        expect(`${card.label} ${card.compare ?? ''}`).toContain(note.marker);
      }
    }
  });

  it('refuses a tenth marker by saying how many there are', () => {
    expect(noteMarker(8)).toBe('⁹');
    expect(() => noteMarker(9)).toThrow('noteMarker: 10 notes, at most 9 have a marker');
  });
});
