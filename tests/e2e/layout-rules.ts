import type { Page } from '@playwright/test';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Everything the layout rules measure on the page, in viewport pixels. */
export interface LayoutMeasure {
  map: Rect;
  popup: Rect | null;
  placement: string | null;
  /** The legend, every control on the map and the figures panel, each with a name for the failure message. */
  obstacles: { name: string; box: Rect }[];
  /** The place the open popup describes: its story marker, or its label point projected by the map. */
  place: { x: number; y: number; r: number } | null;
  /** Panels whose text runs out of their box, by name, with the amounts. */
  overflowing: string[];
}

/** Reads the boxes in the page; `popupPlace` is a region code (the open popup's) when there is one. */
export async function measureLayout(page: Page): Promise<LayoutMeasure> {
  return page.evaluate(() => {
    const rect = (node: Element) => {
      const r = node.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const mapNode = document.getElementById('map')!;
    const popupBox = document.querySelector('.maplibregl-popup:not(.map-tooltip) .maplibregl-popup-content');
    const popupNode = popupBox?.closest<HTMLElement>('.maplibregl-popup') ?? null;
    const visible = (node: Element) => {
      const r = node.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    // A control's true extent: its own box and the buttons in it, which can be larger than the group that holds
    // them and stick out of it. Buttons inside a box that clips or scrolls are cut off there, so they do not count.
    const clippedWithin = (inner: Element, outer: Element) => {
      for (let n = inner.parentElement; n && n !== outer; n = n.parentElement)
        if (getComputedStyle(n).overflow !== 'visible') return true;
      return false;
    };
    const extent = (node: Element) =>
      [node, ...[...node.querySelectorAll('button')].filter((b) => !clippedWithin(b, node))]
        .filter(visible)
        .map(rect)
        .reduce((a, b) => ({
          left: Math.min(a.left, b.left),
          top: Math.min(a.top, b.top),
          right: Math.max(a.right, b.right),
          bottom: Math.max(a.bottom, b.bottom),
        }));
    const obstacles = [
      ...[...mapNode.querySelectorAll('.maplibregl-ctrl')].map((node) => ({
        name: node.className.split(' ').filter((c) => c !== 'maplibregl-ctrl')[0] ?? node.className,
        node,
      })),
      ...[...document.querySelectorAll('#figures')].map((node) => ({ name: '#figures', node })),
    ]
      .filter(({ node }) => visible(node))
      .map(({ name, node }) => ({ name, box: extent(node) }));

    type AppLike = {
      view: { popupRegion: string | null; map: { project(p: [number, number]): { x: number; y: number } } };
      boundaries: { cities: { features: { properties: { code: string; label: [number, number] } }[] } };
    };
    const app = (window as unknown as { __app: AppLike }).__app;
    const code = app.view.popupRegion;
    const storyId = document.querySelector('.story-popup')?.getAttribute('data-popup');
    const marker = storyId ? document.querySelector(`.story-marker[data-place="${storyId}"]`) : null;
    let place: { x: number; y: number; r: number } | null = null;
    if (marker && visible(marker)) {
      const r = marker.getBoundingClientRect();
      place = { x: r.left + r.width / 2, y: r.top + r.height / 2, r: Math.max(r.width, r.height) / 2 };
    } else if (code) {
      const feature = app.boundaries.cities.features.find((f) => f.properties.code === code);
      if (feature) {
        const p = app.view.map.project(feature.properties.label);
        const origin = mapNode.getBoundingClientRect();
        place = { x: origin.left + p.x, y: origin.top + p.y, r: 4 };
      }
    }

    // Text must stay inside its panel: sideways never, downwards only where the panel scrolls.
    const panels: [string, Element | null][] = [
      ['popup', popupBox?.querySelector('.popup') ?? null],
      ['legend', document.querySelector('.legend')],
      ['#figures', document.querySelector('#figures')],
      ['kiosk caption', document.querySelector('.kiosk-caption')],
      ['kiosk figures', document.querySelector('#kiosk-figures')],
      // The column that holds the figures: it scrolls on the page and cuts in the kiosk, where nobody scrolls.
      ['side column', document.querySelector('.side-column')],
      ['attribution', document.querySelector('.maplibregl-ctrl-attrib-inner')],
    ];
    const overflowing: string[] = [];
    for (const [name, node] of panels) {
      if (!(node instanceof HTMLElement) || !visible(node)) continue;
      const style = getComputedStyle(node);
      const scrolls = style.overflowY === 'auto' || style.overflowY === 'scroll';
      if (node.scrollWidth > node.clientWidth + 1)
        overflowing.push(`${name}: ${node.scrollWidth - node.clientWidth}px wider than its box`);
      if (!scrolls && node.scrollHeight > node.clientHeight + 1)
        overflowing.push(`${name}: ${node.scrollHeight - node.clientHeight}px taller than its box`);
    }
    return {
      map: rect(mapNode),
      popup: popupBox ? extent(popupBox) : null,
      placement: popupNode?.dataset['placement'] ?? null,
      obstacles,
      place,
      overflowing,
    };
  });
}

const TOLERANCE_PX = 1;

function inside(outer: Rect, inner: Rect): boolean {
  return (
    inner.left >= outer.left - TOLERANCE_PX &&
    inner.top >= outer.top - TOLERANCE_PX &&
    inner.right <= outer.right + TOLERANCE_PX &&
    inner.bottom <= outer.bottom + TOLERANCE_PX
  );
}

function overlap(a: Rect, b: Rect): boolean {
  return (
    a.left < b.right - TOLERANCE_PX &&
    b.left < a.right - TOLERANCE_PX &&
    a.top < b.bottom - TOLERANCE_PX &&
    b.top < a.bottom - TOLERANCE_PX
  );
}

/** Every broken rule, in words; an empty list is a layout that fits. */
export function layoutProblems(m: LayoutMeasure): string[] {
  const problems: string[] = [...m.overflowing];
  if (m.popup) {
    if (!inside(m.map, m.popup)) problems.push(`popup ${fmt(m.popup)} leaves the map ${fmt(m.map)}`);
    for (const o of m.obstacles)
      if (overlap(m.popup, o.box)) problems.push(`popup ${fmt(m.popup)} covers ${o.name} ${fmt(o.box)}`);
    if (!m.place) problems.push('the popup has no place to check');
  }
  // The controls themselves: the scale bar never sits on the attribution, nor the legend on either.
  for (const [i, a] of m.obstacles.entries())
    for (const b of m.obstacles.slice(i + 1))
      if (overlap(a.box, b.box)) problems.push(`${a.name} ${fmt(a.box)} overlaps ${b.name} ${fmt(b.box)}`);
  if (m.place) {
    const { x, y, r } = m.place;
    const disc = { left: x - r, top: y - r, right: x + r, bottom: y + r };
    if (!inside(m.map, disc)) problems.push(`the place (${x.toFixed(0)}, ${y.toFixed(0)}) is off the map`);
    if (m.popup && overlap(m.popup, disc))
      problems.push(`the popup covers its place (${x.toFixed(0)}, ${y.toFixed(0)})`);
    for (const o of m.obstacles)
      if (overlap(o.box, disc)) problems.push(`${o.name} covers the place (${x.toFixed(0)}, ${y.toFixed(0)})`);
  }
  return problems;
}

function fmt(r: Rect): string {
  return `[${Math.round(r.left)},${Math.round(r.top)} → ${Math.round(r.right)},${Math.round(r.bottom)}]`;
}
