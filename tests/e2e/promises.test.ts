/**
 * 兑现情况 / "Promises kept?": the bars agree with the status filter and the list for every area and
 * phase, the comparison table sorts, filters, downloads and prints on numbered A4 pages, the
 * indicators are shown apart from the projects, on a desktop and a 360-px phone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchedBrowser } from './page.ts';
import { listIds, seriousViolations, visitInPage } from './app.ts';
import type { ProjectCollection } from '../../src/lib/domain/project.ts';
import { latestStatus } from '../../src/lib/domain/progress.ts';
import { groupStatuses, statusGroupOf, STATUS_GROUP_ORDER } from '../../src/lib/domain/status-groups.ts';
import { LATEST_STATUSES } from '../../src/lib/domain/vocabulary.ts';
import { parseCsv } from '../helpers/csv.ts';

const baseUrl = inject('baseUrl');
const data = JSON.parse(readFileSync('geodata/projects.geojson', 'utf8')) as ProjectCollection;
const indicators = JSON.parse(readFileSync('dist/data/indicators.json', 'utf8')) as {
  id: string;
  period: string;
}[];
const { open, openPromises } = watchedBrowser(baseUrl);

/** Phases in the order the view's buttons list them: single years newest first, then spans. */
const phases = [...new Set(data.features.map((f) => f.properties.phase))];

/** Counted from the data, apart from the app's code. */
function expectedCount(phase: string, area: string, group: string): number {
  return data.features.filter(
    ({ properties: p }) =>
      p.phase === phase && (area === 'whole' || p.area === area) && statusGroupOf(latestStatus(p)) === group,
  ).length;
}

/** The bars on the page: each area's counts by group, as the links under the bar give them. */
async function barsShown(page: Page): Promise<Map<string, Map<string, number>>> {
  const bars = await page.locator('.bar').evaluateAll((elements) =>
    elements.map((bar) => ({
      area: (bar as HTMLElement).dataset.area!,
      counts: [...bar.querySelectorAll<HTMLElement>('.counts a')].map((a) => [
        a.dataset.group!,
        Number(a.querySelector('strong')!.textContent),
      ]),
    })),
  );
  return new Map(bars.map((b) => [b.area, new Map(b.counts as [string, number][])]));
}

/** The status chips' counts in the browse view, by status key. */
async function statusChipCounts(page: Page): Promise<Map<string, number>> {
  const chips = await page
    .getByTestId('status-filter')
    .locator('.chip')
    .evaluateAll((buttons) =>
      buttons.map((b) => [
        b.querySelector('span')!.textContent!,
        Number(b.querySelector('.count')!.textContent),
      ]),
    );
  const byLabel = new Map(chips as [string, number][]);
  return new Map(Object.entries(LATEST_STATUSES).map(([key, label]) => [key, byLabel.get(label.zh) ?? 0]));
}

describe('the promises view', () => {
  it('counts, for every phase and area, what the status filter and the list count', async () => {
    const page = await openPromises('?view=promises');
    const buttons = page.locator('.phase button');
    await expect(buttons.count()).resolves.toBe(phases.length);
    /** Every segment's link, with the count its bar gives and what its address must hold. */
    const segments: { href: string; group: string; bar: Map<string, number>; params: (string | null)[] }[] =
      [];
    for (let index = 0; index < phases.length; index++) {
      await buttons.nth(index).click();
      await expect.poll(() => buttons.nth(index).getAttribute('aria-pressed')).toBe('true');
      const phase = new URL(page.url()).searchParams.get('pphase') ?? '2022';
      const shown = await barsShown(page);
      expect(shown.has('whole')).toBe(true);
      for (const [area, counts] of shown) {
        for (const group of STATUS_GROUP_ORDER)
          expect(counts.get(group) ?? 0).toBe(expectedCount(phase, area, group));
        const links = await page.locator(`.bar[data-area="${area}"] .counts a`).all();
        for (const link of links) {
          const group = (await link.getAttribute('data-group'))!;
          segments.push({
            href: new URL((await link.getAttribute('href'))!, page.url()).href,
            group,
            bar: counts,
            params: [null, phase, area === 'whole' ? null : area, groupStatuses(group as never).join(',')],
          });
        }
      }
      // A click follows the link inside the app, and Back returns to the bars.
      await page.locator('.bar[data-area="whole"] .counts a').first().click();
      await page.getByTestId('list-district').waitFor({ state: 'attached' });
      expect(page.url()).toBe(segments.find((s) => s.params[1] === phase && s.params[2] === null)!.href);
      await page.goBack();
      await page.locator('.comparison tbody tr').first().waitFor();
    }
    await page.close();

    // Every link's browse view, in one page that follows each address as it follows Back and
    // Forward (a map made once, not once a link): its list counts what the bar counts, and the
    // status filter's counts (every filter but its own applies) give the whole bar.
    const browse = await open();
    for (const { href, group, bar, params } of segments) {
      await visitInPage(browse, href);
      const url = new URL(browse.url()).searchParams;
      expect([url.get('view'), url.get('phase'), url.get('area'), url.get('status')]).toEqual(params);
      await expect
        .poll(
          async () => [...(await listIds(browse, 'mapped')), ...(await listIds(browse, 'district'))].length,
        )
        .toBe(bar.get(group));
      const chips = await statusChipCounts(browse);
      for (const g of STATUS_GROUP_ORDER)
        expect(groupStatuses(g).reduce((sum, status) => sum + chips.get(status)!, 0)).toBe(bar.get(g) ?? 0);
    }
    await browse.close();
  });

  it('sorts and filters the comparison table, and downloads what it shows as CSV and XLSX', async () => {
    const page = await openPromises('?view=promises&lang=en');
    const inPhase = data.features.filter((f) => f.properties.phase === '2022');
    const rows = page.locator('.comparison tbody tr');
    await expect(rows.count()).resolves.toBe(inPhase.length);
    await page.getByRole('button', { name: 'Date' }).click();
    const dates = inPhase.flatMap((f) => f.properties.progress.map((e) => e.date)).sort();
    const newest = inPhase.find((f) => f.properties.progress.at(-1)?.date === dates.at(-1))!;
    await expect(rows.first().getAttribute('data-id')).resolves.toBe(newest.id);
    await expect(page.locator('th[aria-sort="descending"]').innerText()).resolves.toContain('Date');
    await page.getByLabel('Only promises with a number').check();
    const withNumbers = inPhase.filter((f) => f.properties.targets.length > 0);
    await expect.poll(() => rows.count()).toBe(withNumbers.length);
    await expect(page.getByRole('status').filter({ hasText: 'promises' }).innerText()).resolves.toBe(
      `${withNumbers.length} promises`,
    );
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the table (CSV)' }).click(),
    ]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(csv.suggestedFilename()).toBe('promises-2022-en.csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...body] = parseCsv(text.slice(1));
    expect(header![0]).toBe('id');
    expect(body.map((r) => r[0])).toEqual(
      await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id)),
    );
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the table (Excel)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('promises-2022-en.xlsx');
    expect(
      readFileSync((await xlsx.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    // A promise's name opens its project on the map; Back returns to the table.
    const first = (await rows.first().getAttribute('data-id'))!;
    await rows.first().locator('a.name').click();
    await page.locator('#detail-heading').waitFor();
    expect(new URL(page.url()).searchParams.get('project')).toBe(first);
    await page.goBack();
    await page.locator('.comparison tbody tr').first().waitFor();
    await page.close();
  });

  it('prints on numbered A4 pages, the column headings on each page of the table', async () => {
    const page = await openPromises('?view=promises');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)!.length;
    const folder = mkdtempSync(join(tmpdir(), 'promises-print-'));
    writeFileSync(join(folder, 'table.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(folder, 'table.pdf'), '-'], { encoding: 'utf8' });
    const pageTexts = text.split('\f').filter((t) => t.trim() !== '');
    expect(pageTexts).toHaveLength(pages);
    expect(pages).toBeGreaterThan(3);
    // Each page ends with its number, "n / total".
    pageTexts.forEach((t, i) => expect(t.trim().split('\n').at(-1)!.trim()).toBe(`${i + 1} / ${pages}`));
    // Every page after the first (the bars) starts with the headings of the table it continues:
    // the comparison table's, or at the end the indicators'.
    // (A heading row may take a few text lines: its cells are not on one baseline.)
    const tops = pageTexts.slice(1).map((t) => t.trim().split('\n').slice(0, 3).join(' '));
    const kinds = tops.map((top) =>
      top.includes('承诺（报告原文）') ? 'table' : top.startsWith('指标') ? 'goals' : top,
    );
    const tablePages = kinds.filter((k) => k === 'table').length;
    expect(tablePages).toBeGreaterThan(1);
    expect(kinds).toEqual([
      ...Array(tablePages).fill('table'),
      ...Array(kinds.length - tablePages).fill('goals'),
    ]);
    expect(pageTexts[0]).toContain('主要目标任务完成情况对照表');
    expect(text).toContain('未找到公开数据');
    // The screen's controls stay on screen.
    expect(text).not.toContain('下载对照表');
    await page.close();
  });

  it('shows the report’s numeric goals apart: target beside actual, never in the project count', async () => {
    const page = await openPromises('?view=promises');
    const rows = page.locator('.indicators tbody tr');
    const covering2022 = indicators.filter((i) => {
      const [from, to = from] = i.period.split('-');
      return from! <= '2022' && '2022' <= to!;
    });
    await expect(rows.count()).resolves.toBe(covering2022.length);
    await expect(page.locator('.indicators .none').count()).resolves.toBe(covering2022.length);
    await expect(page.locator('tr[data-id="gdp-annual-growth"]').innerText()).resolves.toContain('10%以上');
    const whole = await page.locator('.bar[data-area="whole"] h4').innerText();
    expect(whole).toContain(`共${data.features.filter((f) => f.properties.phase === '2022').length}项`);
    await page.close();
  });

  it('fits a 360-px phone in large text, in both languages, reached from the list’s sheet and back', async () => {
    for (const lang of ['zh', 'en']) {
      const page = await openPromises(`?view=promises&a11y=large&lang=${lang}`, { width: 360, height: 640 });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
      await expect(page.locator('.comparison thead').isVisible()).resolves.toBe(false);
      await expect(page.locator('.bar').first().isVisible()).resolves.toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      // No mode buttons in a phone's header: the way back is atop the view, the way in on the sheet.
      await expect(page.locator('header .modes').isVisible()).resolves.toBe(false);
      await page.getByRole('button', { name: lang === 'zh' ? '← 浏览项目' : '← Browse projects' }).click();
      await page.getByTestId('list-district').waitFor({ state: 'attached' });
      await page
        .locator('.sheet-bar')
        .getByRole('button', { name: lang === 'zh' ? '兑现情况' : 'Promises kept?' })
        .click();
      await page.locator('.comparison tbody tr').first().waitFor();
      expect(new URL(page.url()).searchParams.get('view')).toBe('promises');
      await page.close();
    }
  });

  it('has no serious accessibility problem on a desktop', async () => {
    const page = await openPromises('?view=promises&lang=en');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
