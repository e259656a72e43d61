import { describeValue, metricTitle } from '../data/describe';
import { compareCodes, type RegionInfo } from '../data/regions';
import { t, type Lang } from '../i18n';
import type { Choropleth } from '../scale/choropleth';
import { el } from '../shared/dom';

export interface TableRow {
  code: string;
  name: string;
  otherName: string;
  value: string;
  detail: string;
  hasValue: boolean;
}

/** The choropleth as rows: the same values the map shades, regions without a figure as "no data". */
export function tableRows(choropleth: Choropleth, regions: readonly RegionInfo[], lang: Lang): TableRow[] {
  return [...regions]
    .sort((a, b) => compareCodes(a.code, b.code))
    .map((region) => {
      const value = choropleth.values.get(region.code);
      const description = describeValue(value, lang);
      return {
        code: region.code,
        name: lang === 'zh' ? region.name_zh : region.name_en,
        otherName: lang === 'zh' ? region.name_en : region.name_zh,
        value: description.value,
        detail: description.detail.join('; '),
        hasValue: value !== undefined,
      };
    });
}

/** A sentence saying what the map shows, for screen readers and for the table's caption. */
export function mapSummary(choropleth: Choropleth, regions: readonly RegionInfo[], lang: Lang): string {
  const withData = regions.filter((r) => choropleth.values.has(r.code)).length;
  const metric = metricTitle(choropleth.metric, lang);
  if (choropleth.level === 'custom') return t(lang, 'app.summary.custom', { metric, withData, count: regions.length });
  const key = choropleth.level === 'city' ? 'app.summary.city' : 'app.summary.province';
  return t(lang, key, { metric, withData });
}

/**
 * The table inside a folded <details>: its rows are built when it is opened (or already open), so a
 * metric switch with the table folded costs nothing here.
 */
export function renderDataTable(
  host: HTMLElement,
  choropleth: Choropleth,
  regions: readonly RegionInfo[],
  lang: Lang,
): void {
  const wasOpen = host.querySelector('details')?.open ?? false;
  const details = el('details', { class: 'data-details' }, el('summary', {}, t(lang, 'table.show')));
  const fill = () => {
    if (!details.querySelector('table')) details.append(dataTable(choropleth, regions, lang));
  };
  details.addEventListener('toggle', () => details.open && fill());
  details.open = wasOpen;
  if (wasOpen) fill();
  host.replaceChildren(details);
}

function dataTable(choropleth: Choropleth, regions: readonly RegionInfo[], lang: Lang): HTMLTableElement {
  const rows = tableRows(choropleth, regions, lang);
  const otherLang = lang === 'zh' ? 'en' : 'zh-CN';
  return el(
    'table',
    { class: 'data-table' },
    el('caption', {}, mapSummary(choropleth, regions, lang)),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ...(['table.region', 'table.value', 'table.source'] as const).map((key) =>
          el('th', { scope: 'col' }, t(lang, key)),
        ),
      ),
    ),
    el(
      'tbody',
      {},
      ...rows.map((row) =>
        el(
          'tr',
          { 'data-region': row.code },
          el(
            'th',
            { scope: 'row' },
            row.name,
            ' ',
            el('span', { lang: otherLang, class: 'other-name' }, row.otherName),
          ),
          el('td', { class: row.hasValue ? '' : 'no-data' }, row.value),
          el('td', { class: 'detail' }, row.detail),
        ),
      ),
    ),
  );
}
