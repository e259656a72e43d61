import { describe, expect, it } from 'vitest';
import { isSameOriginPath, parseUrlState, serialiseState } from '../../../src/state/url-state';
import { en } from '../../../src/i18n/en';
import { zh } from '../../../src/i18n/zh';
import { langFromNavigator, t } from '../../../src/i18n';

describe('parseUrlState', () => {
  it('gives the defaults for an empty query', () => {
    const { state, notices } = parseUrlState('', 'en');
    expect(state).toMatchObject({
      view: 'zhejiang',
      metric: 'stations-per-10k-regions',
      lang: 'en',
      popup: null,
      kiosk: false,
      idleSeconds: 60,
    });
    expect(notices).toEqual([]);
  });
  it('reads every deep-link parameter', () => {
    const { state } = parseUrlState(
      '?view=shaoxing&metric=residents-per-km2&lang=zh&popup=shaoxing&kiosk=1&idle=5&tour-interval=0.5',
      'en',
    );
    expect(state).toMatchObject({
      view: 'shaoxing',
      metric: 'residents-per-km2',
      lang: 'zh',
      popup: 'shaoxing',
      kiosk: true,
      idleSeconds: 5,
      tourIntervalSeconds: 0.5,
    });
  });
  it('falls back to defaults with a notice for unknown or malformed values', () => {
    const { state, notices } = parseUrlState('?view=mars&metric=&lang=fr&popup=<b>&idle=-4', 'zh');
    expect(state).toMatchObject({
      view: 'zhejiang',
      metric: 'stations-per-10k-regions',
      lang: 'zh',
      popup: null,
      idleSeconds: 60,
    });
    expect(notices.map((n) => n.param)).toEqual(['view', 'metric', 'lang', 'popup', 'idle']);
    expect(notices[0]).toEqual({ param: 'view', value: 'mars', fallback: 'zhejiang' });
  });
  it('takes a tour interval from 0.01 s (the memory test plays hundreds of steps) to an hour, and no other', () => {
    expect(parseUrlState('?tour-interval=0.01', 'en').state.tourIntervalSeconds).toBe(0.01);
    expect(parseUrlState('?tour-interval=3600', 'en').state.tourIntervalSeconds).toBe(3600);
    for (const bad of ['0.009', '0', '3601', 'soon']) {
      const { state, notices } = parseUrlState(`?tour-interval=${bad}`, 'en');
      expect(state.tourIntervalSeconds).toBeNull();
      expect(notices).toEqual([{ param: 'tour-interval', value: bad, fallback: 'none' }]);
    }
  });
  it('refuses paths to other origins', () => {
    expect(isSameOriginPath('data/q1.csv')).toBe(true);
    expect(isSameOriginPath('/data/q1.csv')).toBe(true);
    expect(isSameOriginPath('https://example.com/x.csv')).toBe(false);
    expect(isSameOriginPath('//example.com/x.csv')).toBe(false);
    expect(isSameOriginPath('javascript:alert(1)')).toBe(false);
    const { state, notices } = parseUrlState('?data=https://evil.example/x.csv', 'en');
    expect(state.data).toBeNull();
    expect(notices[0]?.param).toBe('data');
  });
  it('round-trips through serialiseState', () => {
    const { state } = parseUrlState('?view=china&metric=stations-per-km2&lang=zh&popup=hangzhou', 'en');
    expect(parseUrlState(serialiseState(state, 'en'), 'en').state).toEqual(state);
    expect(serialiseState(parseUrlState('', 'en').state, 'en')).toBe('');
  });
});

describe('i18n', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const table of [en, zh]) for (const value of Object.values(table)) expect(value.trim()).not.toBe('');
  });
  it('uses the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/gu) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
  });
  it('fills placeholders and picks the browser language', () => {
    expect(t('en', 'legend.reference', { value: '20.1' })).toBe('China average: 20.1');
    expect(langFromNavigator(['zh-CN', 'en'])).toBe('zh');
    expect(langFromNavigator(['fr-FR'])).toBe('en');
  });
});
