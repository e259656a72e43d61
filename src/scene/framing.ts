/**
 * How every painter frames a view: the padding around a view's bounds and the zoom range. MapLibre, the first
 * paint, the map without WebGL, the kiosk and both export paths read them here, so they show one camera.
 */

/** Clear space between a view's bounds and the map's edge, in CSS pixels (layout units on an export page). */
export const VIEW_PADDING_PX = 24;

/** The interactive maps' zoom range: all of China at the smallest, a district at the largest. */
export const ZOOM_LIMITS = { minZoom: 2, maxZoom: 11 } as const;

/** An export's zoom range: a page larger than any screen may need a zoom the screen never does. */
export const EXPORT_ZOOM_LIMITS = { minZoom: 0, maxZoom: 12 } as const;

/** A camera move between views: MapLibre's fitBounds flight and the vector map's eased move take the same time. */
export const FLY_DURATION_MS = 1200;
