import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { zh } from '../../../src/i18n/zh';
import { byodEn } from '../../../src/i18n/byod-en';
import { byodZh } from '../../../src/i18n/byod-zh';
import { ISSUE_CODES, NOTE_CODES } from '../../../src/byod/issues';
import { t } from '../../../src/i18n';
import '../../../src/byod/strings';

describe('byod strings', () => {
  it('has a sentence in both languages for every problem and note', () => {
    for (const code of ISSUE_CODES) {
      expect(t('en', `byod.issue.${code}` as never), code).not.toMatch(/^byod\./);
      expect({ ...en, ...byodEn }, code).toHaveProperty([`byod.issue.${code}`]);
      expect({ ...zh, ...byodZh }, code).toHaveProperty([`byod.issue.${code}`]);
    }
    for (const code of NOTE_CODES) {
      expect(byodEn, code).toHaveProperty([`byod.note.${code}`]);
      expect(byodZh, code).toHaveProperty([`byod.note.${code}`]);
    }
  });

  it('the lazy tables have the same keys and placeholders in both languages', () => {
    expect(Object.keys(byodZh).sort()).toEqual(Object.keys(byodEn).sort());
    const placeholders = (s: string) => (s.match(/\{\w+\}/gu) ?? []).sort();
    for (const key of Object.keys(byodEn) as (keyof typeof byodEn)[])
      expect(placeholders(byodZh[key]), key).toEqual(placeholders(byodEn[key]));
  });

  it('reads the main tables and the byod namespace through the same t()', () => {
    expect(t('en', 'byod.load')).toBe(en['byod.load']);
    expect(t('zh', 'byod.where.row', { file: 'a.csv', row: 3 })).toContain('a.csv');
  });
});
