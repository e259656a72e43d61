import { t, type AnyStringKey, type Lang } from '../i18n';
import './strings';
import type { Choropleth } from '../scale/choropleth';
import { el } from '../shared/dom';
import type { Issue, IssueParams, Note, Warning } from './issues';
import type { UserJoin } from './join-user';
import { regionLabel } from './join-user';
import { MAX_LISTED_PROBLEMS, MAX_LISTED_REGIONS } from './limits';

/** One problem as a sentence: where (file, row or feature) and what is wrong. */
export function issueText(problem: Issue, lang: Lang): string {
  return `${placeText(problem, lang)}: ${t(lang, `byod.issue.${problem.code}` as AnyStringKey, withLevelNames(problem.params, lang))}`;
}

export function placeText(problem: Pick<Issue, 'file' | 'place'>, lang: Lang): string {
  const { file, place } = problem;
  switch (place.kind) {
    case 'file':
      return t(lang, 'byod.where.file', { file });
    case 'row':
      return t(lang, 'byod.where.row', { file, row: place.row });
    case 'item':
      return t(lang, 'byod.where.item', { file, row: place.row });
    case 'feature':
      return place.key !== undefined && place.value !== undefined
        ? t(lang, 'byod.where.featureKey', { file, feature: place.feature, key: place.key, value: place.value })
        : t(lang, 'byod.where.feature', { file, feature: place.feature });
  }
}

/** A feature drawn after a repair: where, what was wrong and what was done. */
export function warningText(warning: Warning, lang: Lang): string {
  return `${placeText(warning, lang)}: ${t(lang, `byod.warning.${warning.code}` as AnyStringKey, warning.params)}`;
}

export function noteText(note: Note, lang: Lang): string {
  return t(lang, `byod.note.${note.code}` as AnyStringKey, withLevelNames(note.params, lang));
}

/** Level ids in parameters ("province") read as words ("China's provinces"). */
function withLevelNames(params: IssueParams, lang: Lang): IssueParams {
  const named: IssueParams = { ...params };
  for (const [param, name] of [
    ['level', 'levelName'],
    ['chosen', 'chosenLevelName'],
  ] as const) {
    const level = params[param];
    if (level === 'province' || level === 'city' || level === 'custom') named[name] = t(lang, `byod.level.${level}`);
  }
  if (params['level'] !== undefined) named['otherLevelName'] = named['levelName'] ?? '';
  return named;
}

/** The status after the reader's Cancel: nothing was drawn from the file. */
export function cancelledReport(file: string): (lang: Lang) => HTMLElement {
  return (lang) =>
    el('div', { role: 'status', class: 'byod-cancelled' }, el('p', {}, t(lang, 'byod.cancelled', { file })));
}

/** The alert for a refused file: what could not be shown, every problem (the first few), and how it was read. */
export function refusedReport(issues: readonly Issue[], notes: readonly Note[]): (lang: Lang) => HTMLElement {
  return (lang) => {
    const file = issues[0]?.file ?? '';
    const listed = issues.slice(0, MAX_LISTED_PROBLEMS);
    const more = issues.length - listed.length;
    return el(
      'div',
      { role: 'alert', class: 'byod-refused' },
      el('p', { class: 'byod-title' }, t(lang, 'byod.refused', { file })),
      el(
        'ul',
        { class: 'byod-problems' },
        ...listed.map((problem) => el('li', { 'data-issue': problem.code }, issueText(problem, lang))),
      ),
      more > 0 ? el('p', {}, t(lang, 'byod.andMore', { count: more })) : null,
      notes.length
        ? el(
            'ul',
            { class: 'byod-notes' },
            ...notes.map((note) => el('li', { 'data-note': note.code }, noteText(note, lang))),
          )
        : null,
    );
  };
}

export interface ShownReportInput {
  file: string;
  choropleth: Choropleth;
  join: UserJoin | null;
  notes: readonly Note[];
  /** Features that were mended before drawing; each is listed (the first few) with what was done. */
  warnings?: readonly Warning[];
  features?: number;
  /** Columns that name different regions: the reader picks the one the figures belong to. */
  regionPicker?: Picker | undefined;
  /** A workbook's sheets that hold tables: the reader picks the one to show. */
  sheetPicker?: Picker | undefined;
}

interface Picker {
  choices: readonly string[];
  chosen: string;
  pick: (choice: string) => void;
}

/** The status for a file now on the map: what matched where, how it was read, which regions have no value. */
export function shownReport(input: ShownReportInput): (lang: Lang) => HTMLElement {
  return (lang) => {
    const { file, join } = input;
    const count = (n: number) => new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB').format(n);
    const title = join
      ? t(lang, 'byod.loadedMetrics', {
          file,
          matched: count(join.report.matched.length),
          level: t(lang, `byod.level.${join.level}`),
        })
      : t(lang, 'byod.loadedBoundaries', { file, features: count(input.features ?? 0) });
    const missing = join?.report.regionsWithoutValue ?? [];
    const names = missing.slice(0, MAX_LISTED_REGIONS).map((r) => regionLabel(r));
    const shownNotes = input.notes.filter((n) => n.code !== 'regionsWithoutValue');
    const warnings = input.warnings ?? [];
    const listedWarnings = warnings.slice(0, MAX_LISTED_PROBLEMS);
    return el(
      'div',
      { role: 'status', class: 'byod-shown' },
      el('p', { class: 'byod-title' }, title),
      warnings.length
        ? el(
            'div',
            { class: 'byod-warnings' },
            el('p', {}, t(lang, 'byod.warnings', { count: count(warnings.length) })),
            el('ul', {}, ...listedWarnings.map((w) => el('li', { 'data-warning': w.code }, warningText(w, lang)))),
            warnings.length > listedWarnings.length
              ? el('p', {}, t(lang, 'byod.andMore', { count: warnings.length - listedWarnings.length }))
              : null,
          )
        : null,
      shownNotes.length
        ? el(
            'ul',
            { class: 'byod-notes' },
            ...shownNotes.map((note) => el('li', { 'data-note': note.code }, noteText(note, lang))),
          )
        : null,
      input.sheetPicker ? pickerView(input.sheetPicker, 'sheet', t(lang, 'byod.sheetPicker')) : null,
      input.regionPicker ? pickerView(input.regionPicker, 'region', t(lang, 'byod.regionPicker')) : null,
      missing.length
        ? el(
            'p',
            { class: 'byod-no-value', 'data-note': 'regionsWithoutValue' },
            t(lang, 'byod.noValue', {
              count: missing.length,
              total: missing.length + (join?.report.matched.length ?? 0),
              names: names.join(', '),
            }),
            missing.length > names.length
              ? ` ${t(lang, 'byod.andMore', { count: missing.length - names.length })}`
              : '',
          )
        : null,
    );
  };
}

/** A small question in the report: which sheet, or which column names the regions; one button per answer. */
function pickerView(picker: Picker, kind: 'sheet' | 'region', question: string): HTMLElement {
  const data = kind === 'sheet' ? 'data-sheet' : 'data-region-column';
  const buttons = picker.choices.map((choice) => {
    const button = el(
      'button',
      { type: 'button', 'aria-pressed': String(choice === picker.chosen), [data]: choice },
      choice,
    );
    button.addEventListener('click', () => {
      if (choice !== picker.chosen) picker.pick(choice);
    });
    return button;
  });
  // The sheet picker wears the column picker's class too: one look for both questions.
  const classes = kind === 'sheet' ? 'byod-region-picker byod-sheet-picker' : 'byod-region-picker';
  return el('fieldset', { class: classes }, el('legend', {}, question), ...buttons);
}
