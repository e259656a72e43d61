import { describe, expect, it } from 'vitest';
import { compareCodes } from '../../../src/data/regions';

describe('compareCodes', () => {
  it('orders codes as localeCompare does, adcodes without a collator', () => {
    const codes = [
      '330100',
      '33',
      '330600',
      '9',
      '10',
      '650000',
      '110000',
      '000001',
      'D1',
      'd2',
      'Zhou',
      'é1',
      '1a',
      '',
    ];
    const ours = [...codes].sort(compareCodes);
    expect(ours).toEqual([...codes].sort((a, b) => a.localeCompare(b)));
    let seed = 7;
    const digits = Array.from({ length: 400 }, () => {
      seed = (seed * 48271) % 2147483647;
      return String(seed).slice(0, 1 + (seed % 7));
    });
    expect([...digits].sort(compareCodes)).toEqual([...digits].sort((a, b) => a.localeCompare(b)));
  });
});
