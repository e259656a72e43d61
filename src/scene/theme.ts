/**
 * The one theme record (protomaps' Flavor is the model): every colour and the type sizes that the page's CSS,
 * MapLibre's style, the vector map, the PNG painter and the SVG/PDF page use. The page gets it as CSS custom
 * properties generated at build time (`themeCss`, served by vite.config.ts as `virtual:theme.css`), so a colour
 * is changed here once and every painter follows.
 */
export const THEME = {
  colour: {
    ink: '#1f1f1f',
    muted: '#4d4d4d',
    paper: '#ffffff',
    rule: '#d0d0d0',
    // Box edges and shadows, drawn with an opacity.
    shadow: '#000000',
    accent: '#0b5394',
    focus: '#c2410c',
    focusRing: '#1c4fd8',
    hoverTint: '#eef3f8',
    fieldBorder: '#8a8a8a',
    disabledText: '#757575',
    progressTrack: '#e4e4e4',
    // The map.
    sea: '#dbe7ef',
    land: '#f3f1ec',
    provinceBorder: '#ffffff',
    // Where provinces are not shaded (a city metric), white borders would vanish on the land colour.
    provinceBorderOnLand: '#9a9a9a',
    cityBorder: '#4a4a4a',
    // Orange is outside the blue-green palette, so the outline shows on every class and on no-data grey.
    highlight: '#d9480f',
    highlightTint: '#fff4e6',
    labelText: '#1f1f1f',
    labelHalo: '#ffffff',
    noData: '#d4d4d4',
    // A regional average's swatch is hatched on white, as on the map.
    regionalSwatch: '#ffffff',
    // The article's figures and the time line.
    figureValue: '#0c2c84',
    series: '#225ea8',
    seriesText: '#444444',
    baseline: '#c8c8c8',
    scaleInk: '#333333',
    // Notices.
    noticeTint: '#fff7e0',
    noticeBorder: '#b88a00',
    warningTint: '#fff8e6',
    warningBorder: '#d9a400',
    warningText: '#8a4b00',
    errorTint: '#fde8e8',
    errorBorder: '#b42318',
    errorText: '#7a1212',
  },
  /**
   * One type scale for the page and the kiosk, in rem (the kiosk sets the root size: 25 px at 1080p, 28 px floor);
   * docs/architecture.md (design note) gives each size's reason. `--type-note` is the smallest type anywhere on the page.
   */
  type: { note: 0.75, body: 0.875, heading: 1, figure: 1.25, title: 1.3 },
  /** The grid, in rem: the step of space, and the figures column beside the map. */
  grid: { space: 0.75, column: 22 },
} as const;

export type ThemeColour = keyof typeof THEME.colour;

/** `focusRing` → `--focus-ring`. */
export function customPropertyName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** The theme as the page's CSS custom properties: one `:root` rule, generated at build time. */
export function themeCss(theme: typeof THEME = THEME): string {
  const declarations = [
    ...Object.entries(theme.colour).map(([key, value]) => `  ${customPropertyName(key)}: ${value};`),
    ...Object.entries(theme.type).map(([key, rem]) => `  ${customPropertyName(`type-${key}`)}: ${rem}rem;`),
    ...Object.entries(theme.grid).map(([key, rem]) => `  ${customPropertyName(key)}: ${rem}rem;`),
  ];
  return `:root {\n${declarations.join('\n')}\n}\n`;
}
