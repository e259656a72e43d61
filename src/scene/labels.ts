/**
 * The names on the map, decided once: which regions are named, with what text, where, in what order, and from
 * which zoom to which. MapLibre's label layers (map/style.ts), the vector renderer (first paint, the map without
 * WebGL, the SVG/PDF page) and the PNG painter's story marks all draw this list; none decides for itself.
 */
import type { RegionCollection } from '../data/boundaries';
import type { RegionInfo } from '../data/regions';
import type { MapLevel } from '../data/user-data';
import { t, type Lang } from '../i18n';
import { POPUP_REGION } from './story';
import type { PopupId } from '../state/url-state';
import { type NameSide, nameSides } from './story-sides';

export type LabelKind = 'province' | 'city' | 'story' | 'custom';
/** MapLibre's text-anchor values used here: the part of the name that sits on its point. */
export type LabelAnchor = 'center' | 'top' | 'bottom' | 'left' | 'right';

/**
 * A city's name may move below, above or beside its point when a story marker or another name is there (Ningbo's point is
 * under Shaoxing's marker at the Zhejiang view): the cities are small, and a name just beside its point still reads
 * as that city's. Provinces keep their names centred.
 */
export const CITY_ANCHORS: readonly LabelAnchor[] = ['center', 'top', 'bottom', 'left', 'right'];
/** How far a name moved off its point stands from it, in ems (MapLibre's text-radial-offset): clear of a marker's pill. */
export const ANCHOR_OFFSET_EM = 0.6;

export interface SceneLabel {
  code: string;
  kind: LabelKind;
  /**
   * The name in the reader's language, then the other one (drawn under it, smaller); null when both are the same.
   * A story place carries its marker's short name in the reader's language only.
   */
  text: readonly [string, string | null];
  /** Longitude, latitude: the region's label point (geometry/label.ts), inside its largest polygon. */
  at: readonly [number, number];
  /** Placement order where names collide: lower goes first and keeps its place. */
  priority: number;
  /** The name shows from minZoom (inclusive) up to maxZoom (exclusive); a story place's dot shows at every zoom. */
  minZoom: number;
  maxZoom: number;
  /** Where the name may sit around its point, tried in order: the first that collides with nothing placed wins. */
  anchors: readonly LabelAnchor[];
  /** A story place's name: on which side of its dot. */
  side?: NameSide;
  /** A story place's id (the popup it opens). */
  story?: PopupId;
}

/**
 * Cities are named from zoom 5, where a Zhejiang city is about 45 px across per degree: the zoom from which the
 * story markers show their names too. At 5.5 (the threshold until December 2026) an export of the Zhejiang
 * view, whose map is smaller than a laptop's, fell just under it (5.2 at 1600 × 1000) and named no city.
 */
export const CITY_LABEL_MIN_ZOOM = 5;
export const STORY_NAMES_MIN_ZOOM = CITY_LABEL_MIN_ZOOM;
// Neighbouring provinces keep their names while Zhejiang's cities are named, so the Zhejiang view can compare;
// a province whose cities are on the map gives its name up to theirs.
export const PROVINCE_LABEL_MAX_ZOOM = 8;
/** MapLibre's largest zoom: "no upper limit", written as a number a style's JSON can carry. */
export const LAST_ZOOM = 24;

/** How much smaller the second name is than the first, on every painter. */
export const SECOND_NAME_SCALE = 0.8;

export interface LabelInput {
  provinces: RegionCollection;
  cities: RegionCollection;
  /** Boundaries the reader loaded; named only when the shown metric is on them (level 'custom'). */
  custom?: { features: readonly { properties: RegionInfo }[] } | null;
  level: MapLevel;
  lang: Lang;
  /**
   * 'marker': Hangzhou and Shaoxing are story markers (dot and name, the live map and every export);
   * 'label': plain city names (a map without the markers).
   */
  story?: 'marker' | 'label';
}

// Placement order by kind: story places, then cities, then provinces, then loaded areas; file order within a kind.
const KIND_RANK: Record<LabelKind, number> = { story: 0, city: 1, province: 2, custom: 3 };
const PER_KIND = 10_000;

/** Every name the map can show for this state, in placement order; `labelsAt` picks those of one zoom. */
export function sceneLabels(input: LabelInput): SceneLabel[] {
  const { lang } = input;
  const labels: SceneLabel[] = [];
  const add = (feature: { properties: RegionInfo }, index: number, kind: LabelKind, zooms: [number, number]) => {
    const { code, name_zh, name_en, label } = feature.properties;
    labels.push({
      code,
      kind,
      text: bothNames(name_zh, name_en, lang),
      at: label,
      priority: KIND_RANK[kind] * PER_KIND + index,
      minZoom: zooms[0],
      maxZoom: zooms[1],
      anchors: kind === 'city' ? CITY_ANCHORS : ['center'],
    });
  };
  const storyCodes = new Map(Object.entries(POPUP_REGION).map(([id, code]) => [code, id as PopupId]));
  const markers = (input.story ?? 'marker') === 'marker';
  const custom = input.level === 'custom';
  if (custom)
    input.custom?.features.forEach((f, i) => {
      // An area without a name of its own (its key stands in) gets no label; the report lists it.
      if (f.properties.unnamed) return;
      add(f, i, 'custom', [0, LAST_ZOOM]);
    });
  const parents = new Set(input.cities.features.map((f) => f.properties.parent));
  input.cities.features.forEach((f, i) => {
    const story = storyCodes.get(f.properties.code);
    if (story && markers) {
      add(f, i, 'story', [STORY_NAMES_MIN_ZOOM, LAST_ZOOM]);
      // The marker's short name, one language, as the live map's button shows it.
      Object.assign(labels[labels.length - 1]!, { story, text: [t(lang, `marker.${story}.short`), null] });
    } else if (!custom) add(f, i, 'city', [CITY_LABEL_MIN_ZOOM, LAST_ZOOM]);
  });
  if (!custom)
    input.provinces.features.forEach((f, i) => {
      // A province whose cities are on the map (Zhejiang, the story's) is named before the other provinces: MapLibre
      // places its layer (zhejiang-label) above theirs, so at China's scale it keeps its name and Jiangsu gives way.
      const parent = parents.has(f.properties.code);
      add(f, parent ? i - PER_KIND / 2 : i, 'province', [0, parent ? CITY_LABEL_MIN_ZOOM : PROVINCE_LABEL_MAX_ZOOM]);
    });
  const stories = labels.filter((l) => l.kind === 'story');
  const sides = nameSides(stories.map((l) => l.at));
  stories.forEach((l, i) => {
    l.side = sides[i]!;
  });
  return labels.sort((a, b) => a.priority - b.priority);
}

/** The reader's name first; a region whose two names are the same (often a loaded one) says it once. */
export function bothNames(zh: string, en: string, lang: Lang): readonly [string, string | null] {
  if (zh === en) return [zh, null];
  return lang === 'zh' ? [zh, en] : [en, zh];
}

/** The labels whose name shows at a zoom, in placement order. */
export function labelsAt(labels: readonly SceneLabel[], zoom: number): SceneLabel[] {
  return labels.filter((l) => zoom >= l.minZoom && zoom < l.maxZoom);
}

/** The story places at a zoom: every dot, named from STORY_NAMES_MIN_ZOOM as on the live map. */
export function storyMarksAt(labels: readonly SceneLabel[], zoom: number): { label: SceneLabel; named: boolean }[] {
  return labels.filter((l) => l.kind === 'story').map((label) => ({ label, named: zoom >= label.minZoom }));
}

/**
 * A story marker's shape in CSS px (times `unit` on a page): the PNG painter and the SVG page draw it alike,
 * after the live map's HTML marker (a white pill with an orange rule, the name in bold, the dot at one end).
 */
export const STORY_MARK = {
  fontPx: 12,
  heightPx: 20,
  /** The pill reaches this far behind the dot's centre; the name starts this far in front of it. */
  behindDotPx: 8,
  /** Pill width beyond the name: behind the dot, the dot, and a margin after the name. */
  extraWidthPx: 22,
  dotRadiusPx: 4.5,
  dotRingPx: 1.5,
  ruleWidthPx: 1,
} as const;

export interface StoryMarkShape {
  pill: { x: number; y: number; width: number; height: number; radius: number } | null;
  /** Where the name is written: its x at the dot's side (start for 'right', end for 'left'), on the middle line. */
  name: { x: number; y: number; align: 'left' | 'right' } | null;
  dot: { x: number; y: number; radius: number; ring: number };
}

/** The marker at a point: the dot on the place, the pill running away from it on the name's side. */
export function storyMarkShape(
  x: number,
  y: number,
  side: NameSide,
  nameWidth: number | null,
  unit = 1,
): StoryMarkShape {
  const m = STORY_MARK;
  const dot = { x, y, radius: m.dotRadiusPx * unit, ring: m.dotRingPx * unit };
  if (nameWidth === null) return { pill: null, name: null, dot };
  const width = nameWidth + m.extraWidthPx * unit;
  const left = side === 'left';
  return {
    pill: {
      x: left ? x + m.behindDotPx * unit - width : x - m.behindDotPx * unit,
      y: y - (m.heightPx / 2) * unit,
      width,
      height: m.heightPx * unit,
      radius: (m.heightPx / 2) * unit,
    },
    name: { x: left ? x - m.behindDotPx * unit : x + m.behindDotPx * unit, y, align: left ? 'right' : 'left' },
    dot,
  };
}
