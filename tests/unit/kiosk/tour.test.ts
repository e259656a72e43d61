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
            metric: 'stations-per-10k',
            popup: null,
            caption: { en: 'Zhejiang', zh: '浙江' },
            durationSeconds: 10,
          },
          {
            view: 'hangzhou',
            metric: 'residents',
            popup: 'hangzhou',
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
      /^tours\/x\.json: step 1: "metric" must be one of stations-per-10k, .* \(found "speed"\)$/u,
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
    expect(withFactories[0]!.caption.en).toContain('future factories and intelligent factories together');
    expect(withFactories[0]!.caption.zh).toContain('未来工厂和智能工厂合计');
  });

  it("compares Zhejiang's 33.4 with China's 20.1 per 10,000 residents, with their dates", () => {
    const figures = steps.at(-1)!;
    expect(figures.caption.en).toMatch(/33\.4 .*per 10,000 residents/u);
    expect(figures.caption.en).toMatch(/20\.1 per 10,000 \(2\.84 million, end of May 2023\)/u);
    expect(figures.caption.zh).toContain('33.4');
    expect(figures.caption.zh).toContain('20.1');
  });
});
