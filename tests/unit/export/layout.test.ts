import { describe, expect, it } from 'vitest';
import {
  blockHeight,
  cardArea,
  layoutCard,
  layoutPage,
  layoutUnitPx,
  typeScale,
  type PageText,
  type Rect,
} from '../../../src/export/layout';
import { presetSize, sizeFromCss } from '../../../src/export/presets';
import { articleFigures } from '../../../src/story/article-figures';
import { timelineSources } from '../../../src/export/timeline';
import { type TimelineLayout, timelineLayout } from '../../../src/story/timeline';
import { breakOpportunities, wrapText, type Measure } from '../../../src/export/text-wrap';

// A stand-in for canvas measureText: Latin glyphs half an em wide, CJK a full em.
const measure: Measure = (text, font) =>
  [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 1 : 0.55), 0) * font.sizePx;
const font = { sizePx: 10, weight: 400 as const };

const TEXT: PageText = {
  title: "Zhejiang's 5G build-out",
  subtitle: 'Zhejiang · 5G base stations as reported in December 2023, against China as a whole',
  source:
    'Sources: Xinhua, 2 Dec 2023; Zhejiang and national statistics bureaus; MIIT; Boundaries: Apache ECharts 4.9.0 map data (Apache-2.0)',
  attribution:
    'Boundaries: Apache ECharts 4.9.0 map data (Apache-2.0) · Statistics: Xinhua; Zhejiang and national statistics bureaus; MIIT',
  legend: {
    title: '5G base stations per 10,000 residents',
    items: ['under 10', '10 to under 15', '15 to under 20', '20 to under 25', '25 to under 30', '30 or more']
      .map((label, i) => ({ colour: `#00000${i}`, label }))
      .concat([{ colour: '#d4d4d4', label: 'No data (no published figure)', noData: true } as never]),
    notes: ['China average: 20.1 per 10,000 residents'],
  },
};

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('text wrapping', () => {
  it('breaks English at spaces and Chinese between characters, keeping closing punctuation with its text', () => {
    expect(breakOpportunities('Sources: Xinhua, 2 Dec')).toEqual(['Sources: ', 'Xinhua, ', '2 ', 'Dec']);
    expect(breakOpportunities('来源：新华社，2023年')).toEqual(['来', '源：', '新', '华', '社，', '2023', '年']);
  });
  it('fills lines greedily without passing the width', () => {
    const lines = wrapText(TEXT.source, 200, font, measure);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(measure(line, font)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(TEXT.source);
    expect(wrapText('浙江省经济和信息化厅副厅长', 45, font, measure)).toEqual([
      '浙江省经',
      '济和信息',
      '化厅副厅',
      '长',
    ]);
  });
  it('keeps explicit line breaks and cuts a word longer than a line', () => {
    expect(wrapText('one\ntwo', 1000, font, measure)).toEqual(['one', 'two']);
    expect(
      wrapText('https://example.invalid/a/very/long/path', 60, font, measure).every((l) => measure(l, font) <= 60),
    ).toBe(true);
  });
});

describe('page layout', () => {
  it('scales type with the page: a 4K slide like the HD one, A4 at 300 dpi with print-sized type', () => {
    expect(typeScale(presetSize('1920x1080'))).toBeCloseTo(1.6, 5);
    expect(layoutUnitPx(presetSize('3840x2160'))).toBeCloseTo(2 * layoutUnitPx(presetSize('1920x1080')), 5);
    const a4 = layoutPage(presetSize('a4-landscape'), TEXT, measure);
    const points = (px: number) => (px / 300) * 72;
    expect(points(a4.title.font.sizePx)).toBeGreaterThan(18);
    expect(points(a4.title.font.sizePx)).toBeLessThan(24);
    expect(points(a4.legend.rows[0]!.label.font.sizePx)).toBeGreaterThanOrEqual(8);
    expect(points(a4.source.font.sizePx)).toBeGreaterThanOrEqual(7.5);
    expect(typeScale(sizeFromCss(360, 640, 1))).toBe(0.75);
  });

  for (const preset of ['1920x1080', '3840x2160', 'a4-landscape', 'a4-portrait', 'a3-landscape'] as const) {
    it(`puts everything in its place on ${preset}`, () => {
      const size = presetSize(preset);
      const page: Rect = { x: 0, y: 0, width: size.widthPx, height: size.heightPx };
      const layout = layoutPage(size, TEXT, measure);
      expect(inside(layout.map, page)).toBe(true);
      expect(Number.isInteger(layout.map.width) && Number.isInteger(layout.map.height)).toBe(true);
      expect(layout.title.y + blockHeight(layout.title)).toBeLessThan(layout.subtitle.y + 1);
      expect(layout.subtitle.y + blockHeight(layout.subtitle)).toBeLessThan(layout.map.y);
      expect(layout.source.y).toBeGreaterThan(layout.map.y + layout.map.height);
      expect(layout.source.y + blockHeight(layout.source)).toBeLessThanOrEqual(size.heightPx);
      expect(layout.map.height).toBeGreaterThan(size.heightPx * 0.6);
      expect(inside(layout.legend.box, layout.map)).toBe(true);
      expect(inside(layout.attribution.box, layout.map)).toBe(true);
      expect(overlaps(layout.legend.box, layout.attribution.box)).toBe(false);
      expect(layout.scaleBar.bottom).toBeLessThan(layout.attribution.box.y);
      expect(layout.legend.rows).toHaveLength(7);
      expect(layout.legend.rows.at(-1)!.noData).toBe(true);
      for (const row of layout.legend.rows) expect(inside(row.swatch, layout.legend.box)).toBe(true);
      for (const block of [layout.title, layout.subtitle, layout.source])
        for (const line of block.lines) expect(measure(line, block.font)).toBeLessThanOrEqual(layout.map.width + 1);
    });
  }
});

describe('popup card', () => {
  const size = presetSize('a4-landscape');
  const layout = layoutPage(size, TEXT, measure);
  const area = cardArea(layout);
  const blocks = [
    { text: 'Shaoxing, where the figures were announced', role: 'heading' as const },
    { text: 'Host of the 2023 Yangtze River Delta 5G+ Industrial Internet Conference.', role: 'lead' as const },
    { text: '220,000 base stations', role: 'value' as const },
  ];
  it('sits above its point when there is room, with the pointer stopping short of the label', () => {
    const anchor = { x: area.x + area.width / 2, y: area.y + area.height * 0.8 };
    const card = layoutCard(blocks, anchor, area, [], layout.unitPx, measure);
    expect(card.side).toBe('above');
    expect(card.box.y + card.box.height).toBeLessThan(anchor.y);
    expect(card.apex.y).toBeLessThan(anchor.y);
    expect(card.apex.y).toBeGreaterThan(card.box.y + card.box.height);
    expect(inside(card.box, area)).toBe(true);
  });
  it('goes below, or beside, when above has no room, and keeps clear of the legend if it can', () => {
    const top = layoutCard(blocks, { x: area.x + area.width / 2, y: area.y + 10 }, area, [], layout.unitPx, measure);
    expect(top.side).toBe('below');
    const nearLegend = { x: layout.legend.box.x + layout.legend.box.width / 2, y: layout.legend.box.y - 5 };
    const card = layoutCard(blocks, nearLegend, area, [layout.legend.box], layout.unitPx, measure);
    expect(overlaps(card.box, layout.legend.box)).toBe(false);
  });
  it('shrinks to fit a map too small for it', () => {
    const tall = Array.from({ length: 40 }, () => blocks[1]!);
    const card = layoutCard(tall, { x: area.x + 100, y: area.y + 100 }, area, [], layout.unitPx, measure);
    expect(card.box.height).toBeLessThanOrEqual(area.height + 0.5);
    expect(card.blocks[0]!.font.sizePx).toBeLessThan(12 * layout.unitPx);
  });
});

describe('the figures column', () => {
  const figures = {
    title: 'The article in numbers',
    items: ['220,000', 'more than 33', '653', '535', '2.84 million'].map((value) => ({
      value,
      label: 'provincial “future” and intelligent factories (both categories together)',
      sources: ['reported 2 Dec 2023 · Xinhua', '33.4 computed · 5G base stations reported 2 Dec 2023 · Xinhua'],
    })),
  };
  const sizes = [
    presetSize('1920x1080'),
    presetSize('a4-portrait'),
    presetSize('a3-landscape'),
    sizeFromCss(640, 480, 1),
    sizeFromCss(1200, 400, 2),
  ];
  it.each(sizes.map((s) => [`${s.widthPx}×${s.heightPx}`, s] as const))(
    'at %s sits right of the map, inside the page, every line inside its box',
    (_name, size) => {
      const layout = layoutPage(size, { ...TEXT, figures }, measure);
      const column = layout.figures!;
      const page = { x: 0, y: 0, width: layout.widthPx, height: layout.heightPx };
      expect(inside(column.box, page)).toBe(true);
      expect(overlaps(column.box, layout.map)).toBe(false);
      expect(column.box.x).toBeGreaterThanOrEqual(layout.map.x + layout.map.width);
      // Every number is drawn, and the last block ends inside the column (type shrinks rather than spills).
      const text = column.blocks.flatMap((b) => b.lines).join(' ');
      for (const item of figures.items) expect(text).toContain(item.value);
      const last = column.blocks.at(-1)!;
      expect(last.y + blockHeight(last)).toBeLessThanOrEqual(column.box.y + column.box.height + 0.5);
      for (const block of column.blocks)
        for (const line of block.lines)
          expect(measure(line, block.font)).toBeLessThanOrEqual(column.box.width - (block.x - column.box.x) + 0.5);
    },
  );
  it('is left out when the page has no figures, and the map takes the width', () => {
    const without = layoutPage(presetSize('1920x1080'), TEXT, measure);
    const withFigures = layoutPage(presetSize('1920x1080'), { ...TEXT, figures }, measure);
    expect(without.figures).toBeNull();
    expect(withFigures.map.width).toBeLessThan(without.map.width);
  });
});

describe('the time line in the figures column', () => {
  const figures = (lang: 'en' | 'zh') => {
    const layout = timelineLayout(lang);
    // The panel's own words (src/export/page-text.ts makes the same from them), so the sizes are the real ones.
    return {
      title: 'The article in numbers',
      items: articleFigures(lang).map((card) => ({
        value: card.value,
        label: card.label,
        ...(card.compare ? { compare: card.compare } : {}),
        sources: card.citations.map((c) => `${c.date} · ${c.publisher}`),
      })),
      timeline: { title: '5G base stations over time', layout },
    };
  };
  const source = (lang: 'en' | 'zh') => `${TEXT.source}\n${timelineSources(timelineLayout(lang), lang)}`;
  // Everything the time line draws, as boxes: its labels (an em tall from 0.8 em above the baseline) and points.
  const inked = (t: TimelineLayout): Rect[] => [
    ...[...t.rows.flatMap((r) => [r.title, ...r.points.map((p) => p.label)]), ...t.ticks].map((l) => {
      const width = measure(l.text, { sizePx: t.fontSize, weight: 400 });
      const x = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - width : l.x - width / 2;
      return { x, y: l.y - 0.8 * t.fontSize, width, height: t.fontSize };
    }),
    ...t.rows.flatMap((r) =>
      r.points.map((p) => ({
        x: p.x - t.pointRadius,
        y: p.y - t.pointRadius - (p.arrow ? 6 * t.unit : 0),
        width: 2 * t.pointRadius,
        height: 2 * t.pointRadius,
      })),
    ),
  ];
  const presets = ['1920x1080', '3840x2160', 'a4-landscape', 'a4-portrait', 'a3-landscape', 'letter-portrait'] as const;
  for (const lang of ['en', 'zh'] as const)
    it.each(presets)(
      `on %s (${lang}): under the figures, inside the column and the page, clear of the map, legend and text`,
      (preset) => {
        const size = presetSize(preset);
        const layout = layoutPage(size, { ...TEXT, source: source(lang), figures: figures(lang) }, measure);
        const column = layout.figures!;
        const timeline = column.timeline!;
        const box: Rect = { x: timeline.x, y: timeline.y, width: timeline.width, height: timeline.height };
        const page: Rect = { x: 0, y: 0, width: layout.widthPx, height: layout.heightPx };
        expect(inside(box, column.box)).toBe(true);
        expect(inside(box, page)).toBe(true);
        for (const mark of inked(timeline)) expect(inside(mark, column.box), JSON.stringify(mark)).toBe(true);
        // The map (and so its legend, story places and popup card) is left of the column; no text block is under the picture.
        expect(overlaps(box, layout.map)).toBe(false);
        expect(overlaps(box, layout.legend.box)).toBe(false);
        for (const block of [...column.blocks, layout.source, layout.title, layout.subtitle]) {
          const width = Math.max(0, ...block.lines.map((l) => measure(l, block.font)));
          expect(overlaps(box, { x: block.x, y: block.y, width, height: blockHeight(block) })).toBe(false);
        }
        // Order: the five figures, then the caption and the picture; the points' sources in the page's small print.
        const caption = column.blocks.at(-1)!;
        expect(caption.lines.join(' ')).toBe('5G base stations over time');
        expect(caption.y + blockHeight(caption)).toBeLessThanOrEqual(box.y);
        expect(box.y + box.height).toBeLessThanOrEqual(column.box.y + column.box.height);
        expect(layout.source.lines.join('')).toContain(lang === 'zh' ? '284.4万' : '2.84M');
        expect(layout.map.height).toBeGreaterThan(size.heightPx * 0.6);
        // Legible: labels at least 6 pt on paper (300 dpi), at least 10 px on a screen-sized slide.
        const labelPx = timeline.fontSize;
        if (preset.startsWith('a') || preset.startsWith('letter'))
          expect((labelPx / 300) * 72).toBeGreaterThanOrEqual(6);
        else expect(labelPx / size.pixelRatio).toBeGreaterThanOrEqual(10);
      },
    );
});
