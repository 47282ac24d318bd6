/**
 * Takes the screenshots the README and reviewers look at: Chinese and English, a 360-px phone and a
 * 1440-px desktop, from the built app served locally (npm run build first).
 * Usage: npm run screenshots [-- --out DIR]   (default docs/screenshots)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { launchChromium } from '../tests/e2e/chromium.ts';

const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? process.argv[outArg + 1]! : 'docs/screenshots';

const SHOTS = [
  { name: 'desktop-zh', query: '', width: 1440, height: 900 },
  { name: 'desktop-en', query: '?lang=en', width: 1440, height: 900 },
  { name: 'phone-zh', query: '', width: 360, height: 640 },
  { name: 'phone-en', query: '?lang=en', width: 360, height: 640 },
  { name: 'detail-zh', query: '?project=xiaojin-sewage-plant', width: 1440, height: 900 },
  { name: 'detail-phone-en', query: '?project=dongzhiyuan-water-plant&lang=en', width: 360, height: 640 },
  { name: 'gaps-zh', query: '?view=gaps', width: 1440, height: 900 },
  { name: 'large-zh', query: '?a11y=large', width: 1440, height: 900 },
  { name: 'embed-zh', query: '?embed=1&area=rural', width: 800, height: 700 },
  // The progress timeline, scrolled into view: a record with follow-up and one without.
  {
    name: 'progress-zh',
    query: '?project=east-data-west-computing-park',
    width: 1440,
    height: 900,
    show: 'section.progress',
  },
  {
    name: 'progress-en',
    query: '?project=east-data-west-computing-park&lang=en',
    width: 1440,
    height: 900,
    show: 'section.progress',
  },
  {
    name: 'progress-phone-zh',
    query: '?project=zhengda-food-plant-2022',
    width: 360,
    height: 640,
    show: 'section.progress',
  },
  {
    name: 'progress-phone-en',
    query: '?project=zhengda-food-plant-2022&lang=en',
    width: 360,
    height: 640,
    show: 'section.progress',
  },
  {
    name: 'no-progress-zh',
    query: '?project=dongzhiyuan-water-plant',
    width: 1440,
    height: 900,
    show: 'section.progress',
  },
  {
    name: 'no-progress-phone-en',
    query: '?project=dongzhiyuan-water-plant&lang=en',
    width: 360,
    height: 640,
    show: 'section.progress',
  },
  { name: 'status-filter-zh', query: '?status=completed,in_operation', width: 1440, height: 900 },
  // The planner's township measures, scrolled into view.
  ...(
    [
      ['gaps-measures-zh', '?view=gaps&gkind=any&gphase=both&gmeasure=per_10k&glayer=choropleth', 1440, 900],
      [
        'gaps-measures-en',
        '?view=gaps&gkind=any&gphase=both&gmeasure=per_10k&glayer=choropleth&lang=en',
        1440,
        900,
      ],
      ['gaps-measures-phone-zh', '?view=gaps&gkind=water', 360, 740],
      ['gaps-measures-phone-en', '?view=gaps&gkind=water&lang=en', 360, 740],
    ] as const
  ).map(([name, query, width, height]) => ({
    name,
    query,
    width,
    height,
    show: '[data-testid="measures-sentence"]',
  })),
  // The promises view (no map), at the top and at its comparison table; its printout below.
  ...(
    [
      ['promises-zh', '?view=promises', 1440, 900, undefined],
      ['promises-en', '?view=promises&lang=en', 1440, 900, undefined],
      ['promises-table-zh', '?view=promises', 1440, 900, '.comparison'],
      ['promises-phone-zh', '?view=promises', 360, 740, undefined],
      ['promises-phone-large-en', '?view=promises&lang=en&a11y=large', 360, 740, undefined],
      ['promises-phone-table-en', '?view=promises&lang=en', 360, 740, '.comparison'],
    ] as const
  ).map(([name, query, width, height, show]) => ({ name, query, width, height, show, noMap: true })),
] as { name: string; query: string; width: number; height: number; show?: string; noMap?: boolean }[];

/** The promises view printed on A4 (as the browser prints it), its first two pages as PNGs. */
async function printPromises(page: import('playwright-core').Page): Promise<void> {
  const pdf = join(outDir, 'promises-print.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  execFileSync('pdftoppm', [
    '-r',
    '80',
    '-png',
    '-f',
    '1',
    '-l',
    '2',
    pdf,
    join(outDir, 'promises-print-a4-zh'),
  ]);
  rmSync(pdf);
  console.log(join(outDir, 'promises-print-a4-zh-{01,02}.png'));
}

mkdirSync(outDir, { recursive: true });
const server = await preview({ preview: { port: 0, host: '127.0.0.1', open: false }, logLevel: 'warn' });
const baseUrl = server.resolvedUrls!.local[0]!;
const browser = await launchChromium();
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    page.on('pageerror', (error) => console.error(`${shot.name}: page error: ${error.message}`));
    await page.goto(new URL(shot.query, baseUrl).href);
    if (shot.noMap) await page.locator('.indicators').waitFor({ timeout: 30_000 });
    else
      await page.waitForFunction(
        () => {
          const map = (window as unknown as { __map?: { loaded(): boolean; isStyleLoaded(): boolean } })
            .__map;
          return Boolean(map?.isStyleLoaded() && map.loaded());
        },
        undefined,
        { timeout: 30_000 },
      );
    // Let the list, detail or analysis arrive before the picture is taken.
    await page.waitForTimeout(800);
    if (shot.show) await page.locator(shot.show).scrollIntoViewIfNeeded();
    const file = join(outDir, `${shot.name}.png`);
    await page.screenshot({ path: file });
    console.log(file);
    if (shot.name === 'promises-zh') await printPromises(page);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
