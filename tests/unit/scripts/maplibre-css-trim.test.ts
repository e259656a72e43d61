import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { trimMaplibreCss, UNUSED_MAPLIBRE_CLASSES } from '../../../scripts/maplibre-css-trim';

const source = readFileSync(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css'), 'utf8');

describe('maplibre-gl.css without the controls the app never shows', () => {
  const trimmed = trimMaplibreCss(source);

  it('keeps no selector of an unused control and is a fraction of the file', () => {
    expect(trimmed).not.toMatch(UNUSED_MAPLIBRE_CLASSES);
    expect(trimmed.length).toBeLessThan(source.length / 3);
  });

  it('keeps what either map shows: the map, the zoom buttons and their icons, credits, scale, popups, markers', () => {
    for (const selector of [
      '.maplibregl-map',
      '.maplibregl-canvas',
      '.maplibregl-ctrl-top-right',
      '.maplibregl-ctrl-group',
      '.maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon',
      '.maplibregl-ctrl button.maplibregl-ctrl-zoom-out .maplibregl-ctrl-icon',
      '.maplibregl-ctrl-attrib-button',
      '.maplibregl-ctrl-scale',
      '.maplibregl-popup-close-button',
      '.maplibregl-marker',
      '.maplibregl-boxzoom',
    ])
      expect(trimmed, selector).toContain(selector);
  });

  it('keeps the other selectors of a rule that also named an unused control', () => {
    const css = '.maplibregl-ctrl-compass .a, .maplibregl-ctrl-zoom-in .a { color: red }';
    expect(trimMaplibreCss(css).replace(/\s+/gu, ' ')).toBe('.maplibregl-ctrl-zoom-in .a { color: red }');
  });

  it('drops an at-rule left empty, and stops the build when nothing matched (a renamed class)', () => {
    const css = '@media (forced-colors: active) { .maplibregl-ctrl-geolocate .i { color: red } } .b { color: blue }';
    expect(trimMaplibreCss(css).trim()).toBe('.b { color: blue }');
    expect(() => trimMaplibreCss('.b { color: blue }')).toThrow(/no rule of an unused control/u);
  });
});
