import { BUILT_IN_DATA, type CreditedData, creditedData } from '../data/data-credits';
import { metricTitle } from '../data/describe';
import { METRICS } from '../data/metrics';
import type { Lang } from '../i18n';
import type { MapSurface } from '../map/surface';
import { type Boundaries, type Choropleth, computeChoropleth } from '../scale/choropleth';
import { attributionText } from '../shared/credits';
import type { Store } from '../state/store';
import type { AppState } from '../state/url-state';
import { LegendControl } from './legend';
import { renderShellText } from './shell';

export interface ShownDataPage {
  store: Store;
  boundaries: Boundaries;
  /** The map on the page, once it has started (MapLibre's or the vector map). */
  map: () => MapSurface | undefined;
  /** The controls and region lists drawn again (a new column of the reader's, a new set of areas). */
  renderPanels: () => void;
  /** New areas were loaded: the region list is built afresh. */
  forgetRegionList: () => void;
  /** The reader's file the map now shows (null: the article's data), for the figures panel, in a language. */
  readerDataChanged: (file: string | null, lang: Lang) => void;
}

/**
 * What the map shows and whose data it is, for whichever map the page has: a built-in metric, or one of the
 * reader's choropleths (one per column of figures in their table) while `userData` is set; the legend that reads
 * the same scale; and the credits, which follow the data drawn (the reader's files replace what they replace).
 */
export class ShownData {
  readonly legend = new LegendControl();
  private userChoropleths: Choropleth[] = [];
  private userShown = 0;
  private shownCredits: CreditedData = BUILT_IN_DATA;

  constructor(private readonly page: ShownDataPage) {}

  // Properties, not methods: the page hands them on as they are.
  readonly credits = (): CreditedData => this.shownCredits;

  /** The choropleth a state asks for: the reader's shown column while `userData` is set, else the built-in metric. */
  readonly choroplethFor = (state: AppState): Choropleth => {
    const user = this.userChoropleths[this.userShown];
    return state.userData && user ? user : computeChoropleth(METRICS[state.metric], this.page.boundaries);
  };

  /** Map and legend always change together: they read the same scale; the credits name whose data it is. */
  readonly show = (shown: Choropleth, lang: Lang): void => {
    const map = this.page.map();
    map?.showChoropleth(shown);
    this.legend.render(shown, lang);
    const credited = creditedData(shown);
    if (credited === this.shownCredits) return;
    this.shownCredits = credited;
    map?.setAttribution(attributionText(lang, credited));
    renderShellText(this.page.store.state, credited);
    this.page.readerDataChanged(
      [credited.figures?.file, credited.boundaries?.file].find((f) => f !== undefined) ?? null,
      lang,
    );
  };

  /** The reader's file is loaded: its first column is shown, the others offered in the metric list. */
  readonly showUserData = (shown: Choropleth, alternatives: readonly Choropleth[] = []): void => {
    this.userChoropleths = [shown, ...alternatives];
    this.page.forgetRegionList();
    this.showUserColumn(0);
  };

  /** The metric list's pick among the reader's columns. */
  showUserColumn(index: number): void {
    this.userShown = Math.min(index, this.userChoropleths.length - 1);
    const { store } = this.page;
    if (!store.state.userData) {
      store.update({ userData: true });
      return;
    }
    const user = this.userChoropleths[this.userShown];
    if (user) this.show(user, store.state.lang);
    this.page.renderPanels();
  }

  /** What the metric list offers of the reader's data: its columns' titles, and which one is shown. */
  userColumns(lang: Lang): { titles: string[]; shown: number } {
    return { titles: this.userChoropleths.map((c) => metricTitle(c.metric, lang)), shown: this.userShown };
  }
}
