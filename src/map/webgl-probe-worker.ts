/// <reference lib="webworker" />
import { webglSupportOf } from './webgl-support';

// Off the page's thread: making the first WebGL2 context of a page took 171–454 ms of blocked main thread on
// SwiftShader here (4 Dec 2026), which `?renderer=auto` spent before drawing anything.
const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1) : null;
postMessage(canvas ? webglSupportOf(() => canvas.getContext('webgl2')) : 'unknown');
close();
