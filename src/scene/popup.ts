import { describeFigure, describeValue, figureDate, shortCitation } from '../data/describe';
import type { RegionValue } from '../data/derived';
import { figure, type FigureId } from '../data/figures';
import type { RegionInfo } from '../data/regions';
import type { UserValue } from '../data/user-data';
import { t, type Lang } from '../i18n';
import type { PopupId } from '../state/url-state';
import { bilingualName, CITY_RESIDENTS, HEADLINE_FIGURES, regionName } from './story';

/** One figure as a popup says it: what it counts, the number with its unit, its date and publisher. */
export interface PopupFigure {
  id: FigureId;
  label: string;
  value: string;
  meta: string;
}

/** A story popup's words: the live popup (HTML), the kiosk's panel and an export's card all draw these. */
export interface StoryPopupModel {
  kind: 'story';
  id: PopupId;
  heading: string;
  lead: string;
  figuresTitle: string;
  /** The report's figures. */
  figures: PopupFigure[];
  context: string;
  /** The city's own figure: its residents. */
  cityFigure: PopupFigure;
}

/** Any other region's popup: its value under the shown metric, or "no data", and how it was obtained. */
export interface RegionPopupModel {
  kind: 'region';
  code: string;
  heading: string;
  /** The province whose value a city shows under a province metric. */
  within: string | null;
  metric: string;
  value: string;
  noData: boolean;
  detail: string[];
}

export function popupFigure(label: string, id: FigureId, lang: Lang): PopupFigure {
  const f = figure(id);
  return { id, label, value: describeFigure(f, lang), meta: `${figureDate(f, lang)} · ${shortCitation(f, lang)}` };
}

/** The report's figures, as a story popup and the kiosk's panel between stories list them. */
export function headlineFigures(lang: Lang): PopupFigure[] {
  return HEADLINE_FIGURES.map(([key, id]) => popupFigure(t(lang, key), id, lang));
}

export function storyPopupModel(id: PopupId, city: RegionInfo, lang: Lang): StoryPopupModel {
  return {
    kind: 'story',
    id,
    heading: t(lang, `popup.${id}.heading`),
    lead: t(lang, `popup.${id}.lead`),
    figuresTitle: t(lang, 'popup.figures'),
    figures: headlineFigures(lang),
    context: t(lang, 'popup.context'),
    cityFigure: popupFigure(
      t(lang, 'popup.fig.cityResidents', { city: regionName(city, lang) }),
      CITY_RESIDENTS[id],
      lang,
    ),
  };
}

export function regionPopupModel(
  region: RegionInfo,
  metricLabel: string,
  value: RegionValue | UserValue | undefined,
  lang: Lang,
  within?: RegionInfo,
): RegionPopupModel {
  const description = describeValue(value, lang);
  return {
    kind: 'region',
    code: region.code,
    heading: bilingualName(region, lang),
    within: within ? bilingualName(within, lang) : null,
    metric: metricLabel,
    value: description.value,
    noData: !value,
    detail: description.detail,
  };
}
