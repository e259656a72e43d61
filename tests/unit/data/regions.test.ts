import { describe, expect, it } from 'vitest';
import { compareCodes } from '../../../src/data/regions';
import { random } from '../../fixtures/random';

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
    const next = random(7);
    const digits = Array.from({ length: 400 }, () =>
      String(Math.floor(next() * 1e7)).slice(0, 1 + Math.floor(next() * 7)),
    );
    expect([...digits].sort(compareCodes)).toEqual([...digits].sort((a, b) => a.localeCompare(b)));
  });
});
