/**
 * The order of a sortable table: the column it is sorted by and the direction. Choosing the same
 * column again reverses it; a new column starts in its natural direction (names A→Z, figures
 * largest first).
 */
export class SortOrder<C extends string> {
  by: C = $state() as C;
  descending = $state(false);

  constructor(
    initial: C,
    /** Columns that start ascending when first chosen; all others start descending. */
    private readonly ascendingFirst: readonly C[],
  ) {
    this.by = initial;
    this.descending = !ascendingFirst.includes(initial);
  }

  choose(column: C): void {
    this.descending = this.by === column ? !this.descending : !this.ascendingFirst.includes(column);
    this.by = column;
  }

  /** What aria-sort says of a column. */
  of(column: C): 'ascending' | 'descending' | 'none' {
    if (this.by !== column) return 'none';
    return this.descending ? 'descending' : 'ascending';
  }

  /** -1, 0 or 1 turned the table's way. */
  apply(order: number): number {
    return this.descending ? -order : order;
  }
}
