import { describe, expect, it } from 'vitest';
import { articleFigures } from '../../../src/story/article-figures';
import { timelineLayout } from '../../../src/story/timeline';
import { TIMELINE_SERIES, timelineGeometry } from '../../../src/story/timeline-geometry';

describe('the article in numbers', () => {
  it('gives the five figures in English, each with a date and a publisher', () => {
    const cards = articleFigures('en');
    expect(cards.map((c) => c.value)).toEqual(['220,000', 'more than 33', '653', '535', '2.84 million']);
    // The computed values carry their notes' markers (notes.ts).
    expect(cards[1]?.label).toContain('33.4¹ computed');
    expect(cards[1]?.compare).toBe('China 20.1² · East China 26.2³');
    expect(cards.map((c) => c.date)).toEqual([
      'reported 2 Dec 2023',
      'reported 2 Dec 2023',
      'reported 2 Dec 2023',
      'reported 2 Dec 2023',
      'as of end of May 2023',
    ]);
    expect(cards[2]?.label).toContain('both categories together');
    for (const card of cards)
      for (const c of card.citations) {
        expect(c.date).not.toBe('');
        expect(c.publisher).not.toBe('');
      }
    expect(cards[4]?.citations[0]).toEqual({ date: 'as of end of May 2023', publisher: 'Xinhua' });
  });

  it('writes them as Chinese readers do', () => {
    expect(articleFigures('zh').map((c) => c.value)).toEqual(['22万', '超过33', '653', '535', '284万']);
  });

  it('cites every input of the computed comparison with its own date', () => {
    const [, per10k] = articleFigures('en');
    const text = per10k!.citations.map((c) => `${c.date} · ${c.publisher}`).join('\n');
    expect(text).toContain('East China 26.2 · 5G base stations as of end of Sep 2023 · Ministry of Industry');
    expect(text).toContain('China 20.1 · 5G base stations as of end of May 2023 · Xinhua');
  });
});

describe('the time line', () => {
  const layout = timelineLayout('en');

  it('is the geometry computed at build time, with the build-time code', () => {
    expect(timelineGeometry().rows.flatMap((r) => r.points)).toEqual(
      layout.rows.flatMap((r) => r.points.map(({ id, x, y }) => ({ id, x, y }))),
    );
  });

  it('has China’s four points and Zhejiang’s two, left to right in time', () => {
    expect(layout.rows.map((r) => r.points.length)).toEqual([4, 2]);
    expect(TIMELINE_SERIES[0]?.points).toEqual([
      'cnStations2022',
      'cnStationsMay2023',
      'cnStationsSep2023',
      'cnStations2023',
    ]);
    for (const row of layout.rows) {
      const xs = row.points.map((p) => p.x);
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
      // Rising counts sit higher (smaller y) on each row's own scale from zero.
      const ys = row.points.map((p) => p.y);
      expect([...ys].sort((a, b) => b - a)).toEqual(ys);
      for (const p of row.points) expect(p.y).toBeLessThanOrEqual(row.bottom);
    }
  });

  it('marks Zhejiang’s end-2022 "more than 171,000" as a lower bound, in the label and the description', () => {
    const [first, last] = layout.rows[1]!.points;
    expect(first?.lowerBound).toBe(true);
    expect(first?.label.text).toBe('>171k');
    expect(first?.description).toBe(
      'Zhejiang: more than 171,000 (a lower bound) base stations, as of end of Dec 2022 · Zhejiang Communications Administration',
    );
    expect(last?.lowerBound).toBe(false);
    expect(layout.rows[0]!.points.map((p) => p.label.text)).toEqual(['2.31M', '2.84M', '3.19M', '3.38M']);
    expect(timelineLayout('zh').rows[0]!.points.map((p) => p.label.text)).toEqual([
      '231.2万',
      '284.4万',
      '318.9万',
      '337.7万',
    ]);
  });
});

describe("the time line's points in one short line (the kiosk's)", () => {
  it('gives each point its value, date and the short name of its publisher, in both languages', () => {
    const briefs = (lang: 'en' | 'zh') => timelineLayout(lang).rows.flatMap((r) => r.points.map((p) => p.brief));
    expect(briefs('en')).toEqual([
      'China: 2.31M, end of Dec 2022 · MIIT',
      'China: 2.84M, end of May 2023 · CAICT',
      'China: 3.19M, end of Sep 2023 · MIIT',
      'China: 3.38M, end of Dec 2023 · MIIT',
      'Zhejiang: >171k, end of Dec 2022 · Zhejiang Communications Administration',
      'Zhejiang: 220k, reported 2 Dec 2023 · Xinhua',
    ]);
    expect(briefs('zh')[0]).toBe('全国：231.2万，2022年12月末 · 工信部');
  });
});
