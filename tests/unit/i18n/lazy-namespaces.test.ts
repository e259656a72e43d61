import { describe, expect, it } from 'vitest';
import { addStrings, t } from '../../../src/i18n';
import { exportEn } from '../../../src/i18n/export-en';
import { exportZh } from '../../../src/i18n/export-zh';

describe('t with lazy namespaces', () => {
  it('names a lazy string used before its feature loaded it, then reads it once added', () => {
    expect(() => t('en', 'export.title')).toThrow(`no string "export.title": its feature's strings are not loaded`);
    addStrings('export', { en: exportEn, zh: exportZh });
    expect(t('en', 'export.title')).toBe(exportEn['export.title']);
    expect(t('zh', 'export.output', { width: 2, height: 3 })).toBe('输出：2 × 3 像素');
  });

  it('reads the main tables without any namespace', () => {
    expect(t('zh', 'app.title')).toBe('浙江5G建设');
  });
});
