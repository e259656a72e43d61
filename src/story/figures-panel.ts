import { t, type Lang } from '../i18n';
import { el } from '../shared/dom';
import { articleFigures, type FigureCard } from './article-figures';
import { figureNotes, type FigureNotes } from './notes';
import { timelineLayout, type TimelineLayout, type TimelineText } from './timeline';

const SVG = 'http://www.w3.org/2000/svg';

export interface FiguresPanelOptions {
  /** The kiosk, where nobody taps to open anything. */
  alwaysOpen?: boolean;
  /** Inside another page's frame (?embed=1): the details start closed, so the frame needs no scroll bar. */
  startFolded?: boolean;
  /** Where the headline figure goes on a phone's first screen (the page header's #headline). */
  headline?: HTMLElement | null;
  /** The reader's file the map shows instead of the article's figures, if any. */
  readerData?: string | null;
}

/**
 * The article in numbers, beside the map (below it on a phone, open): five figures each with its date, a time
 * line, one source line and numbered notes for the computed figures (notes.ts).
 */
export function renderFiguresPanel(host: HTMLElement, lang: Lang, options: FiguresPanelOptions = {}): void {
  // While the map shows the reader's own file, the article's figures fold away once and say whose they are.
  const readerData = options.readerData ?? null;
  const newReaderData = readerData !== null && host.dataset['readerData'] !== readerData;
  if (readerData === null) delete host.dataset['readerData'];
  else host.dataset['readerData'] = readerData;
  const wasOpen = newReaderData ? false : host.querySelector('details')?.open;
  const figures = articleFigures(lang);
  const cards = el('ul', { class: 'figure-cards' }, ...figures.map(cardItem));
  const chart = timeline(timelineLayout(lang), lang, options.alwaysOpen ?? false);
  const details = el(
    'details',
    { class: 'figures-details' },
    el(
      'summary',
      {},
      el('h2', { id: 'figures-title', class: 'figures-title' }, t(lang, 'figures.title')),
      readerData === null
        ? null
        : el('small', { class: 'figures-not-yours' }, t(lang, 'byod.credit.notReaderData', { file: readerData })),
    ),
    // A kiosk's column is short and its captions point at the time line: there it comes first.
    ...(options.alwaysOpen ? [chart, cards] : [cards, chart]),
    notesFooter(figureNotes(lang)),
  );
  // Open on every screen: on a phone the figures are one scroll below the map, not one tap away. Inside another
  // page's frame the app asks for it folded, to one line that opens on a tap.
  details.open = (options.alwaysOpen ?? false) || (wasOpen ?? !(options.startFolded ?? false));
  host.setAttribute('aria-labelledby', 'figures-title');
  host.lang = lang === 'zh' ? 'zh-CN' : 'en';
  host.replaceChildren(details);
  const headline = figures.find((card) => card.id === 'stations');
  if (options.headline && headline) renderHeadline(options.headline, headline, lang);
}

/** The headline figure in one line, for the top of a phone's first screen: "220,000 5G base stations in Zhejiang, reported 2 Dec 2023". */
function renderHeadline(host: HTMLElement, card: FigureCard, lang: Lang): void {
  host.lang = lang === 'zh' ? 'zh-CN' : 'en';
  host.replaceChildren(
    el('strong', { class: 'headline-number' }, card.value),
    ` ${card.label} `,
    el('span', { class: 'headline-date' }, card.date),
  );
}

function cardItem(card: FigureCard): HTMLElement {
  return el(
    'li',
    { class: 'figure-card', 'data-figure': card.id },
    el('strong', { class: 'figure-number' }, card.value),
    el('span', { class: 'figure-what' }, card.label),
    card.compare ? el('span', { class: 'figure-compare' }, card.compare) : null,
    el('small', { class: 'figure-date' }, card.date),
  );
}

/** One source line, then the notes; each note names the card it explains, so a kiosk step shows them together. */
function notesFooter(notes: FigureNotes): HTMLElement {
  return el(
    'footer',
    { class: 'figures-notes' },
    el('p', { class: 'figures-source' }, notes.source),
    el(
      'ol',
      { class: 'note-list' },
      ...notes.notes.map((note) => el('li', { 'data-figure': note.figure }, `${note.marker} ${note.text}`)),
    ),
  );
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: (Node | string)[]
) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

/** The time line as SVG: a row per place, hollow points with an arrow for lower bounds, each point titled. */
/** `listOpen`: the kiosk, where each point's date and source is shown in words, not one tap away. */
function timeline(layout: TimelineLayout, lang: Lang, listOpen: boolean): HTMLElement {
  const text = (label: TimelineText, attrs: Record<string, string | number> = {}) =>
    svg('text', { x: label.x, y: label.y, 'text-anchor': label.anchor, ...attrs }, label.text);
  const rows = layout.rows.map((row) =>
    svg(
      'g',
      { class: `timeline-row timeline-${row.scope}` },
      text(row.title, { class: 'timeline-row-title' }),
      svg('line', { x1: 0, x2: layout.width, y1: row.bottom, y2: row.bottom, class: 'timeline-baseline' }),
      svg('polyline', { points: row.points.map((p) => `${p.x},${p.y}`).join(' '), class: 'timeline-line' }),
      ...row.points.map((p) =>
        svg(
          'g',
          { class: p.lowerBound ? 'timeline-point lower-bound' : 'timeline-point', 'data-figure': p.id },
          svg('title', {}, p.description),
          ...(p.arrow ? [svg('path', { d: `M${p.arrow.join('L')}Z`, class: 'timeline-arrow' })] : []),
          svg('circle', { cx: p.x, cy: p.y, r: layout.pointRadius }),
          text(p.label, { class: 'timeline-value' }),
        ),
      ),
    ),
  );
  const axis = svg('g', { class: 'timeline-axis' }, ...layout.ticks.map((tick) => text(tick)));
  const picture = svg(
    'svg',
    { viewBox: `0 0 ${layout.width} ${layout.height}`, class: 'timeline-svg', 'aria-hidden': 'true' },
    ...rows,
    axis,
  );
  // The points in words, with each one's date and publisher, for screen readers and for a tap on a phone.
  const list = el(
    'ul',
    { class: 'timeline-list' },
    ...layout.rows.flatMap((row) =>
      row.points.map((p) =>
        el(
          'li',
          { 'data-figure': p.id },
          el('span', { class: 'timeline-point-full' }, p.description),
          el('span', { class: 'timeline-point-brief' }, p.brief),
        ),
      ),
    ),
  );
  return el(
    'figure',
    { class: 'timeline' },
    el('figcaption', {}, t(lang, 'timeline.title')),
    picture,
    el(
      'details',
      { class: 'timeline-details', ...(listOpen ? { open: '' } : {}) },
      el('summary', {}, t(lang, 'timeline.sources')),
      list,
    ),
  );
}
