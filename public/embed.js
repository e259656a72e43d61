/*
 * Zhejiang 5G map: resizes each embedded map's iframe to the height the map reports, so that an article
 * shows the whole map with no scroll bar inside the frame (as Datawrapper's responsive embed does).
 *
 * Loaded by the embed snippet as a file: no inline script and no eval, so an article page with a strict
 * Content-Security-Policy can allow it by its origin. Sizes are set through the CSSOM, which CSP allows.
 * A message is used only when it comes from the window of an iframe marked data-zhejiang-5g-map, from that
 * iframe's own origin, and carries nothing but a sensible height.
 */
(() => {
  const MESSAGE_TYPE = 'zhejiang-5g-map:height';
  const FRAME_SELECTOR = 'iframe[data-zhejiang-5g-map]';
  const MIN_HEIGHT_PX = 200;
  const MAX_HEIGHT_PX = 10000;
  // The snippet may be pasted more than once on a page: one listener serves every frame.
  if (window.zhejiang5gMapEmbed) return;
  window.zhejiang5gMapEmbed = { version: 1 };

  function frameOf(source) {
    for (const frame of document.querySelectorAll(FRAME_SELECTOR)) if (frame.contentWindow === source) return frame;
    return null;
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return null;
    }
  }

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== MESSAGE_TYPE) return;
    if (Object.keys(data).length !== 2 || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
    const frame = frameOf(event.source);
    if (!frame || event.origin !== originOf(frame)) return;
    const height = Math.min(MAX_HEIGHT_PX, Math.max(MIN_HEIGHT_PX, Math.ceil(data.height)));
    frame.style.border = '0';
    frame.style.width = '100%';
    frame.style.height = `${height}px`;
  });
})();
