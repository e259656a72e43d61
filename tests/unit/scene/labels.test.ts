import { describe, expect, it } from 'vitest';
import { CITY_LABEL_MIN_ZOOM, labelsAt, sceneLabels, storyMarksAt } from '../../../src/scene/labels';
import { boundaries, LANGS, PAGE_SIZES, pageOf } from './pages';

const CITY_CODES = boundaries.cities.features.map((f) => f.properties.code);
const NAMES: Record<string, { en: string; zh: string }> = Object.fromEntries(
  boundaries.cities.features.map((f) => [f.properties.code, { en: f.properties.name_en, zh: f.properties.name_zh }]),
);
const STORY = { '330100': { en: 'Hangzhou', zh: '杭州' }, '330600': { en: 'Shaoxing', zh: '绍兴' } } as const;

describe('sceneLabels', () => {
  it('gives each region one name in the reader’s language first, the other under it', () => {
    const en = sceneLabels({ ...boundaries, level: 'province', lang: 'en' });
    const zh = sceneLabels({ ...boundaries, level: 'province', lang: 'zh' });
    expect(en.find((l) => l.code === '330200')?.text).toEqual(['Ningbo', '宁波市']);
    expect(zh.find((l) => l.code === '330200')?.text).toEqual(['宁波市', 'Ningbo']);
    expect(zh.find((l) => l.code === '320000')?.text).toEqual(['江苏', 'Jiangsu']);
  });

  it('makes Hangzhou and Shaoxing story markers, first in placement, their names pointing apart', () => {
    const labels = sceneLabels({ ...boundaries, level: 'city', lang: 'en' });
    const stories = labels.filter((l) => l.kind === 'story');
    expect(stories.map((l) => [l.code, l.text[0], l.side])).toEqual([
      ['330100', 'Hangzhou', 'left'],
      ['330600', 'Shaoxing', 'right'],
    ]);
    expect(labels.slice(0, 2)).toEqual(stories);
    // A map without markers names them as plain cities.
    const plain = sceneLabels({ ...boundaries, level: 'city', lang: 'en', story: 'label' });
    expect(plain.find((l) => l.code === '330100')?.kind).toBe('city');
  });

  it('names cities from the city zoom, Zhejiang until then, its neighbours to zoom 8', () => {
    const labels = sceneLabels({ ...boundaries, level: 'province', lang: 'en' });
    const at = (zoom: number) => labelsAt(labels, zoom).map((l) => l.code);
    expect(at(CITY_LABEL_MIN_ZOOM - 0.01)).toContain('330000');
    expect(at(CITY_LABEL_MIN_ZOOM - 0.01)).not.toContain('330200');
    expect(at(CITY_LABEL_MIN_ZOOM)).not.toContain('330000');
    expect(at(CITY_LABEL_MIN_ZOOM)).toContain('330200');
    expect(at(CITY_LABEL_MIN_ZOOM)).toContain('320000');
    expect(at(8)).not.toContain('320000');
    // Story dots at every zoom, names from the city zoom.
    expect(storyMarksAt(labels, 3).map((m) => m.named)).toEqual([false, false]);
    expect(storyMarksAt(labels, CITY_LABEL_MIN_ZOOM).map((m) => m.named)).toEqual([true, true]);
  });

  it('names only the loaded areas (and the story markers) under a metric on them, each name once when both are one', () => {
    const custom = {
      type: 'FeatureCollection' as const,
      features: [
        {
          ...boundaries.cities.features[0]!,
          properties: {
            ...boundaries.cities.features[0]!.properties,
            code: 'X1',
            name_zh: '西湖区',
            name_en: '西湖区',
          },
        },
      ],
    };
    const labels = sceneLabels({ ...boundaries, custom, level: 'custom', lang: 'en' });
    expect(labels.map((l) => l.kind).sort()).toEqual(['custom', 'story', 'story']);
    expect(labels.find((l) => l.kind === 'custom')?.text).toEqual(['西湖区', null]);
  });
});

describe('the Zhejiang view’s export names its cities (issue 21)', () => {
  for (const [sizeName, size] of Object.entries(PAGE_SIZES))
    for (const lang of LANGS)
      it(`at ${sizeName} in ${lang}: at least 9 of the 11 cities and both story places, in the SVG page`, () => {
        const page = pageOf('zhejiang', lang, size);
        expect(page.camera.zoom).toBeGreaterThanOrEqual(CITY_LABEL_MIN_ZOOM);
        const scene = labelsAt(sceneLabels({ ...boundaries, level: 'province', lang }), page.camera.zoom);
        const listed = scene.filter((l) => CITY_CODES.includes(l.code)).map((l) => l.code);
        expect(listed.sort()).toEqual([...CITY_CODES].sort());
        // What the page writes: a city's name, or a story marker with its name.
        const named = CITY_CODES.filter((code) => {
          const story = STORY[code as keyof typeof STORY];
          if (story)
            return new RegExp(
              `<g class="story-mark" data-code="${code}"><rect [^>]*/><text [^>]*>${story[lang]}</`,
              'u',
            ).test(page.svg);
          return new RegExp(`<text data-code="${code}"[^>]*><tspan[^>]*>${NAMES[code]![lang]}</tspan>`, 'u').test(
            page.svg,
          );
        });
        expect(named.length, `named: ${named.join(' ')}`).toBeGreaterThanOrEqual(9);
        expect(named).toContain('330100');
        expect(named).toContain('330600');
      });
});
