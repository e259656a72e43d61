// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { creditsCompact } from '../../../src/scene/credits-fold';
import { buildCredits, fitCredits } from '../../../src/vector/credits';

describe('the vector map credits', () => {
  it('fold behind the button below MapLibre’s 640 px, as its attribution does', () => {
    expect(creditsCompact(390)).toBe(true);
    expect(creditsCompact(639)).toBe(true);
    expect(creditsCompact(640)).toBe(false);
  });

  it('are MapLibre’s attribution markup: open in full on a wide map', () => {
    const { credits, text } = buildCredits('Boundaries: Apache ECharts');
    fitCredits(credits, 1280);
    expect(credits.className).toBe('maplibregl-ctrl maplibregl-ctrl-attrib vector-map-attribution');
    expect(credits.open).toBe(true);
    expect(credits.querySelector('summary')?.getAttribute('aria-label')).toBe('Toggle attribution');
    expect(text.className).toBe('maplibregl-ctrl-attrib-inner');
    expect(credits.textContent).toBe('Boundaries: Apache ECharts');
  });

  it('start folded on a phone, open on a tap, and unfold when the map grows wide', () => {
    const { credits } = buildCredits('Boundaries: Apache ECharts');
    fitCredits(credits, 390);
    expect(credits.classList.contains('maplibregl-compact')).toBe(true);
    expect(credits.open).toBe(false);
    credits.open = true;
    credits.dispatchEvent(new Event('toggle'));
    expect(credits.classList.contains('maplibregl-compact-show')).toBe(true);
    fitCredits(credits, 1024);
    expect(credits.classList.contains('maplibregl-compact')).toBe(false);
    expect(credits.classList.contains('maplibregl-compact-show')).toBe(false);
    expect(credits.open).toBe(true);
  });
});
