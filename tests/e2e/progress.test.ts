/**
 * Did it happen? The progress timeline in a project's detail, the status filter (URL, counts, list
 * and map in step), the source links, and a Chinese interface with no English sentence in any detail.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { watchedBrowser } from './page.ts';
import { expectMapMatchesList, listIds, visitInPage } from './app.ts';
import type { ProjectCollection } from '../../src/lib/domain/project.ts';
import { ENGLISH_PHRASE, latestStatus } from '../../src/lib/domain/progress.ts';

const baseUrl = inject('baseUrl');
const data = JSON.parse(readFileSync('geodata/projects.geojson', 'utf8')) as ProjectCollection;
const byId = new Map(data.features.map((f) => [f.id, f.properties]));
const { open } = watchedBrowser(baseUrl);

/** The record with the most progress entries: the richest timeline. */
const richest = [...data.features].sort(
  (a, b) => b.properties.progress.length - a.properties.progress.length,
)[0]!;
/** A searched record with nothing found. */
const silent = data.features.find(
  (f) => f.properties.progress.length === 0 && f.properties.progress_searched,
)!;

describe('the progress timeline', () => {
  it('shows the report, then each dated entry with its status and its source, in both languages', async () => {
    const p = richest.properties;
    expect(p.progress.length).toBeGreaterThan(2);
    const page = await open(`?project=${p.id}`);
    const timeline = page.locator('section.progress');
    await expect(timeline.getByRole('heading').innerText()).resolves.toBe('进展');
    const items = timeline.locator('li');
    await expect(items.count()).resolves.toBe(p.progress.length + 1);
    const texts = await items.allInnerTexts();
    // The report's entry sits at its delivery date among the entries, which are oldest first.
    const reportAt = texts.findIndex((text) => text.includes('政府工作报告'));
    expect(texts[reportAt]).toMatch(/^2021年11月18日/);
    const entryTexts = texts.filter((_, i) => i !== reportAt);
    p.progress.forEach((entry, i) => expect(entryTexts[i]).toContain(entry.fact_zh));
    // Every source is a link that opens a new tab and tells the target nothing of this page.
    const links = timeline.locator('a');
    await expect(links.count()).resolves.toBe(p.progress.length);
    for (const link of await links.all()) {
      await expect(link.getAttribute('target')).resolves.toBe('_blank');
      await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
      await expect(link.getAttribute('href')).resolves.toMatch(/^https?:\/\//);
    }

    await page.getByRole('button', { name: 'English' }).click();
    await expect(timeline.getByRole('heading').innerText()).resolves.toBe('Progress');
    const english = await items.allInnerTexts();
    for (const entry of p.progress) expect(english.join('\n')).toContain(entry.fact_en);
    expect(english.join('\n')).toContain('2021-11-18');
    await page.close();
  });

  it('says when nothing was found, and as of when', async () => {
    const page = await open(`?project=${silent.id}`);
    await expect(page.locator('section.progress .none').innerText()).resolves.toBe(
      `截至 ${silent.properties.progress_searched!.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')} 未找到公开的后续报道。`,
    );
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('section.progress .none').innerText()).resolves.toBe(
      `No public follow-up found as of ${silent.properties.progress_searched}.`,
    );
    await page.close();
  });
});

describe('the status filter', () => {
  it('filters by latest status: counts = list = map, in the URL, undone by Back', async () => {
    const page = await open();
    const chip = page.getByTestId('status-filter').getByRole('button', { name: /已投用/ });
    const count = Number(await chip.locator('.count').innerText());
    const expected = data.features
      .filter((f) => latestStatus(f.properties) === 'in_operation')
      .map((f) => f.id);
    expect(count).toBe(expected.length);
    expect(count).toBeGreaterThan(0);
    await chip.click();
    await expect(chip.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(new URL(page.url()).searchParams.get('status')).toBe('in_operation');
    const shown = await expectMapMatchesList(page);
    expect(shown.map).toEqual(shown.list);
    const listed = [...shown.list, ...(await listIds(page, 'district'))].sort();
    expect(listed).toEqual([...expected].sort());
    // Each listed row carries its status as a tag.
    await expect(
      page
        .locator('[data-testid="list-mapped"] .badge, [data-testid="list-district"] .badge')
        .allInnerTexts(),
    ).resolves.toEqual(expect.arrayContaining(['已投用']));
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBeNull();
    await expect(chip.getAttribute('aria-pressed')).resolves.toBe('false');
    await page.close();
  });

  it('opens a shared link with two statuses chosen, "none" among them', async () => {
    const page = await open('?status=none,completed&lang=en');
    const filter = page.getByTestId('status-filter');
    await expect(
      filter.getByRole('button', { name: /No follow-up found/ }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await expect(
      filter.getByRole('button', { name: /^Completed/ }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    const listed = [...(await listIds(page, 'mapped')), ...(await listIds(page, 'district'))];
    const expected = data.features.filter((f) => ['none', 'completed'].includes(latestStatus(f.properties)));
    expect(listed.length).toBe(expected.length);
    for (const id of listed) expect(['none', 'completed']).toContain(latestStatus(byId.get(id)!));
    await page.close();
  });
});

describe('the Chinese interface', () => {
  it('shows no English sentence in any project detail', async () => {
    const page = await open();
    const offending: string[] = [];
    for (const { id } of data.features) {
      // Straight from one detail to the next, as Back and Forward go.
      await visitInPage(page, `?project=${id}`);
      const heading = page.locator('#detail-heading');
      await expect.poll(() => heading.innerText()).toBe(byId.get(id)!.name_zh);
      const text = await page.locator('article.detail').innerText();
      const phrase = ENGLISH_PHRASE.exec(text);
      if (phrase) offending.push(`${id}: ${phrase[0]}`);
    }
    expect(offending).toEqual([]);
    await page.close();
  }, 120_000);
});
