import { describe, expect, it } from 'vitest';
import {
  parseReloadTimes,
  parseResumePoint,
  saveResumePoint,
  takeResumePoint,
  loadReloadTimes,
} from '../../../src/kiosk/resume';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('resume point', () => {
  it('survives a reload once, then is gone', () => {
    const storage = new MemoryStorage();
    saveResumePoint(storage, { stepIndex: 3, stepsPlayed: 41, reason: 'context-lost' }, [1, 2]);
    expect(takeResumePoint(storage)).toEqual({ stepIndex: 3, stepsPlayed: 41, reason: 'context-lost' });
    expect(takeResumePoint(storage)).toBeNull();
    expect(loadReloadTimes(storage)).toEqual([1, 2]);
  });

  it('treats anything malformed as no resume point', () => {
    for (const raw of [
      null,
      '',
      '{',
      '[]',
      '{"stepIndex":-1,"stepsPlayed":0,"reason":"x"}',
      '{"stepIndex":1.5,"stepsPlayed":0,"reason":"x"}',
      '{"stepIndex":1,"stepsPlayed":0}',
    ]) {
      expect(parseResumePoint(raw), String(raw)).toBeNull();
    }
    expect(parseReloadTimes('{"a":1}')).toEqual([]);
    expect(parseReloadTimes('[1,"x",2]')).toEqual([1, 2]);
    expect(parseReloadTimes('nope')).toEqual([]);
  });
});
