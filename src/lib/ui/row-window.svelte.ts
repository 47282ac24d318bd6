/**
 * The row window of a long, virtualised list (ProjectList.svelte): which rows are in the DOM, and
 * how tall the rows left out are, from measured heights. Plain runes, no DOM: the component feeds it
 * the scroll position and the heights it measures, and draws what it says.
 */

/** Lists up to this long are rendered whole: a few ms, and find-in-page still sees every row. */
export const WHOLE = 250;
/** Pixels of rows kept in the DOM above and below the visible part: room for Tab and fast scrolls. */
export const MARGIN = 800;
/** A focused row further than this from the visible rows is let go (the user scrolled away). */
export const PIN_REACH = 100;

/**
 * Which rows of one long list are in the DOM: the visible ones plus a margin, between two
 * spacers (the list's padding) as tall as the rows left out. Rows vary in height (names wrap),
 * so a row counts with its measured height once drawn, and with the mean of the first ones
 * drawn until then; when a measurement moves the rows in view, the list scrolls them back.
 */
export class RowWindow<T> {
  items: T[] = $state.raw([]);
  /** The focused row: kept in the DOM whatever the scroll says, so Tab and arrows go on from it. */
  pinned = $state(-1);
  element: HTMLElement | null = null;
  private view = $state({ top: 0, bottom: 1000 });
  private version = $state(0);
  private heights = new Float64Array(0);
  private offsets = new Float64Array(1);
  private dirty = true;
  private mean = 64;
  private measured = 0;

  constructor(items: T[]) {
    this.setItems(items);
  }
  setItems(items: T[]): void {
    // The app derives a new array on every URL change (a map move, a selection); the same rows
    // keep their heights, their focus and the DOM.
    if (items.length === this.items.length && items.every((p, i) => p === this.items[i])) return;
    this.items = items;
    this.heights = new Float64Array(items.length).fill(NaN);
    this.dirty = true;
    this.pinned = -1;
    this.version += 1;
  }
  setView(top: number, bottom: number): void {
    if (top !== this.view.top || bottom !== this.view.bottom) this.view = { top, bottom };
  }
  /**
   * Applies measured row heights; returns how far the first row in view moved (rows above it
   * count with the mean until measured, and a measurement can change both): the caller scrolls
   * by as much, so the rows in view stay put.
   */
  measure(rows: [index: number, height: number][]): number {
    const first = this.rowAt(this.view.top);
    const before = this.offsetsNow()[first]!;
    let changed = false;
    for (const [i, h] of rows) {
      const old = this.heights[i];
      if (old === undefined || Math.abs(old - h) < 0.5) continue;
      // The mean settles on the first rows, so later rows do not shift the ones above them.
      if (Number.isNaN(old) && this.measured < 50) this.mean += (h - this.mean) / ++this.measured;
      this.heights[i] = h;
      changed = this.dirty = true;
    }
    if (!changed) return 0;
    this.version += 1;
    return this.offsetsNow()[first]! - before;
  }
  /** offsets[i]: the top of row i from the top of the list (O(n), only after a change). */
  private offsetsNow(): Float64Array {
    if (!this.dirty) return this.offsets;
    const n = this.heights.length;
    if (this.offsets.length !== n + 1) this.offsets = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) {
      const h = this.heights[i]!;
      this.offsets[i + 1] = this.offsets[i]! + (Number.isNaN(h) ? this.mean : h);
    }
    this.dirty = false;
    return this.offsets;
  }
  /** The row at `y` px from the list's top (binary search). */
  private rowAt(y: number): number {
    const off = this.offsetsNow();
    let [lo, hi] = [0, this.heights.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (off[mid + 1]! <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  private span = $derived.by((): [number, number] => {
    void this.version;
    const n = this.items.length;
    if (n <= WHOLE) return [0, n];
    let [start, end] = [
      this.rowAt(this.view.top - MARGIN),
      Math.min(n, this.rowAt(this.view.bottom + MARGIN) + 1),
    ];
    const pin = this.pinned;
    if (pin >= 0 && pin < n && pin > start - PIN_REACH && pin < end + PIN_REACH) {
      [start, end] = [Math.min(start, Math.max(0, pin - 1)), Math.max(end, Math.min(n, pin + 2))];
    }
    return [start, end];
  });
  start = $derived(this.span[0]);
  end = $derived(this.span[1]);
  visible = $derived(this.items.slice(this.start, this.end));
  padTop = $derived.by(() => {
    void this.version;
    return this.offsetsNow()[this.start]!;
  });
  padBottom = $derived.by(() => {
    void this.version;
    const off = this.offsetsNow();
    return off[this.items.length]! - off[this.end]!;
  });
  /** Where row i's top is, from the top of the list. */
  offsetOf(i: number): number {
    return this.offsetsNow()[i] ?? 0;
  }
}
