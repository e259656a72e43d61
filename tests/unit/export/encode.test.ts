// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blobBase64 } from '../../../src/export/encode';

describe('blobBase64', () => {
  it('gives the bytes of a file as the command line decodes them, every byte value and none', async () => {
    const bytes = Uint8Array.from({ length: 3 * 256 + 1 }, (_, i) => (i * 7) % 256);
    expect(await blobBase64(new Blob([bytes], { type: 'image/png' }))).toBe(Buffer.from(bytes).toString('base64'));
    expect(await blobBase64(new Blob([]))).toBe('');
  });
});
