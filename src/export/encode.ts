/** Turning a drawn page into file bytes, shared by the MapLibre painter, the rasterised vector page and the CLI. */

const JPEG_QUALITY = 0.92;

export function canvasBlob(canvas: HTMLCanvasElement, type: string): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob
          ? resolve(blob)
          : reject(new Error(`the browser could not encode a ${canvas.width} × ${canvas.height} ${type}`)),
      type,
      JPEG_QUALITY,
    ),
  );
}

/** A file as base64, to pass out of the page to the command line. */
export async function blobBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // In slices: one spread of a 30 MB array would overflow the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
