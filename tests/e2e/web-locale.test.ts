// End-to-end, the UI's language (issue 11): a browser whose language is Spanish opens the page of a case
// reported in Portuguese and reads the facts in Spanish (country, nationality, indicators, date, the page's
// words) beside the evidence as the Portuguese report wrote it, marked lang="pt" and "Original en portugués".
// The rest of the UI speaks Spanish too: tabs, the search box, facet headings, counts and sorting. Choosing
// Arabic in the language menu turns the page right to left, its words Arabic. Headless Chromium against the real server
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

  test("Accept-Language: es — the UI's own words in Spanish: tabs, search, facets, counts", async () => {
    const page = await ctx!.newPage();
    await page.goto(`${base}/#/results`);
    await page.waitForSelector('#results .incident');
    await page.waitForSelector('#facet-groups details[data-facet=country]');
    const tabs = await page.locator('#tabs a').allInnerTexts();
    assert.deepEqual(tabs, ['Casos', 'Cronología', 'Mapa', 'Red', 'Búsquedas guardadas']);
    assert.equal(await page.locator('#search-form button[type=submit]').innerText(), 'Buscar');
    assert.match(String(await page.locator('#q').getAttribute('placeholder')), /^Buscar casos y artículos/);
    assert.equal(await page.locator('#q').getAttribute('aria-label'), 'Buscar');
    assert.equal(await page.locator('.facet.dates h3').textContent(), 'Fecha de los hechos');
    assert.deepEqual(await page.locator('.facet.dates label').allInnerTexts(), ['Desde', 'Hasta']);
    assert.equal(await page.locator('#facets').getAttribute('aria-label'), 'Filtros');
    assert.equal(await page.locator('#facet-groups details[data-facet=country] h3').textContent(), 'País');
    assert.equal(
      await page.locator('#facet-groups details[data-facet=indicator] h3').textContent(),
      'Indicador de la OIT',
    );
    // facet values named in Spanish too: the country by CLDR, the indicator by the locale's table
    assert.equal(
      await page.locator('#facet-groups details[data-facet=country] .facet-label').first().innerText(),
      'Brasil',
    );
    assert.deepEqual(
      (await page.locator('#facet-groups details[data-facet=indicator] .facet-label').allInnerTexts()).sort(),
      ['Condiciones de trabajo y de vida abusivas', 'Servidumbre por deudas'],
    );
    assert.equal(await page.locator('.toolbar .total strong').innerText(), '1 caso');
    assert.equal(await page.locator('#results .incident .sources').innerText(), '1 fuente');
    assert.equal(await page.locator('#results .incident .status').textContent(), 'nuevo');
    assert.equal(await page.locator('#sort option').first().innerText(), 'Noticia más reciente');
    assert.equal(await page.locator('label[for=sort]').innerText(), 'Ordenar');
    assert.match(await page.locator('.foot').innerText(), /contraste cada dato con sus fuentes/);
    assert.equal(await page.title(), 'labourwatch — casos de trabajo forzoso en las noticias');
    // a filter chip and the filters button count in Spanish
    await page.click('#facet-groups details[data-facet=country] .facet-item');
    await page.waitForSelector('#chips .chip');
    assert.equal(await page.locator('#chips .chip .chip-k').first().textContent(), 'País');
    assert.match(await page.locator('#chips .chip').first().innerText(), /Brasil/);
    assert.equal(await page.locator('#chips .chip').first().getAttribute('title'), 'Quitar este filtro');
    await page.goto(`${base}/#/map`);
    await page.waitForSelector('svg.map .points circle');
    assert.equal(await page.locator('#zoom-in').getAttribute('aria-label'), 'Acercar');
    assert.equal(await page.locator('#zoom-reset').innerText(), 'Todo el mundo');
    assert.match(String(await page.locator('svg.map').getAttribute('aria-label')), /^Mapa de casos/);
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
    // the page's own words are Arabic as well
    assert.deepEqual(await page.locator('#tabs a').allInnerTexts(), [
      'الحوادث',
      'الخط الزمني',
      'الخريطة',
      'الشبكة',
      'عمليات البحث المحفوظة',
    ]);
    assert.equal(await page.locator('#search-form button[type=submit]').innerText(), 'بحث');
    assert.equal(await page.locator('.facet.dates h3').textContent(), 'تاريخ الوقائع');
    assert.equal(await page.locator('#facets').getAttribute('aria-label'), 'عوامل التصفية');
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
