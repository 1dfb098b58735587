// End-to-end, the UI's language (issue 11): a browser whose language is Spanish opens the page of a case
// reported in Portuguese and reads the facts in Spanish (country, nationality, indicators, date, the page's
// words) beside the evidence as the Portuguese report wrote it, marked lang="pt" and "Original en portugués".
// Choosing Arabic in the language menu turns the page right to left. Headless Chromium against the real server
// and Elasticsearch; skips (saying why) when Debian's chromium is not installed.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cleanupPrefix, usePrefix } from '../helpers.js';
import { ARGS, CHROMIUM, chromiumMissing } from './browser.js';

const skip = chromiumMissing;
if (skip) process.stdout.write(`# SKIP web locale e2e: ${skip}\n`);

const prefix = usePrefix('weblocale-e2e');
const { seedPortuguese, PT_EVIDENCE, PT_INCIDENT } = await import('./seed-pt.js');
const { buildServer } = await import('../../web/server.js');
const { chromium } = await import('playwright-core');
type Ctx = Awaited<ReturnType<typeof chromium.launchPersistentContext>>;

/** Screenshots of the Spanish and Arabic pages, beside web-ui's. */
const SHOTS = join(tmpdir(), 'labourwatch-e2e-screens');
let base = '';
let app: Awaited<ReturnType<typeof buildServer>> | undefined;
let ctx: Ctx | undefined;
let profile = '';

describe("the incident page in the UI's language (headless Chromium)", { skip }, () => {
  before(async () => {
    await seedPortuguese();
    app = await buildServer({ policy: { apiToken: 'e2e-token-xyz', requireTokenForReads: false }, queueBoard: false });
    base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
    profile = await mkdtemp(join(tmpdir(), 'lw-chromium-'));
    // the browser's language: Chromium sends Accept-Language: es-ES,es
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ARGS,
      headless: true,
      locale: 'es-ES',
      viewport: { width: 1200, height: 900 },
    });
  });
  after(async () => {
    await ctx?.close();
    await app?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    await cleanupPrefix(prefix);
  });

  test('Accept-Language: es — Spanish facts beside the Portuguese evidence', async () => {
    const page = await ctx!.newPage();
    await page.goto(`${base}/#/incident/${PT_INCIDENT}`);
    await page.waitForSelector('.incident-page h1');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es-ES');
    assert.equal(await page.locator('#places').innerText(), 'Ponta Porã (Brasil)');
    assert.equal(await page.locator('#nationalities').innerText(), 'Paraguay');
    assert.equal(
      await page.locator('#indicators').innerText(),
      'Servidumbre por deudas y Condiciones de trabajo y de vida abusivas',
    );
    assert.equal(await page.locator('.card-head .date').innerText(), '17 de noviembre de 2026');
    assert.equal(await page.locator('.keyfacts dt').first().innerText(), 'Víctimas');
    assert.equal(await page.locator('#victims').innerText(), '17');
    assert.equal(await page.locator('.facts-table tr[data-field=nationality] td.value').innerText(), 'Paraguay');
    // the evidence stays Portuguese, marked as such
    const item = page.locator('.evidence li').filter({ has: page.locator('mark', { hasText: PT_EVIDENCE }) });
    const quote = item.locator('blockquote');
    assert.equal(await quote.getAttribute('lang'), 'pt');
    assert.equal(await quote.locator('mark').innerText(), PT_EVIDENCE);
    const head = item.locator('.ev-head');
    assert.equal(await head.locator('.tag[data-indicator]').innerText(), 'Servidumbre por deudas');
    assert.equal(await head.locator('.tag.orig').innerText(), 'Original en portugués');
    assert.equal(await page.locator('#ui-lang').inputValue(), 'es');
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'incident-es.png'), fullPage: true });
    await page.close();
  });

  test('choosing Arabic in the language menu: right to left, Arabic labels, the evidence still Portuguese', async () => {
    const page = await ctx!.newPage();
    await page.goto(`${base}/#/incident/${PT_INCIDENT}`);
    await page.waitForSelector('.incident-page h1');
    await Promise.all([page.waitForEvent('load'), page.selectOption('#ui-lang', 'ar')]);
    await page.waitForSelector('.incident-page h1');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(
      await page.evaluate(() => getComputedStyle(document.querySelector('.incident-page')!).direction),
      'rtl',
    );
    assert.match(await page.locator('#indicators').innerText(), /عبودية الدين/);
    assert.equal(
      await page
        .locator('.evidence li')
        .filter({ has: page.locator('mark', { hasText: PT_EVIDENCE }) })
        .locator('blockquote')
        .getAttribute('lang'),
      'pt',
    );
    // the choice is the user's setting: it outlives the page and wins over the browser's Spanish
    await page.reload();
    await page.waitForSelector('.incident-page h1');
    assert.equal(await page.locator('#ui-lang').inputValue(), 'ar');
    await page.screenshot({ path: join(SHOTS, 'incident-ar.png'), fullPage: true });
    await page.close();
  });
});
