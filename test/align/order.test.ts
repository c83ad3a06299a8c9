import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descendingOrder } from '../../src/align/order.js';

/** The ordering the candidate list had with a comparator: larger first, ties in position order. */
function byComparator(values: Float64Array): number[] {
  return Array.from(values.keys()).sort((a, b) => (values[b] as number) - (values[a] as number) || a - b);
}

// Scores repeat (ties matter) and include zero, negative zero, negatives and tiny values.
const score = fc.oneof(
  fc.constantFrom(0, -0, 0.2, 0.5, 1, -1, Number.MIN_VALUE, -Number.MIN_VALUE),
  fc.double({ min: -2, max: 2, noNaN: true }),
);

describe('descendingOrder', () => {
  it('orders like the stable comparator sort on short lists', () => {
    fc.assert(
      fc.property(fc.array(score, { maxLength: 200 }), (xs) => {
        const values = Float64Array.from(xs);
        expect(Array.from(descendingOrder(values))).toEqual(byComparator(values));
      }),
    );
  });

  it('orders like the stable comparator sort on lists long enough for the radix passes', () => {
    fc.assert(
      fc.property(fc.array(score, { minLength: 5000, maxLength: 6000 }), (xs) => {
        const values = Float64Array.from(xs);
        expect(Array.from(descendingOrder(values))).toEqual(byComparator(values));
      }),
      { numRuns: 15 },
    );
  });

  it('keeps position order among equal scores', () => {
    const values = new Float64Array(5000).fill(0.25);
    values[4999] = 0.5;
    const order = descendingOrder(values);
    expect(order[0]).toBe(4999);
    expect(Array.from(order.subarray(1, 4))).toEqual([0, 1, 2]);
  });
});
