import { blockHeight, INK, MUTED, PAGE, type PageLayout, type Rect, type TextBlock, textBlock } from './layout-base';
import type { Measure } from './text-wrap';

export type CardRole = 'heading' | 'lead' | 'subheading' | 'label' | 'value' | 'meta' | 'body';

export interface CardBlock {
  text: string;
  role: CardRole;
}

// Size, weight, colour and space above, per role, in layout units.
const CARD_STYLE: Record<CardRole, { size: number; weight: 400 | 700; colour: string; before: number }> = {
  heading: { size: 15, weight: 700, colour: INK, before: 0 },
  lead: { size: 12, weight: 400, colour: INK, before: 4 },
  subheading: { size: 12.5, weight: 700, colour: INK, before: 9 },
  label: { size: 11.5, weight: 400, colour: MUTED, before: 6 },
  value: { size: 13, weight: 700, colour: INK, before: 0 },
  meta: { size: 10.5, weight: 400, colour: MUTED, before: 0 },
  body: { size: 12, weight: 400, colour: INK, before: 7 },
};

export type CardSide = 'above' | 'below' | 'right' | 'left';

export interface CardLayout {
  box: Rect;
  /** Where the card sits relative to the point it speaks about; null when it had to cover the point. */
  side: CardSide | null;
  /** The point on the map the card speaks about. */
  anchor: { x: number; y: number };
  /** Where the pointer ends: beside the anchor's label, not on it. */
  apex: { x: number; y: number };
  /** Middle of the pointer's base, on the card's edge facing the anchor. */
  tip: { x: number; y: number };
  blocks: TextBlock[];
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * A popup drawn as a card pointing at `anchor`, inside `area`: above the point if it fits, else
 * below, right or left, preferring a place that keeps clear of `avoid` (the legend); shrunk when
 * the area is too small to hold it whole.
 */
export function layoutCard(
  blocks: readonly CardBlock[],
  anchor: { x: number; y: number },
  area: Rect,
  avoid: readonly Rect[],
  u: number,
  measure: Measure,
): CardLayout {
  const C = PAGE.card;
  // Shrinking keeps the card's width and makes its type smaller until it fits (a few rounds: lines rewrap).
  const cardWidth = Math.min(C.width * u, area.width * C.maxShare);
  let unit = u;
  let laid = stack(unit);
  for (let round = 0; round < 4 && laid.height > area.height && unit > u * 0.4; round++) {
    unit = Math.max(u * 0.4, unit * (area.height / laid.height) * 0.98);
    laid = stack(unit);
  }
  const tip = C.tip * unit;
  const gapX = tip + C.clearX * unit;
  const gapY = tip + C.clearY * unit;
  const { width, height } = laid;
  const clampX = (x: number) => Math.min(Math.max(x, area.x), area.x + area.width - width);
  const clampY = (y: number) => Math.min(Math.max(y, area.y), area.y + area.height - height);
  const candidates: { side: CardSide; box: Rect; fits: boolean }[] = [
    {
      side: 'above',
      box: { x: clampX(anchor.x - width / 2), y: anchor.y - gapY - height, width, height },
      fits: anchor.y - gapY - height >= area.y,
    },
    {
      side: 'below',
      box: { x: clampX(anchor.x - width / 2), y: anchor.y + gapY, width, height },
      fits: anchor.y + gapY + height <= area.y + area.height,
    },
    {
      side: 'right',
      box: { x: anchor.x + gapX, y: clampY(anchor.y - height / 2), width, height },
      fits: anchor.x + gapX + width <= area.x + area.width,
    },
    {
      side: 'left',
      box: { x: anchor.x - gapX - width, y: clampY(anchor.y - height / 2), width, height },
      fits: anchor.x - gapX - width >= area.x,
    },
  ];
  const fitting = candidates.filter((c) => c.fits);
  const chosen = fitting.find((c) => !avoid.some((r) => overlaps(c.box, r))) ?? fitting[0];
  const box = chosen?.box ?? { x: clampX(anchor.x - width / 2), y: clampY(anchor.y - height / 2), width, height };
  const side = chosen?.side ?? null;
  const within = (v: number, low: number, high: number) => Math.min(Math.max(v, low), high);
  const tipAt =
    side === 'above' || side === 'below'
      ? { x: within(anchor.x, box.x + 2 * tip, box.x + width - 2 * tip), y: side === 'above' ? box.y + height : box.y }
      : { x: side === 'right' ? box.x : box.x + width, y: within(anchor.y, box.y + 2 * tip, box.y + height - 2 * tip) };
  const apex = {
    x: side === 'right' ? box.x - tip : side === 'left' ? box.x + width + tip : anchor.x,
    y: side === 'above' ? box.y + height + tip : side === 'below' ? box.y - tip : anchor.y,
  };
  const positioned = laid.blocks.map((b) => ({ ...b, x: b.x + box.x, y: b.y + box.y }));
  return { box, side, anchor, apex, tip: tipAt, blocks: positioned };

  function stack(scale: number) {
    const pad = C.padding * scale;
    let y = pad;
    const placed = blocks.map((item, i) => {
      const style = CARD_STYLE[item.role];
      if (i > 0) y += style.before * scale;
      const block = textBlock(
        item.text,
        cardWidth - 2 * pad,
        { sizePx: style.size * scale, weight: style.weight },
        1.35,
        style.colour,
        measure,
        { x: pad, y },
      );
      y += blockHeight(block);
      return block;
    });
    return { blocks: placed, width: cardWidth, height: y + pad };
  }
}

/** Where a card may go: the map, less its inset and the strip the scale bar and attribution use. */
export function cardArea(layout: PageLayout): Rect {
  const inset = PAGE.inset * layout.unitPx;
  const { map } = layout;
  const bottom = layout.scaleBar.bottom - layout.scaleBar.heightPx - inset / 2;
  return {
    x: map.x + inset,
    y: map.y + inset,
    width: map.width - 2 * inset,
    height: Math.max(1, bottom - map.y - inset),
  };
}
