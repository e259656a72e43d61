import { blockHeight, INK, type LegendLayout, type LegendText, MUTED, PAGE, type Rect, textBlock } from './layout-base';
import type { Measure } from './text-wrap';

/** The legend box in the map's bottom-left corner: title, one row per class with its swatch, then the notes. */
export function layoutLegend(legend: LegendText, map: Rect, u: number, measure: Measure): LegendLayout {
  const L = PAGE.legend;
  const pad = L.padding * u;
  const width = Math.min(L.width * u, map.width * L.maxShare);
  const inner = width - 2 * pad;
  const [swatchW, swatchH] = [L.swatch[0] * u, L.swatch[1] * u];
  const labelX = swatchW + L.swatchGap * u;
  const origin = { x: 0, y: 0 };

  const title = textBlock(legend.title, inner, { sizePx: L.title * u, weight: 700 }, 1.3, INK, measure, origin);
  const labels = legend.items.map((item) =>
    textBlock(item.label, inner - labelX, { sizePx: L.label * u, weight: 400 }, L.lineHeight, INK, measure, origin),
  );
  const notes = legend.notes.map((note) =>
    textBlock(note, inner, { sizePx: L.note * u, weight: 400 }, L.lineHeight, MUTED, measure, origin),
  );
  const rowHeights = labels.map((label) => Math.max(swatchH, blockHeight(label)));
  const titleGap = 6 * u;
  const noteGap = 6 * u;
  const height =
    2 * pad +
    blockHeight(title) +
    titleGap +
    rowHeights.reduce((sum, r) => sum + r + L.rowGap * u, 0) -
    L.rowGap * u +
    notes.reduce((sum, n) => sum + noteGap + blockHeight(n), 0);

  const inset = PAGE.inset * u;
  const box: Rect = {
    x: map.x + inset,
    y: Math.max(map.y + inset, map.y + map.height - inset - height),
    width,
    height,
  };
  let y = box.y + pad;
  title.x = box.x + pad;
  title.y = y;
  y += blockHeight(title) + titleGap;
  const rows = legend.items.map((item, i) => {
    const rowHeight = rowHeights[i]!;
    const label = labels[i]!;
    label.x = box.x + pad + labelX;
    label.y = y + (rowHeight - blockHeight(label)) / 2;
    const swatch = { x: box.x + pad, y: y + (rowHeight - swatchH) / 2, width: swatchW, height: swatchH };
    y += rowHeight + L.rowGap * u;
    return { swatch, colour: item.colour, noData: item.noData ?? false, regional: item.regional ?? false, label };
  });
  y -= L.rowGap * u;
  for (const note of notes) {
    y += noteGap;
    note.x = box.x + pad;
    note.y = y;
    y += blockHeight(note);
  }
  return { box, title, rows, notes };
}
