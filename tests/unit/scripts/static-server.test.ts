import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileForRequestPath, serveStatic } from '../../../scripts/static-server';

/** Sends the path exactly as written: fetch() would normalise `..` away before it reached the server. */
function rawGet(url: string, path: string): Promise<{ status: number; body: string; type?: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body, type: response.headers['content-type'] }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('fileForRequestPath', () => {
  const base = '/srv/dist';
  it('maps paths inside the folder', () => {
    expect(fileForRequestPath(base, '/')).toBe('/srv/dist');
    expect(fileForRequestPath(base, '/assets/a.js')).toBe('/srv/dist/assets/a.js');
    expect(fileForRequestPath(base, '/geo/%E6%9D%AD.json')).toBe('/srv/dist/geo/杭.json');
  });
  it('refuses a sibling folder whose name starts with the same letters', () => {
    expect(fileForRequestPath(base, '/..%2Fdist-bench%2Findex.html')).toBeNull();
    expect(fileForRequestPath(base, '/../dist-bench/index.html')).toBeNull();
    expect(fileForRequestPath(base, '/%2e%2e/dist-bench/index.html')).toBeNull();
    expect(fileForRequestPath(base, '/assets/..%2F..%2F..%2Fetc%2Fpasswd')).toBeNull();
  });
  it('decodes once: a double-encoded dot-dot is a file name, inside the folder', () => {
    expect(fileForRequestPath(base, '/%252e%252e/dist-bench/index.html')).toBe(
      '/srv/dist/%2e%2e/dist-bench/index.html',
    );
    expect(fileForRequestPath(base, '/..%252Fdist-bench')).toBe('/srv/dist/..%2Fdist-bench');
  });
  it('refuses malformed escapes and NUL bytes', () => {
    expect(fileForRequestPath(base, '/%E0%A4%A')).toBeNull();
    expect(fileForRequestPath(base, '/index.html%00.png')).toBeNull();
  });
});

describe('serveStatic', () => {
  let root: string;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'static-server-'));
    mkdirSync(join(root, 'dist', 'assets'), { recursive: true });
    mkdirSync(join(root, 'dist-bench'));
    writeFileSync(join(root, 'dist', 'index.html'), 'the app');
    writeFileSync(join(root, 'dist', 'assets', 'worker.js'), 'self.onmessage = () => {};');
    writeFileSync(join(root, 'dist', 'assets', 'worker.mjs'), 'export {};');
    writeFileSync(join(root, 'dist-bench', 'index.html'), 'secret sibling');
    ({ server, url } = await serveStatic(join(root, 'dist'), { mountPath: '/maps/zhejiang-5g/' }));
  });
  afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the folder under its mount path, with common MIME types only', async () => {
    expect(url).toMatch(/\/maps\/zhejiang-5g\/$/u);
    expect(await rawGet(url, '/maps/zhejiang-5g/')).toMatchObject({ status: 200, body: 'the app' });
    expect(await rawGet(url, '/maps/zhejiang-5g/assets/worker.js')).toMatchObject({
      status: 200,
      type: 'application/javascript; charset=utf-8',
    });
    // As an old nginx would: the build must not depend on `.mjs` (scripts/asset-names.ts).
    expect((await rawGet(url, '/maps/zhejiang-5g/assets/worker.mjs')).type).toBe('application/octet-stream');
    expect((await rawGet(url, '/maps/zhejiang-5g')).status).toBe(301);
  });

  it('has no SPA fallback and nothing outside the mount path', async () => {
    expect((await rawGet(url, '/maps/zhejiang-5g/no/such/page')).status).toBe(404);
    expect((await rawGet(url, '/index.html')).status).toBe(404);
  });

  it.each([
    '/maps/zhejiang-5g/..%2F..%2F..%2Fdist-bench%2Findex.html',
    '/maps/zhejiang-5g/../../../dist-bench/index.html',
    '/maps/zhejiang-5g/%2e%2e/%2e%2e/%2e%2e/dist-bench/index.html',
    '/maps/zhejiang-5g/%252e%252e/%252e%252e/dist-bench/index.html',
    '/maps/zhejiang-5g/..%252F..%252Fdist-bench%252Findex.html',
    '/maps/zhejiang-5g/..%5C..%5Cdist-bench%5Cindex.html',
  ])('never serves the sibling folder for %s', async (path) => {
    const response = await rawGet(url, path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('secret sibling');
  });
});
