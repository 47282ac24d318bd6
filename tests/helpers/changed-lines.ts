/** Lines of `after` not in `before`, and of `before` not in `after` (a multiset diff of two texts). */
export function changedLines(before: string, after: string): { added: string[]; removed: string[] } {
  const count = (text: string) => {
    const m = new Map<string, number>();
    for (const line of text.split('\n')) m.set(line, (m.get(line) ?? 0) + 1);
    return m;
  };
  const [a, b] = [count(before), count(after)];
  const only = (x: Map<string, number>, y: Map<string, number>) =>
    [...x].flatMap(([line, n]) => Array<string>(Math.max(0, n - (y.get(line) ?? 0))).fill(line));
  return { added: only(b, a), removed: only(a, b) };
}
