import type { RegionValue } from '../data/derived';
import { figure, type Figure } from '../data/figures';
import { formatDate, formatNumber, numberFormat } from '../data/format';
import { regionalStationsPer10k, METRICS } from '../data/metrics';
import { SOURCES, type Source } from '../data/sources';
import { t, type Lang } from '../i18n';
import { TIMELINE_SERIES } from './timeline-geometry';

/**
 * Provenance said once, as data any painter can draw (the page, the kiosk, an export): one source line and
 * numbered notes for the figures that are computed. A figure keeps its own date beside it; its source is the
 * source line (the article's figures) or its note (a computed one, naming each input with its date and source).
 */
/** The article panel's cards, by what they count. */
export type CardId = 'stations' | 'per10k' | 'factories' | 'platforms' | 'china';

export interface NoteBlock {
  /** The mark the figure carries and the note starts with: "¹". */
  marker: string;
  /** "33.4 = 220,000 5G base stations (reported 2 Dec 2023) ÷ 65.77 million residents (end of Dec 2022, …)". */
  text: string;
  /** The card the note explains: a kiosk step that hides the card hides its note too. */
  figure: CardId;
}

export interface FigureNotes {
  /** "Source: Xinhua, 2 Dec 2023. Time line: MIIT, CAICT, Zhejiang Communications Administration, Xinhua." */
  source: string;
  notes: NoteBlock[];
}

// Superscripts are plain characters: every painter (DOM, canvas, SVG, PDF) draws them as text, no markup.
const MARKERS = ['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'] as const;
const NO_AREAS = () => undefined;
const ARTICLE = 'xinhua-2023-12-02';

/** The per-10,000 comparison the map is built on: Zhejiang's own figure, China's and the East's averages. */
export function per10kComparison(): { zhejiang: RegionValue; china: RegionValue; east: RegionValue } {
  const metric = METRICS['stations-per-10k-regions'];
  return {
    zhejiang: metric.values(NO_AREAS).find((v) => v.code === '330000')!,
    china: metric.reference!(NO_AREAS),
    east: regionalStationsPer10k('east'),
  };
}

/** The marker of the n-th note (0-based). */
export function noteMarker(index: number): string {
  const marker = MARKERS[index];
  if (!marker) throw new Error(`noteMarker: ${index + 1} notes, at most ${MARKERS.length} have a marker`);
  return marker;
}

/** The publisher's short name where it has one (MIIT), else its name up to any aside ("Xinhua"). */
export function publisherName(source: Source, lang: Lang): string {
  if (source.short) return source.short[lang];
  return (lang === 'zh' ? source.publisher_zh : source.publisher).split(/[;(；（]/u)[0]!.trim();
}

/**
 * A large count to the precision its source gives (1.483 million stations, 65.77 million residents), as
 * people write it: "1.483 million" / "148.3万". The compact format elsewhere rounds to two decimals.
 */
function count(value: number, lang: Lang): string {
  if (lang === 'zh' && value >= 1e4)
    return `${numberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: false }).format(value / 1e4)}万`;
  if (lang === 'en' && value >= 1e6)
    return `${numberFormat('en-GB', { maximumFractionDigits: 3 }).format(value / 1e6)} million`;
  return numberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB').format(value);
}

/**
 * One input of a computed figure with its date: "65.77 million residents (end of Dec 2022, Zhejiang Provincial
 * Bureau of Statistics)". The article's own figures leave out the publisher: the source line names it once.
 */
function input(f: Figure, lang: Lang, named: Map<string, string>, marker: string): string {
  const words = {
    number: count(f.value, lang),
    noun: t(lang, `noun.${f.unit}`),
    date: formatDate(f.asOf, lang),
  };
  if (f.source === ARTICLE) return t(lang, 'notes.inputArticle', words);
  // Each publisher is named in the first note that uses it; a later note points to that one (issue 22: an export
  // names each source at most twice, and the source line is one of the two).
  const publisher = publisherName(SOURCES[f.source], lang);
  const first = named.get(publisher);
  if (first !== undefined && first !== marker) return t(lang, 'notes.inputSeeNote', { ...words, note: first });
  named.set(publisher, marker);
  return t(lang, 'notes.input', { ...words, publisher });
}

/** "33.4 = 220,000 … ÷ 65.77 million …": a per-10,000 value and its two inputs, each with date and source. */
function derivation(label: string, v: RegionValue, lang: Lang, named: Map<string, string>, marker: string): string {
  const [stations, people] = v.inputs;
  if (!stations || !people)
    throw new Error(`derivation: ${v.code} needs stations and residents, has ${v.inputs.length}`);
  return t(lang, 'notes.per10k', {
    label,
    stations: input(stations, lang, named, marker),
    residents: input(people, lang, named, marker),
  });
}

/** The notes and the source line of the article's figures, in the order the markers are numbered. */
/** The time line's publishers other than the article's, each once, in the order of their points. */
export function timelinePublishers(lang: Lang, namedIn = ''): string[] {
  // A publisher the text around it already names (by short or full name) is not named again.
  const named = (source: Source) =>
    namedIn !== '' &&
    [publisherName(source, lang), lang === 'zh' ? source.publisher_zh : source.publisher].some((name) =>
      namedIn.includes(name.split(/[;(；（]/u)[0]!.trim()),
    );
  return [
    ...new Set(
      TIMELINE_SERIES.flatMap((s) => s.points)
        .map((id) => figure(id).source)
        .filter((id) => id !== ARTICLE && !named(SOURCES[id]))
        .map((id) => publisherName(SOURCES[id], lang)),
    ),
  ];
}

export function figureNotes(lang: Lang): FigureNotes {
  const { zhejiang, china, east } = per10kComparison();
  const computed = [
    { label: formatNumber(zhejiang.value, zhejiang.unit, lang), value: zhejiang },
    { label: t(lang, 'figures.computedChina', { value: formatNumber(china.value, china.unit, lang) }), value: china },
    { label: t(lang, 'figures.computedEast', { value: formatNumber(east.value, east.unit, lang) }), value: east },
  ];
  const named = new Map<string, string>();
  const notes = computed.map(({ label, value }, i) => ({
    marker: noteMarker(i),
    text: derivation(label, value, lang, named, noteMarker(i)),
    figure: 'per10k' as const,
  }));
  const article = SOURCES[ARTICLE];
  const source = t(lang, 'notes.source', {
    article: `${publisherName(article, lang)}${lang === 'zh' ? '，' : ', '}${formatDate(article.published, lang)}`,
    timeline: timelinePublishers(lang).join(lang === 'zh' ? '、' : ', '),
  });
  return { source, notes };
}
