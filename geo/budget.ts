/**
 * Byte budget of the committed boundary files. The whole default view (JS + CSS + data) must
 * stay under 60 KB gzip; the boundaries may take 36 KB of it. KB here is 1000 bytes, the
 * stricter reading.
 */
import { gzipSync } from 'node:zlib';

export const PROVINCES_GZIP_BUDGET_BYTES = 24_000;
export const ZHEJIANG_CITIES_GZIP_BUDGET_BYTES = 12_000;

/** Size after gzip at the default level, which is what a web server typically sends. */
export function gzipBytes(text: string): number {
  return gzipSync(Buffer.from(text, 'utf8')).length;
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
