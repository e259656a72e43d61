/**
 * The map's colours, part of the theme record (theme.ts): the only colours the first view's code needs, so they
 * sit apart and the page's and exports' colours stay out of its download.
 */
export const MAP_COLOURS = {
  sea: '#dbe7ef',
  land: '#f3f1ec',
  provinceBorder: '#ffffff',
  // Where provinces are not shaded (a city metric), white borders would vanish on the land colour.
  provinceBorderOnLand: '#9a9a9a',
  cityBorder: '#4a4a4a',
  // Orange is outside the blue-green palette, so the outline shows on every class and on no-data grey.
  highlight: '#d9480f',
  labelText: '#1f1f1f',
  labelHalo: '#ffffff',
  // A story marker: a white pill with the highlight's rule, as on the live map.
  markerFill: '#ffffff',
  noData: '#d4d4d4',
  // A regional average's swatch is hatched on white, as on the map.
  regionalSwatch: '#ffffff',
} as const;
