import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Bytes sent for each path, gzip-compressed as a production server would send them. */
export type TransferLog = Map<string, number>;

/**
 * A static file server on 127.0.0.1 for the built app: gzip like a real host, nothing fetched from
 * elsewhere. Used by the benchmark and the snapshot command.
 */
export async function serveStatic(root: string, port = 0, log?: TransferLog): Promise<{ server: Server; url: string }> {
  const base = resolve(root);
  const cache = new Map<string, Buffer>();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip = /gzip/.test(String(request.headers['accept-encoding'] ?? '')) && !type.startsWith('image/png');
      const sent = gzip ? (cache.get(file) ?? gzipSync(body)) : body;
      if (gzip) cache.set(file, sent);
      log?.set(path, (log.get(path) ?? 0) + sent.length);
      response.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      response.end(sent);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://127.0.0.1:${actualPort}/` };
}
