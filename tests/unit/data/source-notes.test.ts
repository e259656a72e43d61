import { describe, expect, it } from 'vitest';
import { SOURCE_NOTES } from '../../../src/data/source-notes';
import { SOURCES } from '../../../src/data/sources';

describe('source notes', () => {
  it('say in both languages what every source is', () => {
    expect(Object.keys(SOURCE_NOTES).sort()).toEqual(Object.keys(SOURCES).sort());
    for (const note of Object.values(SOURCE_NOTES)) {
      expect(note.en.trim()).not.toBe('');
      expect(note.zh.trim()).not.toBe('');
    }
  });
});
