import { describe, expect, it } from 'vitest';
import { slotOf } from '../../../src/lib/editor/problem-slot.ts';

describe('slotOf', () => {
  it('puts each field beside its part of the form', () => {
    expect(slotOf('coordinates')).toBe('points');
    expect(slotOf('township')).toBe('points');
    expect(slotOf('method')).toBe('precision');
    expect(slotOf('source_zh')).toBe('source');
    expect(slotOf('note_zh')).toBe('note');
    expect(slotOf('progress[3].retrieved')).toBe('progress.retrieved');
    expect(slotOf('quote')).toBe('general');
    expect(slotOf(undefined)).toBe('general');
  });
});
