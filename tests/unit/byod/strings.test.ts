import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { zh } from '../../../src/i18n/zh';
import { ISSUE_CODES, NOTE_CODES } from '../../../src/byod/issues';

describe('byod strings', () => {
  it('has a sentence in both languages for every problem and note', () => {
    for (const code of ISSUE_CODES) {
      expect(en, code).toHaveProperty([`byod.issue.${code}`]);
      expect(zh, code).toHaveProperty([`byod.issue.${code}`]);
    }
    for (const code of NOTE_CODES) {
      expect(en, code).toHaveProperty([`byod.note.${code}`]);
      expect(zh, code).toHaveProperty([`byod.note.${code}`]);
    }
  });
});
