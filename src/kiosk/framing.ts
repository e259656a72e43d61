import type { ViewPadding } from '../map/surface';
import type { ViewId } from '../state/url-state';
import { VIEW_PADDING_PX as MIN_PADDING_PX } from '../scene/framing';

/** A box's size in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

// A place is seen among its neighbours: a fifth of the map's shorter side is left around the view's bounds
// (at 1080p about 160 px; the Hangzhou step then shows the cities around it, not only its own districts).
const CONTEXT_SHARE = 0.2;

// Enough for a story marker's name (about 40 px tall at 1080p) inside the edge.
const EDGE_SHARE = 0.06;

/**
 * The camera padding of a kiosk step: the same room on every side, for context and so that no story marker or
 * its name is cut at the map's edge (the key is beside the map, in the figures column, not over it).
 */
export function kioskViewPadding(map: Size, view: ViewId): ViewPadding {
  // China's and Zhejiang's views are framed with their context already (views.ts): only a city's needs more.
  const share = view === 'hangzhou' || view === 'shaoxing' ? CONTEXT_SHARE : EDGE_SHARE;
  const context = Math.max(MIN_PADDING_PX, Math.round(Math.min(map.width, map.height) * share));
  return { top: context, right: context, bottom: context, left: context };
}
