import { MAP_COLOURS } from './map-colours';

/** The loaded areas' borders and hover outline, for every painter of them (MapLibre's layers, the vector map's canvas). */
export const CUSTOM_LINE = {
  colour: MAP_COLOURS.cityBorder,
  opacity: 0.6,
  /** Width in px by zoom: `interpolate linear zoom` between two stops (zoom, width, zoom, width). */
  widthStops: [5, 0.3, 10, 1.2] as const,
  highlightWidthPx: 2.5,
} as const;
