import { describe, expect, it } from 'vitest';
import { figure } from '../../../src/data/figures';
import { placeTimeline, timelineSources } from '../../../src/export/timeline';
import { type TimelineLayout, type TimelineText, timelineLayout } from '../../../src/story/timeline';

// A stand-in for measureText: Latin glyphs 0.55 em wide, CJK a full em.
const textWidth = (text: string, size: number) =>
  [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 1 : 0.55), 0) * size;

/** A label's box from its baseline: an em tall, 0.8 em above the baseline. */
function labelBox(label: TimelineText, size: number) {
  const width = textWidth(label.text, size);
  const x = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return { x, y: label.y - 0.8 * size, width, height: size };
}
const overlaps = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function allLabels(layout: TimelineLayout): TimelineText[] {
  return [...layout.rows.flatMap((r) => [r.title, ...r.points.map((p) => p.label)]), ...layout.ticks];
}

describe('the time line’s one layout (page SVG, PNG painter, SVG and PDF export)', () => {
  for (const lang of ['en', 'zh'] as const) {
    const layout = timelineLayout(lang);
    it(`in ${lang}: points in date order, x rising with the date and y with the value`, () => {
      for (const row of layout.rows) {
        const dates = row.points.map((p) => figure(p.id).asOf);
        expect(new Set(dates).size).toBe(dates.length);
        for (const [a, b] of row.points.slice(1).map((p, i) => [row.points[i]!, p] as const)) {
          expect(b.x).toBeGreaterThan(a.x);
          // Every series rises: a later, larger count sits higher (smaller y).
          expect(b.y).toBeLessThan(a.y);
        }
        for (const p of row.points) {
          expect(p.y).toBeLessThanOrEqual(row.bottom);
          expect(p.y).toBeGreaterThanOrEqual(row.top);
          expect(p.x).toBeGreaterThanOrEqual(layout.x);
          expect(p.x).toBeLessThanOrEqual(layout.x + layout.width);
        }
      }
      expect(layout.ticks.map((t) => t.x)).toEqual([...layout.ticks.map((t) => t.x)].sort((a, b) => a - b));
    });

    it(`in ${lang}: every label is there, inside the picture, and no two overlap`, () => {
      const labels = allLabels(layout);
      expect(labels.every((l) => l.text.length > 0)).toBe(true);
      expect(labels).toHaveLength(2 + 6 + 3);
      const boxes = labels.map((l) => labelBox(l, layout.fontSize));
      for (const box of boxes) {
        expect(box.x).toBeGreaterThanOrEqual(-0.5);
        expect(box.x + box.width).toBeLessThanOrEqual(layout.width + 0.5);
        expect(box.y).toBeGreaterThanOrEqual(-0.5);
        expect(box.y + box.height).toBeLessThanOrEqual(layout.height + 0.5);
      }
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          expect(overlaps(a, b), `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(false);
    });
  }

  it('labels values in the reader’s way: 2.84M in English, 284.4万 in Chinese, the lower bound with ">"', () => {
    expect(timelineLayout('en').rows[0]!.points[1]!.label.text).toBe('2.84M');
    expect(timelineLayout('zh').rows[0]!.points[1]!.label.text).toBe('284.4万');
    expect(timelineLayout('zh').rows[1]!.points.map((p) => p.label.text)).toEqual(['>17.1万', '22万']);
    expect(timelineLayout('en').ticks.map((t) => t.text)).toEqual(['Jan 2023', 'Jul 2023', 'Jan 2024']);
  });

  it('gives each point’s date and publisher as small print, place by place', () => {
    const en = timelineSources(timelineLayout('en'), 'en');
    expect(en).toMatch(
      /^5G base stations over time: China 2\.31M .*2022 · .*; 2\.84M .*May 2023 · .*; 3\.19M .*Sep 2023 · .*; 3\.38M .*2023 · .* — Zhejiang >171k .*Dec 2022 · Zhejiang Communications Administration; 220k .*Xinhua$/u,
    );
    expect(timelineSources(timelineLayout('zh'), 'zh')).toMatch(
      /^5G基站数量变化：全国 231\.2万 .*；284\.4万 .* — 浙江 >17\.1万 .*；22万 /u,
    );
  });

  it('moves and scales as one picture when placed on a page', () => {
    const layout = timelineLayout('en');
    const placed = placeTimeline(layout, { x: 100, y: 50 }, 2.5);
    expect([placed.x, placed.y, placed.width, placed.height]).toEqual([
      100,
      50,
      layout.width * 2.5,
      layout.height * 2.5,
    ]);
    expect([placed.unit, placed.fontSize, placed.pointRadius]).toEqual([
      2.5,
      layout.fontSize * 2.5,
      layout.pointRadius * 2.5,
    ]);
    const point = layout.rows[1]!.points[0]!;
    const moved = placed.rows[1]!.points[0]!;
    expect([moved.x, moved.y]).toEqual([100 + point.x * 2.5, 50 + point.y * 2.5]);
    expect(moved.arrow![0]).toEqual([100 + point.arrow![0]![0] * 2.5, 50 + point.arrow![0]![1] * 2.5]);
    expect(placed.ticks[2]!.x).toBeCloseTo(100 + layout.ticks[2]!.x * 2.5, 9);
    expect(allLabels(placed).map((l) => l.text)).toEqual(allLabels(layout).map((l) => l.text));
    // Placing twice composes: the page's picture is one picture, wherever it lands.
    const again = placeTimeline(placed, { x: 0, y: 0 }, 0.4);
    expect(again.rows[0]!.points[2]!.x).toBeCloseTo(layout.rows[0]!.points[2]!.x, 9);
  });
});
