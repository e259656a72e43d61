import { figureDate } from '../data/describe';
import { figure, type Figure, type FigureId } from '../data/figures';
import { formatNumber } from '../data/format';
import type { RegionValue } from '../data/derived';
import { SOURCES } from '../data/sources';
import { t, type Lang, type StringKey } from '../i18n';
import { noteMarker, per10kComparison, type CardId } from './notes';

/** One figure with the date it describes beside the publisher that gave it. */
export interface Citation {
  date: string;
  publisher: string;
}

/** One number of the article's panel: the big number, what it counts, and where each part comes from. */
export interface FigureCard {
  id: CardId;
  value: string;
  label: string;
  /** A comparison line under the label (China's and the East's averages for the per-10,000 figure). */
  compare?: string;
  /** The date the figure describes ("reported 2 Dec 2023"): it stays beside the figure; the source is said once (notes.ts). */
  date: string;
  citations: Citation[];
}

/** The five numbers of the Xinhua report of 2 December 2023, with the comparison the map is built on. */
export function articleFigures(lang: Lang): FigureCard[] {
  const { zhejiang, china, east } = per10kComparison();
  const reported = figure('zjStationsPer10kReported');
  const card = (id: FigureCard['id'], figureId: FigureId, label: StringKey): FigureCard => ({
    id,
    value: bigNumber(figure(figureId), lang),
    label: t(lang, label),
    date: figureDate(figure(figureId), lang),
    citations: [citation(figure(figureId), lang)],
  });
  // The computed values carry the markers of their notes (notes.ts numbers them in this order).
  const [zjMark, cnMark, eastMark] = [0, 1, 2].map(noteMarker);
  return [
    card('stations', 'zjStations', 'figures.stations'),
    {
      id: 'per10k',
      value: t(lang, 'value.moreThan', { value: formatNumber(reported.value, reported.unit, lang) }),
      label: t(lang, 'figures.per10k', { computed: `${oneDecimal(zhejiang, lang)}${zjMark}` }),
      compare: t(lang, 'figures.per10kCompare', {
        china: `${oneDecimal(china, lang)}${cnMark}`,
        east: `${oneDecimal(east, lang)}${eastMark}`,
      }),
      date: figureDate(reported, lang),
      citations: [
        citation(reported, lang),
        derivedCitation(t(lang, 'figures.computedZhejiang', { value: oneDecimal(zhejiang, lang) }), zhejiang, lang),
        derivedCitation(t(lang, 'figures.computedChina', { value: oneDecimal(china, lang) }), china, lang),
        derivedCitation(t(lang, 'figures.computedEast', { value: oneDecimal(east, lang) }), east, lang),
      ],
    },
    card('factories', 'zjFactories', 'figures.factories'),
    card('platforms', 'zjPlatforms', 'figures.platforms'),
    card('china', 'cnStations', 'figures.china'),
  ];
}

/** A derived per-10,000 value to one decimal, as the legend shows it. */
export function oneDecimal(v: RegionValue, lang: Lang): string {
  return formatNumber(v.value, v.unit, lang);
}

/** The number alone, in the reader's way of writing it: 220,000 / 22万, 2.84 million / 284万. */
function bigNumber(f: Figure, lang: Lang): string {
  return formatNumber(f.value, f.unit, lang, f.qualifier);
}

/** "reported 2 Dec 2023 · Xinhua". */
export function citation(f: Figure, lang: Lang): Citation {
  const source = SOURCES[f.source];
  const publisher = (lang === 'zh' ? source.publisher_zh : source.publisher).split(/[;(；（]/u)[0]!.trim();
  return { date: figureDate(f, lang), publisher };
}

/**
 * A computed value's inputs, each with its own date and publisher: "33.4 computed: stations reported
 * 2 Dec 2023 · Xinhua ÷ residents as of end of Dec 2022 · Zhejiang Provincial Bureau of Statistics".
 */
function derivedCitation(what: string, v: RegionValue, lang: Lang): Citation {
  const parts = v.inputs.map((f) => {
    const { date, publisher } = citation(f, lang);
    return `${t(lang, `noun.${f.unit}`)} ${date} · ${publisher}`;
  });
  return { date: what, publisher: parts.join(' ÷ ') };
}
