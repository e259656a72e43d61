/** Whether this browser can give MapLibre the WebGL2 context it needs. */
export function webgl2Available(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
