// End-to-end: the UI in headless Chromium against the real server and Elasticsearch — list, search, click a
// facet, open an incident, download an export, and a screenshot that must not be blank. Skips (saying why)
// when Debian's chromium is not installed; CI installs it.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cleanupPrefix, usePrefix } from '../helpers.js';
import { ARGS, CHROMIUM, chromiumMissing, distinctColours } from './browser.js';

const skip = chromiumMissing;
if (skip) process.stdout.write(`# SKIP web UI e2e: ${skip}\n`);

const prefix = usePrefix('webui');
const { seed, HOSTILE_TITLE } = await import('./seed.js');
const { buildServer } = await import('../../web/server.js');
const { chromium } = await import('playwright-core');
type Ctx = Awaited<ReturnType<typeof chromium.launchPersistentContext>>;

export const SHOTS = join(tmpdir(), 'labourwatch-e2e-screens');
let base = '';
let app: Awaited<ReturnType<typeof buildServer>> | undefined;
let ctx: Ctx | undefined;
let profile = '';
const cspErrors: string[] = [];

describe('web UI in headless Chromium', { skip }, () => {
  before(async () => {
    await seed();
    app = await buildServer({ policy: { apiToken: 'e2e-token-xyz', requireTokenForReads: false }, queueBoard: false });
    base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
    profile = await mkdtemp(join(tmpdir(), 'lw-chromium-'));
    await mkdir(SHOTS, { recursive: true });
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ARGS,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1360, height: 900 },
    });
    ctx.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
    });
  });
  after(async () => {
    await ctx?.close();
    await app?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    await cleanupPrefix(prefix);
  });

  test('lists incidents, searches, filters by facet, opens an incident, exports, and renders visibly', async () => {
    const page = await ctx!.newPage();
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
    });
    await page.goto(`${base}/`);
    await page.waitForSelector('#results .incident');
    assert.equal(await page.locator('#results .incident').count(), 6, 'the page at / lists the incidents');
    assert.ok((await page.locator('.facet[data-facet=country] .facet-item').count()) >= 5, 'country facet with counts');
    assert.equal(await page.locator('#months rect').count(), 7, 'incidents per month under the date range');

    // search
    await page.fill('#q', 'passports');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('#results .incident').length === 2);

    // click a facet
    await page.click('.facet-item[data-facet=country][data-key=RU]');
    await page.waitForFunction(() => document.querySelectorAll('#results .incident').length === 1);
    assert.match(page.url(), /country=RU/);
    assert.equal((await page.locator('.chip').count()) >= 2, true, 'active filters shown as chips');

    // open the incident
    await page.click('#results .incident h2 a');
    await page.waitForSelector('.incident-page h1');
    assert.match(await page.locator('.incident-page h1').innerText(), /14 Uzbek workers/);
    assert.equal(
      await page.locator('.evidence mark').first().innerText(),
      'The owner had taken their passports on arrival.',
    );
    assert.ok((await page.locator('.badge.warn').count()) >= 1, 'disagreeing sources are flagged');
    // hostile article text shows as text and never runs
    assert.equal(await page.locator('.sources-list a[href$="greenhouse-raid"]').innerText(), HOSTILE_TITLE);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    await page.screenshot({ path: join(SHOTS, 'incident.png'), fullPage: true });

    // export of the current search
    await page.goBack();
    await page.waitForSelector('[data-export=csv]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export=csv]')]);
    const csv = await readFile((await download.path())!, 'utf8');
    const rows = csv.trim().split('\r\n');
    assert.equal(csv.charCodeAt(0), 0xfeff, 'a BOM first, so spreadsheets read UTF-8');
    assert.match(rows[0]!, /^\uFEFF?id,status,date/);
    assert.equal(rows.length, 2, 'the export holds the current search only');
    assert.match(rows[1]!, /inc-ru-greenhouse/);

    // screenshot of the full list, checked not blank
    await page.goto(`${base}/#/results`);
    await page.waitForFunction(() => document.querySelectorAll('#results .incident').length === 6);
    const png = await page.screenshot({ path: join(SHOTS, 'results.png'), fullPage: false });
    assert.ok(png.length > 20_000, `screenshot is ${png.length} bytes`);
    assert.ok((await distinctColours(ctx!, base, png)) > 20, 'screenshot is not blank');
    assert.deepEqual(cspErrors, [], 'no Content-Security-Policy violations');
    await page.close();
  });

  test('patterns: timeline, map with corridors, network', async () => {
    const page = await ctx!.newPage();
    await page.goto(`${base}/#/timeline`);
    await page.waitForSelector('svg.chart rect');
    // the bars count incidents (each once) and open the month's incidents
    const bars = await page.locator('svg.chart .month-bar[data-month="2024-05"]').getAttribute('aria-label');
    assert.match(String(bars), /^2024-05: 2 incidents/);
    await page.screenshot({ path: join(SHOTS, 'timeline.png') });
    await page.click('svg.chart .month-bar[data-month="2024-05"]');
    await page.waitForFunction(
      () =>
        /#\/results\?.*from=2024-05-01.*to=2024-05-31/.test(location.hash) &&
        document.querySelectorAll('#results .incident').length === 2,
    );
    await page.goto(`${base}/#/map`);
    await page.waitForSelector('svg.map .points circle');
    assert.ok((await page.locator('svg.map .land path').count()) > 150, 'the shipped world map is drawn');
    assert.ok((await page.locator('svg.map .flows path[data-corridor="UZ>RU"]').count()) === 1, 'corridor flow line');
    // zoom and pan by button and keyboard; every point reachable with Tab and opened with Enter
    await page.click('#zoom-in');
    assert.equal(await page.locator('svg.map').getAttribute('data-zoom'), '1.5');
    await page.focus('svg.map');
    await page.keyboard.press('ArrowLeft');
    await page.click('#zoom-reset');
    assert.ok((await page.locator('.map-legend li').count()) >= 3, 'the map has a legend');
    await page.screenshot({ path: join(SHOTS, 'map.png') });
    await page.focus('svg.map');
    await page.keyboard.press('Tab');
    assert.match(String(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))), /incident/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        /#\/incident\/|data-zoom/.test(location.hash) ||
        document.querySelector('.map-incidents, .incident-page') !== null ||
        Number(document.querySelector('svg.map')?.getAttribute('data-zoom')) > 1,
    );
    await page.goto(`${base}/#/network`);
    await page.waitForSelector('svg.network .node');
    assert.match(await page.locator('.callout').innerText(), /Golden Bridge Recruitment \(MY, QA\)/);
    await page.screenshot({ path: join(SHOTS, 'network.png') });
    assert.deepEqual(cspErrors, []);
    await page.close();
  });
});
