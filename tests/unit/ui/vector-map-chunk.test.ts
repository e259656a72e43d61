import { describe, expect, it } from 'vitest';
import { vectorMapCode } from '../../../src/ui/vector-map-chunk';

describe("the vector map's chunk", () => {
  it('is imported once: every caller awaits the same promise, settled as soon as the first import is', async () => {
    const first = vectorMapCode();
    expect(vectorMapCode()).toBe(first);
    expect(typeof (await first).startVectorMap).toBe('function');
  });
});
