/**
 * The virtualised list at a large size, checked rather than timed: how many rows are in the DOM,
 * whether Tab and the arrow keys walk the rows in order past the drawn window, whether End and
 * Home reach the last and the first row, whether a scroll to the middle draws the rows in view, and
 * whether `listedIds()` still gives every id. Prints a line for the report; throws on a failure.
 */
import type { Page } from 'playwright-core';

type ListElement = HTMLElement & { listedIds(): string[] };

const focused = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id ?? null);

export async function checkLongList(page: Page): Promise<string> {
  const listed = await page.evaluate(() =>
    (document.querySelector('[data-testid="list-mapped"]') as ListElement).listedIds(),
  );
  const rows = await page.locator('.item').count();
  const problems: string[] = [];
  // Tab from the first row well past the rows drawn at first: every next row must come next.
  await page.locator('[data-testid="list-mapped"] .item').first().focus();
  const steps = Math.min(rows + 20, listed.length - 1);
  for (let i = 1; i <= steps; i++) {
    await page.keyboard.press(i % 2 ? 'Tab' : 'ArrowDown');
    const id = await focused(page);
    if (id !== listed[i]) {
      problems.push(`step ${i}: focus on ${id}, expected ${listed[i]}`);
      break;
    }
  }
  await page.keyboard.press('End');
  const districtIds = await page.evaluate(() =>
    (document.querySelector('[data-testid="list-district"]') as ListElement).listedIds(),
  );
  const last = districtIds.at(-1) ?? listed.at(-1);
  if ((await focused(page)) !== last) problems.push(`End did not reach the last row ${last}`);
  await page.keyboard.press('Home');
  if ((await focused(page)) !== listed[0]) problems.push('Home did not reach the first row');
  // A jump to the middle of the list by scrolling: the rows in view are drawn.
  const inView = await page.evaluate(async () => {
    const list = document.querySelector('[data-testid="list-mapped"]') as HTMLElement;
    let scroller = list.parentElement;
    while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY))
      scroller = scroller.parentElement;
    scroller!.scrollTop = list.offsetTop + list.offsetHeight / 2;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const box = scroller!.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit?.closest('.item') !== null;
  });
  if (!inView) problems.push('after a scroll to the middle, no row is drawn in view');
  if (problems.length > 0) throw new Error(`the long list failed its checks: ${problems.join('; ')}`);
  return `${rows} of ${listed.length + districtIds.length} rows in the DOM; Tab/arrows in order over ${steps} rows, End, Home, scroll to the middle: passed`;
}
