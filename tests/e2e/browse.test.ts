/**
 * The journeys a resident makes: filter, search, open a project, follow a shared link, switch
 * language, read the report, use a phone, use only the keyboard, go back and forward.
 */
import { describe, expect, inject, it } from 'vitest';
import { clickMapAt } from './map.ts';
import { waitForMapIdle, watchedBrowser } from './page.ts';
import { expectMapMatchesList, listIds, visitInPage } from './app.ts';

const baseUrl = inject('baseUrl');
const { open } = watchedBrowser(baseUrl);

describe('browsing the projects', () => {
  it('filters to one task area: the list and the map show the same projects', async () => {
    const page = await open();
    const all = await expectMapMatchesList(page);
    expect(all.list.length).toBeGreaterThan(20);
    expect(all.map).toEqual(all.list);

    const chip = page.getByRole('button', { name: /民生/ });
    const countOnChip = Number(await chip.locator('.count').innerText());
    await chip.click();
    await expect(chip.getAttribute('aria-pressed')).resolves.toBe('true');
    const filtered = await expectMapMatchesList(page);
    expect(filtered.map).toEqual(filtered.list);
    expect(filtered.list.length).toBeGreaterThan(0);
    expect(filtered.list.length).toBeLessThan(all.list.length);
    const district = await listIds(page, 'district');
    // The chip's count is every matching project: on the map plus district-wide.
    expect(filtered.list.length + district.length).toBe(countOnChip);
    expect(new URL(page.url()).searchParams.get('area')).toBe('livelihood');
    await expect(page.getByTestId('live-summary').innerText()).resolves.toMatch(
      new RegExp(`^显示 ${filtered.list.length} 个项目，分布在 \\d+ 个镇街$`),
    );
    await page.close();
  });

  it('finds 董志塬水厂 by searching 水厂, and opens it', async () => {
    const page = await open();
    await page.getByRole('searchbox').fill('水厂');
    const item = page.locator('.item', { hasText: '董志塬水厂' });
    await item.click();
    await expect(page.locator('#detail-heading').innerText()).resolves.toBe('董志塬水厂');
    await expect(page.locator('blockquote').innerText()).resolves.toContain('建成投用董志塬水厂');
    expect(new URL(page.url()).searchParams.get('project')).toBe('dongzhiyuan-water-plant');
    await page.close();
  });

  it('finds the pig farms by searching "pig" in English', async () => {
    const page = await open('?lang=en');
    await page.getByRole('searchbox').fill('pig');
    const names = await page.locator('.item .name').allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    expect(names.some((n) => /Qilou|Qijialou|Yanqiao|Yanqi/i.test(n))).toBe(true);
    await page.close();
  });

  it('opens a project from a shared link, selected on the map', async () => {
    const page = await open('?project=xiaojin-sewage-plant');
    await expect(page.locator('#detail-heading').innerText()).resolves.toBe('肖金污水处理厂');
    const selected = await page.evaluate(() => {
      const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      return map.getFeatureState({ source: 'project-markers', id: 'xiaojin-sewage-plant' }).selected === true;
    });
    expect(selected).toBe(true);
    await page.close();
  });

  it('switches to English and back, keeping the state in the URL', async () => {
    const page = await open('?area=rural');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('h1 .long').innerText()).resolves.toContain('Xifeng District');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const url = new URL(page.url());
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('area')).toBe('rural');
    await expect(page.locator('.chip[aria-pressed="true"]').innerText()).resolves.toContain('Rural');
    await page.getByRole('button', { name: '中文' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.close();
  });

  it('goes back and forward through filter changes', async () => {
    const page = await open();
    await page.getByRole('button', { name: /县域经济/ }).click();
    await page.getByRole('button', { name: /2021年完成/ }).click();
    expect(new URL(page.url()).searchParams.get('phase')).toBe('2021');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('phase')).toBeNull();
    expect(new URL(page.url()).searchParams.get('area')).toBe('economy');
    await expect(page.getByRole('button', { name: /2021年完成/ }).getAttribute('aria-pressed')).resolves.toBe(
      'false',
    );
    await page.goForward();
    await expect.poll(() => new URL(page.url()).searchParams.get('phase')).toBe('2021');
    await page.close();
  });

  it('ignores unknown and malformed URL values instead of failing', async () => {
    const page = await open('?area=nonsense,city&phase=%E0%A4%A&project=<script>&map=abc&lang=fr');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect(page.locator('.chip[aria-pressed="true"]').allInnerTexts()).resolves.toHaveLength(1);
    await page.close();
  });

  it("reads the report at the project's line and comes back through a paragraph link", async () => {
    const page = await open('?project=dongzhiyuan-water-plant');
    await page.getByRole('button', { name: /在报告全文中查看/ }).click();
    // The reader names its report; the link is the one made when there was one report: no report=.
    const dialog = page.getByRole('dialog', { name: '2022年甘肃省庆阳市西峰区人民政府工作报告' });
    await expect(dialog.locator('mark').innerText()).resolves.toBe('建成投用董志塬水厂');
    await expect(dialog.locator('.para.current .num').innerText()).resolves.toBe('65');
    expect(new URL(page.url()).search).toBe('?project=dongzhiyuan-water-plant&line=65');
    await dialog.locator('#report-line-93').getByRole('button', { name: '肖金污水处理厂' }).click();
    await expect(page.getByRole('dialog').isVisible()).resolves.toBe(false);
    await expect(page.locator('#detail-heading').innerText()).resolves.toBe('肖金污水处理厂');
    await page.close();
  });

  it('works with the keyboard alone: search, open, close with Esc, focus returns', async () => {
    const page = await open();
    await page.getByRole('searchbox').focus();
    await page.keyboard.type('污水处理厂');
    let reached = '';
    for (let i = 0; i < 40 && !reached.includes('肖金污水处理厂'); i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(reached).toContain('肖金污水处理厂');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('detail-heading');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id))
      .toBe('xiaojin-sewage-plant');
    await page.close();
  });

  it('opens each dialog with the focus inside it, keeps it there, and gives it back on Escape', async () => {
    const page = await open('?project=dongzhiyuan-water-plant');
    const focusedIn = (selector: string) =>
      page.evaluate((s) => Boolean(document.activeElement?.closest(s)), selector);
    for (const [opener, heading] of [
      [page.getByRole('button', { name: '在报告全文中查看' }), '2022年甘肃省庆阳市西峰区人民政府工作报告'],
      [page.getByRole('button', { name: '嵌入此地图' }), '生成嵌入代码'],
    ] as const) {
      await opener.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: heading });
      await dialog.waitFor();
      await expect.poll(() => focusedIn('dialog[open]')).toBe(true);
      // Thirty tabs go round the dialog's own controls and never leave it.
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        expect(await focusedIn('dialog[open]')).toBe(true);
      }
      // Escape from the dialog's own controls: inside the embed builder's preview, a separate
      // page, Escape belongs to that page (where the tabs end up depends on how much of it has
      // loaded, so the test starts from a known place).
      await dialog.getByRole('button', { name: '关闭' }).focus();
      // Noted once the dialog's own close handler (which gives the focus back) has run.
      await dialog.evaluate((d) => {
        const w = window as unknown as { __closed: boolean };
        w.__closed = false;
        d.addEventListener('close', () => setTimeout(() => (w.__closed = true)), { once: true });
      });
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => (window as unknown as { __closed: boolean }).__closed);
      await expect.poll(() => dialog.isVisible()).toBe(false);
      await expect.poll(() => opener.evaluate((el) => el === document.activeElement)).toBe(true);
    }
    await page.close();
  });

  it('keeps the focus in the embed builder while its preview, opened on a project, loads', async () => {
    // The preview is the app itself, on the selected project: it must not take the focus on load
    // (nor would it from a host page, had the browser not already forbidden that across origins).
    const page = await open('?project=dongzhiyuan-water-plant');
    await page.getByRole('button', { name: '嵌入此地图' }).click();
    const preview = page.frameLocator('dialog iframe');
    await preview.locator('#detail-heading').waitFor();
    // Loaded to the end (its map idle): anything that would take the focus on load has run.
    await waitForMapIdle((await (await page.waitForSelector('dialog iframe')).contentFrame())!);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('关闭');
    await page.close();
  });

  it('selects a project by clicking its marker, and highlights list items on the map when hovered', async () => {
    const page = await open('?map=14/35.611/107.532');
    await clickMapAt(page, [107.532291, 35.611205]);
    await expect.poll(() => new URL(page.url()).searchParams.get('project')).toBe('beishiku-temple');
    await expect(page.locator('#detail-heading').innerText()).resolves.toBe('北石窟寺');

    await page.getByRole('button', { name: /返回列表/ }).click();
    await page.locator('.item[data-id="nanzuo-ruins-excavation"]').hover();
    const hovered = () =>
      page.evaluate(
        () =>
          (window as unknown as { __map: import('maplibre-gl').Map }).__map.getFeatureState({
            source: 'project-markers',
            id: 'nanzuo-ruins-excavation',
          }).hover === true,
      );
    await expect.poll(hovered).toBe(true);
    await page.mouse.move(1400, 10);
    await expect.poll(hovered).toBe(false);
    await page.close();
  });

  it('goes back and forth between located projects while the map is still flying', async () => {
    // Regression: a flight interrupted by the next selection used to write the URL inside the
    // selection's effect, and Svelte stopped the loop with effect_update_depth_exceeded.
    const page = await open('?project=nanzuo-ruins-excavation');
    for (const id of [
      'beishiku-temple',
      'yellow-river-prehistoric-culture-park',
      'zhengda-food-plant-2022',
    ]) {
      const before = await page.locator('#detail-heading').innerText();
      await visitInPage(page, `?project=${id}`);
      // The selection has been handled (and its flight started) before the next one interrupts it.
      await expect.poll(() => page.locator('#detail-heading').innerText()).not.toBe(before);
    }
    await page.goBack();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('project')).toBe('beishiku-temple');
    await expect(page.locator('#detail-heading').innerText()).resolves.toBe('北石窟寺');
    await waitForMapIdle(page);
    await page.close();
  });

  it('moves the map without animation when the user prefers reduced motion', async () => {
    const page = await open('', undefined, 'reduce');
    await page.locator('.item[data-id="nanzuo-ruins-excavation"]').click();
    // A jump, not a flight: right after the click the camera is already there and not moving.
    const camera = await page.evaluate(() => {
      const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      return { moving: map.isMoving(), zoom: map.getZoom(), center: map.getCenter().toArray() };
    });
    expect(camera.moving).toBe(false);
    expect(camera.zoom).toBeGreaterThanOrEqual(14);
    expect(camera.center[0]).toBeCloseTo(107.599972, 4);
    await page.close();
  });

  it('fits a 360-px phone: the list is a bottom sheet, targets are at least 44 px', async () => {
    const page = await open('', { width: 360, height: 640 });
    const sheet = page.locator('aside.panel');
    const box = (await sheet.boundingBox())!;
    expect(box.y).toBeGreaterThan(200);
    await page.getByRole('button', { name: '显示列表' }).click();
    expect((await sheet.boundingBox())!.y).toBeLessThan(box.y);
    // Checkboxes are excluded: their label, 44 px high, is the target.
    const small = await page
      .locator('button:visible, select:visible, input:visible:not([type="checkbox"])')
      .evaluateAll((nodes) =>
        nodes
          .map((n) => ({
            label: n.textContent?.trim() || n.getAttribute('aria-label') || n.tagName,
            r: n.getBoundingClientRect(),
          }))
          .filter(({ r }) => r.width > 0 && (r.height < 44 || r.width < 24))
          .map(({ label, r }) => `${label} ${Math.round(r.width)}×${Math.round(r.height)}`),
      );
    expect(small).toEqual([]);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(360);
    await page.locator('.item').first().click();
    await page.locator('#detail-heading').waitFor();
    await page.close();
  });
});
