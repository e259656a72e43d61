import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTour, stepDurationMs, type TourStep } from '../../../src/kiosk/tour';

const step = (overrides: Record<string, unknown> = {}) => ({
  view: 'zhejiang',
  popup: null,
  duration: 10,
  caption: { en: 'Zhejiang', zh: '浙江' },
  ...overrides,
});

function errorOf(value: unknown, file = 'tours/x.json'): string {
  const result = parseTour(typeof value === 'string' ? value : JSON.stringify(value), file);
  if (result.ok) throw new Error('expected a problem');
  return result.error;
}

describe('parseTour', () => {
  it('reads a list of steps and fills in the defaults', () => {
    const result = parseTour(
      JSON.stringify([step(), step({ view: 'hangzhou', popup: 'hangzhou', metric: 'residents' })]),
      'tours/a.json',
    );
    expect(result).toEqual({
      ok: true,
      tour: {
        file: 'tours/a.json',
        steps: [
          {
            view: 'zhejiang',
            // The default metric: the regional comparison.
            metric: 'stations-per-10k-regions',
            popup: null,
            figures: ['per10k'],
            caption: { en: 'Zhejiang', zh: '浙江' },
            durationSeconds: 10,
          },
          {
            view: 'hangzhou',
            metric: 'residents',
            popup: 'hangzhou',
            figures: [],
            caption: { en: 'Zhejiang', zh: '浙江' },
            durationSeconds: 10,
          },
        ],
      },
    });
  });

  it('also reads an object with a "steps" list', () => {
    const result = parseTour(JSON.stringify({ steps: [step()] }), 't.json');
    expect(result.ok && result.tour.steps).toHaveLength(1);
  });

  it('names the file when the JSON does not parse', () => {
    expect(errorOf('{"steps": [', 'tours/broken.json')).toMatch(/^tours\/broken\.json: is not valid JSON \(/u);
  });

  it('names the file when there is no list of steps', () => {
    expect(errorOf({ stops: [] })).toBe(
      'tours/x.json: must be a list of steps, or an object with a "steps" list (found {"stops":[]})',
    );
    expect(errorOf([])).toBe('tours/x.json: has no steps (expected 1 to 200)');
    expect(errorOf(Array.from({ length: 201 }, () => step()))).toBe(
      'tours/x.json: has 201 steps (expected at most 200)',
    );
  });

  it('names the step (from 1) and the field, what was expected and what was found', () => {
    expect(errorOf([step(), step({ view: 'mars' })])).toBe(
      'tours/x.json: step 2: "view" must be one of china, zhejiang, hangzhou, shaoxing (found "mars")',
    );
    expect(errorOf([step({ popup: 'ningbo' })])).toBe(
      'tours/x.json: step 1: "popup" must be one of hangzhou, shaoxing (found "ningbo")',
    );
    expect(errorOf([step({ metric: 'speed' })])).toMatch(
      /^tours\/x\.json: step 1: "metric" must be one of stations-per-10k-regions, stations-per-10k, .* \(found "speed"\)$/u,
    );
    expect(errorOf([step({ duration: '10' })])).toBe(
      'tours/x.json: step 1: "duration" must be a number of seconds from 1 to 3600 (found "10")',
    );
    expect(errorOf([step({ duration: 0 })])).toBe(
      'tours/x.json: step 1: "duration" must be a number of seconds from 1 to 3600 (found 0)',
    );
    expect(errorOf([step(), step(), 'china'])).toBe('tours/x.json: step 3: a step must be an object (found "china")');
    expect(errorOf([step({ captoin: {} })])).toBe(
      'tours/x.json: step 1: unknown field "captoin" (expected view, metric, popup, caption, duration)',
    );
  });

  it('needs a caption in every language', () => {
    expect(errorOf([step({ caption: 'Zhejiang' })])).toBe(
      'tours/x.json: step 1: "caption" must be an object with a text for each language (en, zh) (found "Zhejiang")',
    );
    expect(errorOf([step({ caption: { en: 'Zhejiang' } })])).toBe(
      'tours/x.json: step 1: "caption.zh" must be a non-empty text (found nothing)',
    );
    expect(errorOf([step({ caption: { en: ' ', zh: '浙江' } })])).toBe(
      'tours/x.json: step 1: "caption.en" must be a non-empty text (found " ")',
    );
    expect(errorOf([step({ caption: { en: 'a', zh: 'b', fr: 'c' } })])).toBe(
      'tours/x.json: step 1: "caption" has an unknown language "fr" (expected en, zh)',
    );
  });
});

describe('stepDurationMs', () => {
  const s: TourStep = {
    view: 'china',
    metric: 'stations-per-10k',
    popup: null,
    caption: { en: 'a', zh: 'b' },
    figures: [],
    durationSeconds: 12,
  };
  it("uses the step's duration unless ?tour-interval overrides it", () => {
    expect(stepDurationMs(s, null)).toBe(12_000);
    expect(stepDurationMs(s, 0.05)).toBe(50);
  });
});

describe('the default tour (public/tours/default.json)', () => {
  const text = readFileSync(join(process.cwd(), 'public', 'tours', 'default.json'), 'utf8');
  const result = parseTour(text, 'tours/default.json');
  if (!result.ok) throw new Error(result.error);
  const steps = result.tour.steps;

  it("follows the article: China, Zhejiang, Hangzhou's and Shaoxing's popups, then the figures", () => {
    expect(steps.map((s) => [s.view, s.popup])).toEqual([
      ['china', null],
      ['zhejiang', null],
      ['hangzhou', 'hangzhou'],
      ['shaoxing', 'shaoxing'],
      ['zhejiang', null],
      ['china', null],
    ]);
  });

  it('gives every figure a date', () => {
    for (const s of steps) {
      for (const caption of [s.caption.en, s.caption.zh]) {
        if (/\d/u.test(caption)) expect(caption, caption).toMatch(/2023|2022/u);
      }
    }
  });

  it('never calls the 653 factories "future factories" alone', () => {
    const withFactories = steps.filter((s) => s.caption.en.includes('653'));
    expect(withFactories).toHaveLength(1);
    expect(withFactories[0]!.caption.en).toContain('"future" and intelligent factories together');
    expect(withFactories[0]!.caption.zh).toContain('“未来工厂”和智能工厂合计');
  });

  it("shows beside each step the figures its caption names: the city's own card on a city's step", () => {
    expect(steps.map((s) => s.figures)).toEqual([
      ['china'],
      ['per10k'],
      [],
      [],
      ['platforms', 'factories'],
      ['timeline'],
    ]);
  });

  it('shows the regional comparison throughout', () => {
    for (const s of steps) expect(s.metric).toBe('stations-per-10k-regions');
  });

  it("takes its numbers from the computed figures: Zhejiang's 33.4 against the East's 26.2 and China's 20.1", () => {
    const zhejiang = steps[1]!;
    expect(zhejiang.caption.en).toContain('220,000 5G base stations (reported 2 Dec 2023), 33.4 per 10,000 residents');
    expect(zhejiang.caption.en).toContain(
      '33.4 per 10,000 residents; the East region averages 26.2, the Central region (Anhui, Jiangxi) 19.4.',
    );
    expect(zhejiang.caption.zh).toContain('22万个');
    expect(zhejiang.caption.zh).toContain('每万人33.4个');
    expect(zhejiang.caption.zh).toContain('东部地区平均26.2个，安徽、江西所在的中部地区平均19.4个');
    expect(steps[0]!.caption.en).toContain('2.84 million 5G base stations at the end of May 2023: 20.1 per 10,000');
    expect(steps[0]!.caption.en).toContain('(East 26.2, Northeast 21.0, West 20.8, Central 19.4)');
    expect(steps.at(-1)!.caption.en).toContain(
      'from 2.31 million at the end of 2022 to 3.38 million at the end of 2023',
    );
    // No placeholder is left unfilled.
    for (const s of steps) for (const c of [s.caption.en, s.caption.zh]) expect(c).not.toMatch(/\{\w+\}/u);
  });
});

describe('caption placeholders', () => {
  const step = (en: string) =>
    JSON.stringify([{ view: 'zhejiang', popup: null, duration: 5, caption: { en, zh: '浙江' } }]);

  it('fills a known name in each language', () => {
    const result = parseTour(step('Zhejiang: {zhejiangPer10k} per 10,000 residents'), 'tours/x.json');
    if (!result.ok) throw new Error(result.error);
    expect(result.tour.steps[0]!.caption.en).toBe('Zhejiang: 33.4 per 10,000 residents');
  });

  it('names the figures panel parts a step shows: its numbers once each, or the headline one', () => {
    const figuresOf = (en: string, popup: string | null = null) => {
      const result = parseTour(
        JSON.stringify([{ view: 'zhejiang', popup, duration: 5, caption: { en, zh: '浙江' } }]),
        'tours/x.json',
      );
      if (!result.ok) throw new Error(result.error);
      return result.tour.steps[0]!.figures;
    };
    expect(figuresOf('{factories} factories, {platforms} platforms, {factories} again')).toEqual([
      'factories',
      'platforms',
    ]);
    expect(figuresOf('From {chinaStations2022} to {chinaStations} and {zhejiangStations}')).toEqual(['timeline']);
    expect(figuresOf('No number here')).toEqual(['per10k']);
    expect(figuresOf('{zhejiangStations} stations')).toEqual(['stations']);
    expect(figuresOf('{zhejiangPer10k} in Hangzhou', 'hangzhou')).toEqual([]);
  });

  it('refuses an unknown name, saying file, step and the names that exist', () => {
    const result = parseTour(step('Zhejiang: {zhejiangPer100k}'), 'tours/x.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^tours\/x\.json: step 1: "caption\.en" names an unknown number \{zhejiangPer100k\}/u);
    expect(result.error).toContain('{zhejiangPer10k}');
  });
});
