import { MAP_COLOURS } from './map-colours.ts';

/**
 * The one theme record (protomaps' Flavor is the model): every colour and the type sizes that the page's CSS,
 * MapLibre's style, the vector map, the PNG painter and the SVG/PDF page use. The page gets it as CSS custom
 * properties generated at build time (`themeCss`, served by vite.config.ts as `virtual:theme.css`), so a colour
 * is changed here once and every painter follows.
 */
const PAGE_COLOURS = {
  ink: '#1f1f1f',
  muted: '#4d4d4d',
  paper: '#ffffff',
  rule: '#d0d0d0',
  accent: '#0b5394',
  focus: '#c2410c',
  focusRing: '#1c4fd8',
  hoverTint: '#eef3f8',
  fieldBorder: '#8a8a8a',
  disabledText: '#757575',
  progressTrack: '#e4e4e4',
  highlightTint: '#fff4e6',
  // The article's figures and the time line.
  figureValue: '#0c2c84',
  series: '#225ea8',
  seriesText: '#444444',
  baseline: '#c8c8c8',
  // Notices.
  noticeTint: '#fff7e0',
  noticeBorder: '#b88a00',
  warningTint: '#fff8e6',
  warningBorder: '#d9a400',
  warningText: '#8a4b00',
  errorTint: '#fde8e8',
  errorBorder: '#b42318',
  errorText: '#7a1212',
} as const;

/** Only on an export page: box edges and shadows (drawn with an opacity), the scale bar's ink. */
const EXPORT_COLOURS = {
  shadow: '#000000',
  scaleInk: '#333333',
} as const;

/**
 * Every colour, in one record. The first view's code imports map-colours.ts alone, so the page's and the
 * exports' colours are not in its download twice (they reach the page as CSS custom properties).
 */
export const THEME = {
  colour: { ...PAGE_COLOURS, ...MAP_COLOURS, ...EXPORT_COLOURS },
  /**
   * One type scale for the page and the kiosk, in rem (the kiosk sets the root size: 25 px at 1080p, 28 px floor);
   * docs/architecture.md (design note) gives each size's reason. `--type-note` is the smallest type anywhere on the page.
   */
  type: { note: 0.75, body: 0.875, heading: 1, figure: 1.25, title: 1.3 },
  /** The grid, in rem: the step of space, and the figures column beside the map. */
  grid: { space: 0.75, column: 22 },
} as const;

/** The colours the page's CSS names: the page's own and the map's highlight (story markers). */
const CSS_COLOURS = { ...PAGE_COLOURS, highlight: MAP_COLOURS.highlight };

export type ThemeColour = keyof typeof THEME.colour;

/** `focusRing` → `--focus-ring`. */
export function customPropertyName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** The theme as the page's CSS custom properties: one `:root` rule, generated at build time. */
export function themeCss(colours: Readonly<Record<string, string>> = CSS_COLOURS): string {
  const declarations = [
    ...Object.entries(colours).map(([key, value]) => `  ${customPropertyName(key)}: ${value};`),
    ...Object.entries(THEME.type).map(([key, rem]) => `  ${customPropertyName(`type-${key}`)}: ${rem}rem;`),
    ...Object.entries(THEME.grid).map(([key, rem]) => `  ${customPropertyName(key)}: ${rem}rem;`),
  ];
  return `:root {\n${declarations.join('\n')}\n}\n`;
}
