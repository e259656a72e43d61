import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n';
import { en } from '../../../src/i18n/en';
import { vectorEn } from '../../../src/i18n/vector-en';
import { vectorZh } from '../../../src/i18n/vector-zh';
import '../../../src/vector/strings';

describe('vector map strings', () => {
  it('have the same keys and placeholders in both languages', () => {
    expect(Object.keys(vectorZh).sort()).toEqual(Object.keys(vectorEn).sort());
    const placeholders = (s: string) => (s.match(/\{\w+\}/gu) ?? []).sort();
    for (const key of Object.keys(vectorEn) as (keyof typeof vectorEn)[])
      expect(placeholders(vectorZh[key]), key).toEqual(placeholders(vectorEn[key]));
  });
  it('load with the vector map, not with the first view', () => {
    expect(Object.keys(en).filter((key) => key.startsWith('vector.'))).toEqual([]);
    expect(t('en', 'vector.mapStart', { problem: 'no context' })).toContain('(no context)');
  });
});
