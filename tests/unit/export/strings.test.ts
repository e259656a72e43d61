import { describe, expect, it } from 'vitest';
import { exportEn } from '../../../src/i18n/export-en';
import { exportZh } from '../../../src/i18n/export-zh';
import { t } from '../../../src/i18n';
import '../../../src/export/strings';

describe('export panel strings', () => {
  it('has the same keys and placeholders in English and Chinese, none empty', () => {
    expect(Object.keys(exportZh).sort()).toEqual(Object.keys(exportEn).sort());
    const placeholders = (s: string) => (s.match(/\{\w+\}/gu) ?? []).sort();
    for (const key of Object.keys(exportEn) as (keyof typeof exportEn)[]) {
      expect(placeholders(exportZh[key]), key).toEqual(placeholders(exportEn[key]));
      expect(exportZh[key].trim(), key).not.toBe('');
    }
  });
  it("fills placeholders through t() once the export's strings are loaded", () => {
    expect(t('en', 'export.output', { width: 3840, height: 2160 })).toBe('Output: 3840 × 2160 px');
    expect(t('zh', 'export.output', { width: 3840, height: 2160 })).toBe('输出：3840 × 2160 像素');
    expect(t('en', 'export.useLargest', { width: 1 })).toBe('Use 1 × {height} px');
  });
});
