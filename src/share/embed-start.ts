import type { Store } from '../state/store';

/**
 * Embed mode (`?embed`), loaded only when the link asks for it, once a map is on the page: MapLibre's, or the
 * vector map's (chosen, `auto`'s on a machine without a GPU, or after MapLibre failed). Before, only MapLibre's
 * path started it, so an embedded page on the vector map never told its host its height.
 */
export function startEmbed(store: Store): void {
  import('./embed-mode')
    .then(({ startEmbedMode }) =>
      startEmbedMode({
        lang: () => store.state.lang,
        onLangChange: (listener) =>
          store.subscribe((next, previous) => next.lang !== previous.lang && listener(next.lang)),
      }),
    )
    .catch((error: unknown) => console.error(error));
}
