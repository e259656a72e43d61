import { describe, expect, it } from 'vitest';
import { figureDate, shortCitation } from '../../../src/data/describe';
import { figure } from '../../../src/data/figures';

describe('shortCitation: the date said once', () => {
  it('names the publisher alone when the figure is dated by its publication', () => {
    const f = figure('zjStations');
    expect(`${figureDate(f, 'en')} · ${shortCitation(f, 'en')}`).toBe('reported 2 Dec 2023 · Xinhua');
    expect(shortCitation(f, 'zh')).not.toMatch(/2023/u);
  });

  it('keeps the publication date when it differs from the figure’s date', () => {
    const f = figure('hangzhouResidents');
    expect(`${figureDate(f, 'en')} · ${shortCitation(f, 'en')}`).toBe(
      'as of 1 Nov 2020 · Zhejiang Provincial Bureau of Statistics, May 2021',
    );
  });
});
