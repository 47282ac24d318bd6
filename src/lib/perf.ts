/**
 * Performance marks for the benchmark (npm run bench, docs/performance.md): a filter change
 * starts at `filter:start`; `filter:list` is set once the list shows the result and `filter:map`
 * once the map has drawn it. Marks cost next to nothing, so they stay in production builds.
 */
export const MARKS = { start: 'filter:start', list: 'filter:list', map: 'filter:map' } as const;

export function mark(name: (typeof MARKS)[keyof typeof MARKS]): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}
