// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { clearElementFlag, countPageFlag, FLAG_ATTRIBUTE, setElementFlag, setPageFlag } from '../../src/test-surface';

describe('readiness flags', () => {
  it('are written to the attribute FLAG_ATTRIBUTE names, which the specs wait on', () => {
    const html = document.documentElement;
    setPageFlag('mapState', 'ready');
    setPageFlag('kioskStep', 3);
    setPageFlag('kioskGl', 'lost');
    expect(html.getAttribute(FLAG_ATTRIBUTE.mapState)).toBe('ready');
    expect(html.getAttribute(FLAG_ATTRIBUTE.kioskStep)).toBe('3');
    expect(html.getAttribute(FLAG_ATTRIBUTE.kioskGl)).toBe('lost');
  });

  it('name every flag by the attribute its dataset key becomes', () => {
    const probe = document.createElement('div');
    for (const [key, attribute] of Object.entries(FLAG_ATTRIBUTE)) {
      probe.dataset[key] = 'x';
      expect(probe.hasAttribute(attribute)).toBe(true);
    }
  });

  it('count up from nothing, one per call', () => {
    countPageFlag('byodBatches');
    countPageFlag('byodBatches');
    expect(document.documentElement.getAttribute(FLAG_ATTRIBUTE.byodBatches)).toBe('2');
  });

  it('set and clear a flag on an element', () => {
    const alert = document.createElement('div');
    setElementFlag(alert, 'kioskNotice', '');
    expect(alert.hasAttribute(FLAG_ATTRIBUTE.kioskNotice)).toBe(true);
    clearElementFlag(alert, 'kioskNotice');
    expect(alert.hasAttribute(FLAG_ATTRIBUTE.kioskNotice)).toBe(false);
  });
});
