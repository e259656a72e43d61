import { describe, expect, it } from 'vitest';
import { parseUrlState, serialiseState } from '../../../src/state/url-state';
import { chooseRenderer, vectorMapReason, type WebglSupport } from '../../../src/state/renderer';

describe('?renderer=', () => {
  it('is read with the rest of the link, auto when absent', () => {
    expect(parseUrlState('', 'en').state.renderer).toBe('auto');
    expect(parseUrlState('?renderer=vector', 'en').state.renderer).toBe('vector');
    expect(parseUrlState('?renderer=MapLibre', 'en').state.renderer).toBe('maplibre');
  });
  it('falls back to auto with a notice for a value it does not know', () => {
    const { state, notices } = parseUrlState('?renderer=webgpu', 'en');
    expect(state.renderer).toBe('auto');
    expect(notices).toEqual([{ param: 'renderer', value: 'webgpu', fallback: 'auto' }]);
  });
  it('stays in the address bar when forced, and is left out when auto', () => {
    expect(serialiseState(parseUrlState('?renderer=vector', 'en').state, 'en')).toBe('?renderer=vector');
    expect(serialiseState(parseUrlState('?renderer=auto', 'en').state, 'en')).toBe('');
  });
});

describe('chooseRenderer', () => {
  const asked: string[] = [];
  const probe = (answer: WebglSupport) => () => {
    asked.push(answer);
    return answer;
  };
  it('gives a named renderer whatever the browser, without probing it', () => {
    asked.length = 0;
    expect(chooseRenderer('maplibre', probe('software'))).toBe('maplibre');
    expect(chooseRenderer('vector', probe('gpu'))).toBe('vector');
    expect(asked).toEqual([]);
  });
  it('starts MapLibre on a GPU and the vector map on software WebGL or none', () => {
    expect(chooseRenderer('auto', probe('gpu'))).toBe('maplibre');
    expect(chooseRenderer('auto', probe('software'))).toBe('vector');
    expect(chooseRenderer('auto', probe('none'))).toBe('vector');
  });
});

describe('why the vector map is shown', () => {
  it("says nothing where auto found software WebGL, says so where there is none, and names the link's choice", () => {
    expect(vectorMapReason('software')).toBe('software');
    expect(vectorMapReason('none')).toBe('no-webgl');
    // Asked for by name (no answer asked), or a 'gpu' answer that still ends on the vector map.
    expect(vectorMapReason(null)).toBe('asked');
    expect(vectorMapReason('gpu')).toBe('asked');
  });
});
