/**
 * The vector map's one-line notices in English: why this is not MapLibre's map and what to do. They load with
 * src/vector/vector-map.ts (a lazy chunk), not with the first view; vector-zh.ts has the same keys.
 */
export const vectorEn = {
  // No WebGL2 at all: what is missing and what to do.
  'vector.noWebgl':
    "The interactive map needs WebGL2, which this browser does not provide, so this map is drawn without it; everything on it works. For the WebGL map, turn on hardware acceleration in the browser's settings or use another browser.",
  'vector.mapStart':
    'The interactive map could not start ({problem}), so this map is drawn without WebGL; everything on it works. Reloading the page may help.',
  // Asked for by the link (?renderer=vector): what this map leaves out.
  'vector.chosen':
    'This is the vector map, drawn without WebGL (renderer=vector in the link); renderer=maplibre gives the WebGL map.',
} as const;

export type VectorStringKey = keyof typeof vectorEn;
