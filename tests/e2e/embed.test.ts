/**
 * Embedding on another site: the built app served under the strict CSP on one origin, host pages
 * on others. Checks the embed layout, the postMessage API both ways, the allowlist, the host-side
 * resize script, the builder's snippet pasted into a host page, and that no request leaves localhost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { districtFeaturesDrawn } from './map.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { strictCsp } from './csp.ts';
import { waitForMapIdle } from './page.ts';

let browser: Browser;
let app: StaticSite;
let host: StaticSite;
let foreign: StaticSite;
const hostFiles: Record<string, string> = {};
const foreignFiles: Record<string, string> = {};
const appFiles: Record<string, string> = {};

/** A host page: the snippet, the host script, and a harness that records and sends messages. */
function hostPage(snippet: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body>
<h1>District website</h1>
${snippet}
<script>
  window.__messages = [];
  window.addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
  window.__send = (message, origin) => document.querySelector('iframe').contentWindow.postMessage(message, origin);
</script></body></html>`;
}

const iframe = (query: string) =>
  `<iframe src="${app.url}${query}" title="map" data-xifeng-map style="width:100%;height:300px;border:0"></iframe>` +
  `<script src="${app.url}embed-host.js"></script>`;

interface Watched {
  context: BrowserContext;
  page: Page;
  problems: string[];
  outside: string[];
}

async function openHost(site: StaticSite, path: string): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const problems: string[] = [];
  const outside: string[] = [];
  // Every frame reports CSP violations to the console, where the test collects them.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  context.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1:') && !/^(data|blob):/.test(r.url())) outside.push(r.url());
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(`${site.url}${path}`);
  return { context, page, problems, outside };
}

async function mapFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  const frame = (await handle.contentFrame())!;
  await waitForMapIdle(frame);
  return frame;
}

const envelope = { protocol: 'xifeng-report-map', version: 1 };

beforeAll(async () => {
  browser = await launchChromium();
  host = await serveStatic({ files: hostFiles });
  foreign = await serveStatic({ files: foreignFiles });
  app = await serveStatic({
    root: 'dist',
    headers: { 'Content-Security-Policy': strictCsp([host.origin, foreign.origin]) },
    files: appFiles,
  });
  appFiles['/config.json'] = JSON.stringify({ embed: { allowedOrigins: [host.origin] } });
  hostFiles['/pre-filtered.html'] = hostPage(iframe('?embed=1&area=rural'));
  hostFiles['/promises.html'] = hostPage(iframe('?embed=1&view=promises'));
  foreignFiles['/foreign.html'] = hostPage(iframe('?embed=1&area=rural'));
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([app?.close(), host?.close(), foreign?.close()]);
});

describe('the embedded map', () => {
  it('runs under the strict CSP in a host page on another origin, pre-filtered, with the embed layout', async () => {
    const { context, page, problems, outside } = await openHost(host, 'pre-filtered.html');
    const frame = await mapFrame(page);
    // No page chrome: no title bar, no side panel.
    expect(await frame.locator('h1, aside.panel').count()).toBe(0);
    await expect(frame.locator('.chip[aria-pressed="true"]').innerText()).resolves.toContain('乡村振兴');
    await expect(frame.locator('footer.attribution').isVisible()).resolves.toBe(true);
    const link = frame.getByRole('link', { name: /完整地图/ });
    const href = new URL((await link.getAttribute('href'))!, app.url);
    expect(href.searchParams.get('embed')).toBeNull();
    expect(href.searchParams.get('area')).toBe('rural');
    const drawn = await districtFeaturesDrawn(frame);
    expect(drawn).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('tells the host ready, height, state and select, and the host script sizes the frame', async () => {
    const { context, page, problems } = await openHost(host, 'pre-filtered.html');
    const frame = await mapFrame(page);
    const messages = () =>
      page.evaluate(
        () => (window as unknown as { __messages: { origin: string; data: { type: string } }[] }).__messages,
      );
    await expect.poll(async () => (await messages()).map((m) => m.data.type)).toContain('ready');
    const all = await messages();
    expect(all.every((m) => m.origin === app.origin)).toBe(true);
    const state = all.filter((m) => m.data.type === 'state').at(-1)!.data as unknown as {
      state: { areas: string[] };
    };
    expect(state.state.areas).toEqual(['rural']);
    const height = all.filter((m) => m.data.type === 'height').at(-1)!.data as unknown as { height: number };
    expect(height.height).toBeGreaterThan(300);
    await expect
      .poll(() => page.locator('iframe').evaluate((f) => Math.round(f.getBoundingClientRect().height)))
      .toBe(Math.min(5000, Math.max(200, height.height)));

    await frame.locator('.item, .chip').first().waitFor();
    await page.evaluate(
      ([message, origin]) =>
        (window as unknown as { __send(m: unknown, o: string): void }).__send(message, origin),
      [{ ...envelope, type: 'select', id: 'xiaojin-sewage-plant' }, app.origin] as const,
    );
    await expect.poll(async () => (await messages()).some((m) => m.data.type === 'select')).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the promises view under the strict CSP, tells the host so, and downloads its Excel table', async () => {
    const { context, page, problems, outside } = await openHost(host, 'promises.html');
    const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
    await frame.locator('.comparison tbody tr').first().waitFor();
    expect(await frame.locator('h1, aside.panel, .maplibregl-map').count()).toBe(0);
    const states = () =>
      page.evaluate(() =>
        (
          window as unknown as { __messages: { data: { type: string; state?: { view: string } } }[] }
        ).__messages
          .filter((m) => m.data.type === 'state')
          .map((m) => m.data.state!.view),
      );
    await expect.poll(async () => (await states()).at(-1)).toBe('promises');
    // ExcelJS, loaded on the click, runs without eval under the strict CSP.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('button', { name: '下载对照表（Excel）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('promises-2022-zh.xlsx');
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('takes setFilter, select and setLang from the allowlisted host', async () => {
    const { context, page, problems } = await openHost(host, 'pre-filtered.html');
    const frame = await mapFrame(page);
    const send = (message: object) =>
      page.evaluate(
        ([m, origin]) => (window as unknown as { __send(m: unknown, o: string): void }).__send(m, origin),
        [message, app.origin] as const,
      );
    await send({ ...envelope, type: 'setFilter', filters: { areas: ['ecology', 'city'] } });
    await expect
      .poll(() => frame.locator('.chip[aria-pressed="true"]').allInnerTexts())
      .toEqual([expect.stringContaining('宜居城市'), expect.stringContaining('绿色发展')]);
    // The status filter travels the same way, and the frame keeps it in its URL.
    await send({ ...envelope, type: 'setFilter', filters: { statuses: ['in_operation'] } });
    await expect.poll(() => new URL(frame.url()).searchParams.get('status')).toBe('in_operation');
    // ... and tells the host in its next state message.
    const lastState = () =>
      page.evaluate(
        () =>
          (
            window as unknown as { __messages: { data: { type: string; state?: { statuses: string[] } } }[] }
          ).__messages
            .filter((m) => m.data.type === 'state')
            .at(-1)?.data.state?.statuses,
      );
    await expect.poll(lastState).toEqual(['in_operation']);
    await send({ ...envelope, type: 'select', id: 'xiaojin-sewage-plant' });
    await expect.poll(() => frame.locator('#detail-heading').textContent()).toContain('肖金污水处理厂');
    await send({ ...envelope, type: 'setLang', lang: 'en' });
    await expect.poll(() => frame.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('ignores a foreign origin, malformed and oversized messages, and a flood of a thousand', async () => {
    const foreignHost = await openHost(foreign, 'foreign.html');
    const foreignFrame = await mapFrame(foreignHost.page);
    // A listener added after the app's own runs after it: once it has heard the message, the
    // app has handled (and here ignored) it.
    await foreignFrame.evaluate(() => {
      const w = window as unknown as { __heard: number };
      w.__heard = 0;
      addEventListener('message', () => w.__heard++);
    });
    await foreignHost.page.evaluate(
      ([m, origin]) => (window as unknown as { __send(m: unknown, o: string): void }).__send(m, origin),
      [{ ...envelope, type: 'setFilter', filters: { areas: ['city'] } }, app.origin] as const,
    );
    await foreignFrame.waitForFunction(() => (window as unknown as { __heard: number }).__heard === 1);
    await expect(foreignFrame.locator('.chip[aria-pressed="true"]').allInnerTexts()).resolves.toEqual([
      expect.stringContaining('乡村振兴'),
    ]);
    // Not allowlisted: the map tells this host nothing either.
    const heard = await foreignHost.page.evaluate(
      () => (window as unknown as { __messages: unknown[] }).__messages.length,
    );
    expect(heard).toBe(0);
    await foreignHost.context.close();

    const { context, page, problems } = await openHost(host, 'pre-filtered.html');
    const frame = await mapFrame(page);
    await page.evaluate((appOrigin) => {
      const send = (window as unknown as { __send(m: unknown, o: string): void }).__send;
      const base = { protocol: 'xifeng-report-map', version: 1 };
      const bad = [
        null,
        'setFilter',
        { ...base, type: 'setFilter', filters: { areas: ['nonsense'] } },
        { ...base, type: 'setFilter', filters: { areas: ['city'] }, extra: 1 },
        { ...base, version: 2, type: 'setLang', lang: 'en' },
        { ...base, type: 'setLang', lang: 'fr' },
        { ...base, type: 'select', id: '<img src=x onerror=alert(1)>' },
        { ...base, type: 'setFilter', filters: { q: 'x'.repeat(1_000_000) } },
        { ...base, type: 'setFilter', filters: { areas: Array(100_000).fill('city') } },
      ];
      for (const m of bad) send(m, appOrigin);
      for (let i = 0; i < 1000; i++) {
        send(
          { ...base, type: 'setFilter', filters: { areas: [i % 2 ? 'economy' : 'livelihood'] } },
          appOrigin,
        );
      }
    }, app.origin);
    // The last valid message wins (999 is odd: economy), and the page still answers promptly.
    await expect
      .poll(() => frame.locator('.chip[aria-pressed="true"]').allInnerTexts())
      .toEqual([expect.stringContaining('县域经济')]);
    const started = Date.now();
    await frame.evaluate(() => document.title);
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(frame.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-CN');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the embed builder', () => {
  it('makes a snippet that works when pasted into a host page', async () => {
    const { context, page, problems } = await openHost(app, '');
    await page.locator('[data-testid="list-district"]').waitFor();
    await page.getByRole('button', { name: '嵌入此地图' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('绿色发展').check();
    await dialog.getByLabel('English').check();
    const snippet = await dialog.locator('#embed-code').inputValue();
    expect(snippet).toContain('title="Xifeng District 2022 Government Work Report: Project Map"');
    expect(snippet).toContain('embed-host.js');
    await expect
      .poll(() => dialog.locator('iframe').evaluate((f) => (f as HTMLIFrameElement).src))
      .toContain('area=ecology');
    expect(problems).toEqual([]);
    await context.close();

    hostFiles['/pasted.html'] = hostPage(snippet);
    const pasted = await openHost(host, 'pasted.html');
    const frame = await mapFrame(pasted.page);
    await expect(frame.locator('.chip[aria-pressed="true"]').innerText()).resolves.toContain(
      'Green development',
    );
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect
      .poll(() => pasted.page.locator('iframe').evaluate((f) => Math.round(f.getBoundingClientRect().height)))
      .not.toBe(480);
    expect(pasted.problems).toEqual([]);
    expect(pasted.outside).toEqual([]);
    await pasted.context.close();
  });
});
