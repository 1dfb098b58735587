// The three kinds of users at work, in headless Chromium against a real crawl of the bundled sample sites:
// a journalist opens a business from an incident page and sees every incident it appears in; an analyst
// rejects one incident and merges two, and after a second crawl both decisions hold, the digest leaves the
// rejected one out and the history shows both; a researcher sorts by event date and pages through with the
// undated ones last; on a 390 px phone the first screen shows results. Screenshots are checked not blank and
// kept in $TMPDIR/labourwatch-e2e-screens. Skips (saying why) when Debian's chromium is not installed.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cleanupPrefix, usePrefix } from '../helpers.js';
import { runCli, tempDir, writeSources } from '../sites.js';
import { ARGS, CHROMIUM, chromiumMissing, distinctColours } from './browser.js';

const skip = chromiumMissing;
if (skip) process.stdout.write(`# SKIP web workflows e2e: ${skip}\n`);

const prefix = usePrefix('webflows');
const { serveSampleSites } = await import('../../samples/server.js');
const { buildServer } = await import('../../web/server.js');
const { dailyDigest } = await import('../../notify/daily.js');
const { chromium } = await import('playwright-core');
type Ctx = Awaited<ReturnType<typeof chromium.launchPersistentContext>>;
type Page = Awaited<ReturnType<Ctx['newPage']>>;
interface Inc {
  id: string;
  date: string | null;
  summary: string;
  review: string;
  statusDate?: string;
  articles: { id: string }[];
  businesses: { name: string }[];
  perpetrators: { name: string }[];
}

const SHOTS = join(tmpdir(), 'labourwatch-e2e-screens');
const TOKEN = 'e2e-workflow-token';
const env = { LABOURWATCH_PREFIX: prefix, LABOURWATCH_PER_HOST_DELAY_MS: '5', LABOURWATCH_NER_URL: 'off' };
let base = '';
let sources = '';
let samples: Awaited<ReturnType<typeof serveSampleSites>> | undefined;
let app: Awaited<ReturnType<typeof buildServer>> | undefined;
let ctx: Ctx | undefined;
let profile = '';

const api = async <T>(path: string, init?: RequestInit): Promise<T> => {
  const r = await fetch(base + path, {
    ...init,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...(init?.headers ?? {}) },
  });
  assert.ok(r.ok, `${path}: HTTP ${r.status}`);
  return r.json() as Promise<T>;
};

/** A screenshot worth keeping: large enough and not blank. */
async function notBlank(png: Buffer, name: string): Promise<void> {
  assert.ok(png.length > 10_000, `${name}: screenshot is ${png.length} bytes`);
  const colours = await distinctColours(ctx!, base, png);
  assert.ok(colours > 20, `${name}: screenshot is not blank (${colours} colours)`);
}

async function crawl(): Promise<void> {
  const run = await runCli(['crawl', '--sources', sources, '--once'], env, 400_000);
  assert.equal(run.code, 0, run.stderr.slice(-2000));
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${base}/`);
  await page.fill('#access input[type=password]', TOKEN);
  await page.press('#access input[type=password]', 'Enter');
  await page.waitForSelector('#access button');
}

describe('researchers, analysts and journalists at work, after a crawl of the sample sites', { skip }, () => {
  before(async () => {
    samples = await serveSampleSites();
    sources = writeSources(tempDir('webflows'), samples.sourcesYaml({ allowPrivateHosts: true }));
    await crawl();
    app = await buildServer({ policy: { apiToken: TOKEN, requireTokenForReads: false }, queueBoard: false });
    base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
    profile = await mkdtemp(join(tmpdir(), 'lw-chromium-'));
    await mkdir(SHOTS, { recursive: true });
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ARGS,
      headless: true,
      viewport: { width: 1360, height: 900 },
    });
  });
  after(async () => {
    await ctx?.close();
    await app?.close();
    await samples?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    await cleanupPrefix(prefix);
  });

  test('journalist: a business on an incident page opens its actor page with every incident it appears in', async () => {
    const all = await api<Inc[]>('/api/incidents?size=1000');
    assert.ok(all.length > 3, `the crawl made ${all.length} incidents`);
    const withBusiness = all.find((i) => i.businesses.length);
    assert.ok(withBusiness, 'some incident names a business');
    const page = await ctx!.newPage();
    await page.goto(`${base}/#/incident/${withBusiness.id}`);
    await page.waitForSelector('.incident-page h1');
    const link = page.locator('.keyfacts a.actor').first();
    const actorId = await link.getAttribute('data-actor');
    await link.click();
    await page.waitForSelector('.actor-page h1');
    assert.match(page.url(), new RegExp(`#/actor/${actorId}$`), 'the actor page has its own URL');
    const actor = await api<{ name: string; variants: string[]; incidents: { id: string }[] }>(
      `/api/actors/${actorId}`,
    );
    const expected = all
      .filter((i) => [...i.businesses, ...i.perpetrators].some((x) => actor.variants.includes(x.name)))
      .map((i) => i.id)
      .sort();
    const shown = (
      await page.locator('#actor-incidents .incident').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!))
    ).sort();
    assert.deepEqual(shown, expected, `every incident naming ${actor.name}`);
    assert.ok(shown.includes(withBusiness.id));
    await notBlank(await page.screenshot({ path: join(SHOTS, 'actor.png') }), 'actor page');
    // the shared link opens the same page afresh
    const again = await ctx!.newPage();
    await again.goto(page.url());
    await again.waitForSelector('.actor-page h1');
    assert.equal(await again.locator('.actor-page h1').innerText(), actor.name);
    await again.close();
    await page.close();
  });

  test('analyst: a rejection and a merge survive a second crawl; the digest leaves out the rejected one; the history shows both', async () => {
    const all = await api<Inc[]>('/api/incidents?size=1000&sort=updated');
    const [rejected, target, from] = all;
    assert.ok(rejected && target && from);
    const page = await ctx!.newPage();
    await signIn(page);
    await page.goto(`${base}/#/incident/${rejected.id}`);
    await page.waitForSelector('.review-panel');
    await page.fill('#review-note', 'an explainer, not a case');
    await page.click('[data-review=rejected]');
    await page.waitForFunction(() => document.querySelector('#review-state')?.textContent === 'rejected');
    await page.goto(`${base}/#/incident/${target.id}`);
    await page.waitForSelector('.review-panel');
    await page.fill('#merge-from', from.id);
    await page.click('#merge');
    await page.waitForSelector('#history li[data-action=merge]');

    await crawl(); // a second crawl of the same sites

    const r = await api<Inc & { history: { action: string; who: string; note: string | null }[] }>(
      `/api/incidents/${rejected.id}`,
    );
    assert.equal(r.review, 'rejected', 'the rejection holds after the second crawl');
    assert.deepEqual(
      r.history.map((h) => [h.action, h.note]),
      [['review', 'an explainer, not a case']],
    );
    const m = await api<Inc & { history: { action: string }[] }>(`/api/incidents/${target.id}`);
    for (const a of from.articles)
      assert.ok(
        m.articles.some((x) => x.id === a.id),
        `merged article ${a.id} still in ${target.id}`,
      );
    assert.ok(m.history.some((h) => h.action === 'merge'));
    const after = await api<Inc[]>('/api/incidents?size=1000');
    assert.ok(!after.some((i) => i.id === from.id), 'the merged-away incident did not come back');
    assert.equal(
      after.filter((i) => i.articles.some((a) => from.articles.some((f) => f.id === a.id))).length,
      1,
      'its articles are in one incident',
    );

    const day = rejected.statusDate ?? new Date().toISOString().slice(0, 10);
    const digest = await dailyDigest(day, { baseUrl: base });
    assert.ok(!digest.incidentIds.includes(rejected.id), 'the rejected incident leaves the digest');
    assert.ok(digest.incidentIds.includes(target.id) || target.statusDate !== day);
    assert.ok(!digest.digest.markdown.includes(`/#/incident/${rejected.id}`));
    if (digest.incidentIds.includes(target.id))
      assert.ok(digest.digest.html.includes(`${base}/#/incident/${target.id}`), 'the digest links the incident page');

    await page.goto(`${base}/#/incident/${target.id}`);
    await page.waitForSelector('#history li[data-action=merge]');
    await notBlank(
      await page.screenshot({ path: join(SHOTS, 'merged-incident.png'), fullPage: true }),
      'merged incident',
    );
    await page.goto(`${base}/#/incident/${rejected.id}`);
    await page.waitForSelector('#history li[data-action=review]');
    await notBlank(
      await page.screenshot({ path: join(SHOTS, 'rejected-incident.png'), fullPage: true }),
      'rejected incident',
    );
    await page.goto(`${base}/#/results?review=rejected`);
    await page.waitForFunction(() => document.querySelectorAll('#results .incident').length === 1);
    await page.close();
  });

  test('researcher: sorts by event date and pages through, undated incidents last', async () => {
    const total = (await api<Inc[]>('/api/incidents?size=1000')).length;
    const size = Math.max(2, Math.ceil(total / 3));
    const page = await ctx!.newPage();
    await page.goto(`${base}/#/results?size=${size}`);
    await page.waitForSelector('#results .incident');
    await page.selectOption('#sort', 'eventDate');
    await page.waitForFunction(() => /sort=eventDate/.test(location.hash));
    const dates: string[] = [];
    for (let guard = 0; guard < 20; guard++) {
      await page.waitForSelector('#results .incident');
      dates.push(...(await page.locator('#results .incident .date').allInnerTexts()));
      const next = page.locator('.pager [data-page=next]');
      if (!(await next.count()) || (await next.isDisabled())) break;
      const before = page.url();
      await next.click();
      await page.waitForFunction((u) => location.href !== u, before);
      assert.match(page.url(), /offset=\d+/, 'the page is in the URL');
    }
    assert.equal(dates.length, total, 'paging reaches every incident once');
    const dated = dates.filter((d) => d !== 'undated');
    assert.deepEqual(dates.slice(0, dated.length), dated, 'undated incidents come last');
    assert.deepEqual(dated, [...dated].sort().reverse(), 'newest event first');
    await notBlank(await page.screenshot({ path: join(SHOTS, 'sorted-results.png') }), 'sorted results');
    await page.close();
  });

  test('phone: at 390 px the first screen shows results, filters wait behind a button, nothing scrolls sideways', async () => {
    const page = await ctx!.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/`);
    await page.waitForSelector('#results .incident');
    const box = await page.locator('#results .incident').first().boundingBox();
    assert.ok(box && box.y < 844 && box.y + 40 < 844, `first result at y=${box?.y}`);
    assert.equal(await page.locator('#facets').isVisible(), false, 'filters hidden until asked for');
    for (const view of ['results', 'map', 'timeline', 'network']) {
      await page.goto(`${base}/#/${view}`);
      await page.waitForTimeout(300);
      await page.waitForFunction(() => !document.querySelector('#view .loading'));
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= 390, `${view}: page is ${wide} px wide`);
    }
    await page.goto(`${base}/`);
    await page.waitForSelector('#results .incident');
    await notBlank(await page.screenshot({ path: join(SHOTS, 'phone-results.png') }), 'phone');
    await page.click('#filters-toggle');
    assert.equal(await page.locator('#facets').isVisible(), true, 'the button shows the filters');
    await page.close();
  });
});
