import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportEn } from '../../../src/i18n/export-en';
import { exportZh } from '../../../src/i18n/export-zh';

type I18n = typeof import('../../../src/i18n');

// A fresh copy of the module: test files share modules in a worker (vitest isolate: false), and another file may
// already have added the export strings to the copy they share.
let i18n: I18n;
beforeEach(async () => {
  vi.resetModules();
  i18n = await import('../../../src/i18n');
  await Promise.all(i18n.LANGS.map(i18n.loadLang));
});

describe('t with lazy namespaces', () => {
  it('names a lazy string used before its feature loaded it, then reads it once added', () => {
    const { addStrings, t } = i18n;
    expect(() => t('en', 'export.title')).toThrow(`no string "export.title": its feature's strings are not loaded`);
    addStrings('export', { en: exportEn, zh: exportZh });
    expect(t('en', 'export.title')).toBe(exportEn['export.title']);
    expect(t('zh', 'export.output', { width: 2, height: 3 })).toBe('输出：2 × 3 像素');
  });

  it('reads the main tables without any namespace', () => {
    expect(i18n.t('zh', 'app.title')).toBe('浙江5G建设');
  });
});
