import { AT_FILE, issue, type Issue } from './issues';
import { megabytes } from './limits';

/**
 * A same-origin file by its link, read up to `limit` bytes: refused as soon as its declared or read length
 * passes the limit, or when the server answers with a web page (its index.html for a path it does not have).
 * Problems name the file as the reader wrote it (`file`), not the absolute URL a worker is given.
 */
export async function fetchLimited(
  url: string,
  limit: number,
  signal: AbortSignal,
  progress: (fraction: number | null) => void,
  path = url,
): Promise<{ bytes: Uint8Array } | { issue: Issue }> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', signal });
  } catch (error) {
    return {
      issue: issue('fetchFailed', path, AT_FILE, { detail: error instanceof Error ? error.message : String(error) }),
    };
  }
  if (!response.ok)
    return { issue: issue('httpError', path, AT_FILE, { status: response.status, statusText: response.statusText }) };
  if ((response.headers.get('content-type') ?? '').includes('text/html'))
    return { issue: issue('webPage', path, AT_FILE) };
  const declared = Number(response.headers.get('content-length') ?? 'NaN');
  if (declared > limit)
    return { issue: issue('tooLarge', path, AT_FILE, { size: megabytes(declared), limit: megabytes(limit) }) };
  // A compressed response's length is not the length of what is read: no fraction then.
  const expected = response.headers.get('content-encoding') ? Number.NaN : declared;
  const reader = response.body?.getReader();
  if (!reader) return { bytes: new Uint8Array(await response.arrayBuffer()) };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
    if (done || !value) break;
    total += value.length;
    progress(expected > 0 ? Math.min(1, total / expected) : null);
    if (total > limit) {
      await reader.cancel();
      return { issue: issue('tooLarge', path, AT_FILE, { size: `> ${megabytes(limit)}`, limit: megabytes(limit) }) };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes };
}
