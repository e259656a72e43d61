import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The types an old nginx `mime.types` knows, and no more: no `.mjs`, no `.geojson`. A build that works
 * behind this table works on any static host; anything else goes out as `application/octet-stream`, which a
 * browser refuses for a module script or worker.
 */
export const COMMON_MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const ALREADY_COMPRESSED = /^(image\/(png|jpeg)|font\/woff2)/u;

/**
 * The file a request path names, or null when it names nothing under `base`: the path is decoded once (as
 * a browser encodes it), and the result must be `base` itself or inside `base + sep`. A prefix test alone
 * would let `/..%2Fdist-bench/index.html` out of `dist` into its sibling `dist-bench`.
 */
export function fileForRequestPath(base: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null; // malformed %-escape
  }
  if (decoded.includes('\0')) return null;
  const root = resolve(base);
  const file = resolve(join(root, decoded));
  return file === root || file.startsWith(root + sep) ? file : null;
}

/** Bytes sent for each path, gzip-compressed as a production server would send them. */
export type TransferLog = Map<string, number>;

export interface StaticServerOptions {
  port?: number;
  log?: TransferLog;
  /** The URL path the folder is served under, e.g. `/maps/zhejiang-5g/`; everything outside it is a 404. */
  mountPath?: string;
}

/**
 * A static file server on 127.0.0.1 for the built app, made to behave like a plain production host: gzip,
 * only the common MIME types, no fallback to index.html for unknown paths, nothing fetched from elsewhere.
 * Used by the benchmark, the snapshot command and the sub-path browser test.
 */
export async function serveStatic(
  root: string,
  { port = 0, log, mountPath = '/' }: StaticServerOptions = {},
): Promise<{ server: Server; url: string }> {
  const base = resolve(root);
  const mount = mountPath.endsWith('/') ? mountPath : `${mountPath}/`;
  const cache = new Map<string, Buffer>();
  const server = createServer(async (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    if (pathname === mount.slice(0, -1)) {
      // Like nginx and Caddy: a folder without its slash is redirected, so relative URLs resolve inside it.
      response.writeHead(301, { location: mount }).end();
      return;
    }
    let file = pathname.startsWith(mount) ? fileForRequestPath(base, pathname.slice(mount.length - 1)) : null;
    if (file === null) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = COMMON_MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const gzip = /gzip/u.test(String(request.headers['accept-encoding'] ?? '')) && !ALREADY_COMPRESSED.test(type);
      const sent = gzip ? (cache.get(file) ?? gzipSync(body)) : body;
      if (gzip) cache.set(file, sent);
      log?.set(pathname, (log.get(pathname) ?? 0) + sent.length);
      response.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        vary: 'accept-encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      response.end(sent);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://127.0.0.1:${actualPort}${mount}` };
}
