import { describe, expect, it } from 'vitest';
import { SortOrder } from '../../../src/lib/ui/sort-order.svelte.ts';

describe('SortOrder', () => {
  it('starts names A→Z and figures largest first, and reverses on a second choice', () => {
    const order = new SortOrder<'name' | 'total'>('name', ['name']);
    expect([order.by, order.of('name'), order.of('total')]).toEqual(['name', 'ascending', 'none']);
    order.choose('total');
    expect([order.of('total'), order.apply(1)]).toEqual(['descending', -1]);
    order.choose('total');
    expect([order.of('total'), order.apply(1)]).toEqual(['ascending', 1]);
    order.choose('name');
    expect(order.of('name')).toBe('ascending');
    order.choose('name');
    expect(order.of('name')).toBe('descending');
  });
});
