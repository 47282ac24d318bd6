/**
 * Runs `work` when the browser is idle: `requestIdleCallback` where there is one, otherwise (Safari)
 * a short timeout with a budget of one frame's time. `work` gets the milliseconds it may take.
 */
export function whenIdle(work: (budgetMs: number) => void): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback((deadline) => work(deadline.timeRemaining()));
  else setTimeout(() => work(8), 50);
}
