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

/**
 * A file as base64, to pass out of the page to the command line: the browser's own encoder (a data: URL), where
 * slicing the bytes into strings for btoa took about 0.5 s for a 4K PNG.
 */
export function blobBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`the browser could not read a ${blob.size}-byte file`));
    reader.readAsDataURL(blob);
  });
}
