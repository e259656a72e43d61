import type { Plugin } from 'vite';

/**
 * The built app's Content-Security-Policy. Scripts, workers and styles come only from the app's
 * own files: no inline script, no eval (MapLibre's worker is a file, d3-dsv is used through
 * parseRows, which compiles nothing), no inline style attribute (MapLibre and the legend set
 * styles through the CSSOM, which CSP allows). Images may be data: or blob: URLs (MapLibre's
 * control icons, exported snapshots).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Adds the policy to the built index.html only: the dev server injects CSS as <style> elements
 * and would be blocked by it.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    // Right after the charset, before any script or stylesheet that it must govern.
    transformIndexHtml: (html) => {
      if (!/<meta charset[^>]*>/iu.test(html))
        throw new Error('content-security-policy: index.html has no <meta charset> to place the policy after');
      return html.replace(
        /(<meta charset[^>]*>)/iu,
        `$1\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}
