import { describe, expect, it } from 'vitest';
import { MARGIN, PIN_REACH, RowWindow, WHOLE } from '../../../src/lib/ui/row-window.svelte.ts';

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}` }));
/** The mean height a row counts with until measured. */
const MEAN = 64;

describe('RowWindow', () => {
  it('draws a short list whole, with no spacers', () => {
    const win = new RowWindow(rows(WHOLE));
    expect([win.start, win.end, win.padTop, win.padBottom]).toEqual([0, WHOLE, 0, 0]);
    expect(win.visible).toHaveLength(WHOLE);
  });

  it('draws only the rows in view and a margin of a long list, between spacers as tall as the rest', () => {
    const win = new RowWindow(rows(10_000));
    win.setView(100_000, 101_000);
    const first = Math.floor((100_000 - MARGIN) / MEAN);
    expect(win.start).toBe(first);
    expect(win.end).toBe(Math.floor((101_000 + MARGIN) / MEAN) + 1);
    expect(win.padTop).toBe(first * MEAN);
    expect(win.padTop + (win.end - win.start) * MEAN + win.padBottom).toBe(10_000 * MEAN);
    expect(win.visible[0]).toBe(win.items[first]);
  });

  it('counts measured rows with their height, and says how far the rows in view moved', () => {
    const win = new RowWindow(rows(1_000));
    win.setView(640, 1_280); // row 10 is the first in view
    // Rows above the view turn out taller: the view's first row moves down by as much.
    const moved = win.measure([
      [0, 100],
      [1, 100],
    ]);
    expect(moved).toBeGreaterThan(0);
    expect(win.offsetOf(2)).toBe(200);
    // The same heights again change nothing.
    expect(
      win.measure([
        [0, 100],
        [1, 100],
      ]),
    ).toBe(0);
  });

  it('keeps a focused row drawn when the view moves a little, and lets it go when it moves far', () => {
    const win = new RowWindow(rows(10_000));
    win.setView(0, 640);
    win.pinned = 5;
    win.setView(64 * 60, 64 * 70);
    expect(win.start).toBeLessThanOrEqual(5);
    win.setView(64 * (PIN_REACH + 200), 64 * (PIN_REACH + 210));
    expect(win.start).toBeGreaterThan(5);
  });

  it('keeps its measurements and focus for the same rows, and starts afresh for others', () => {
    const items = rows(1_000);
    const win = new RowWindow(items);
    win.measure([[0, 300]]);
    win.pinned = 3;
    win.setItems([...items]);
    expect([win.offsetOf(1), win.pinned]).toEqual([300, 3]);
    // Other rows: no height is known (each counts with the mean, which the first rows measured set).
    win.measure([[1, 10]]);
    win.setItems(items.slice(1));
    expect(win.offsetOf(2)).toBe(2 * win.offsetOf(1));
    expect(win.pinned).toBe(-1);
  });
});
