// Issue 11, "a crawl of sites in two languages reporting one case yields one incident with both reports": three
// little news sites on loopback — a Brazilian outlet in Portuguese, a Paraguayan outlet in Spanish and a wire
// desk in English — each tell the same rescue (17 Paraguayan yerba-mate workers freed near Ponta Porã, Mato
// Grosso do Sul) in their own words, and each also carries a case of its own and news that is not a case. The
// real path runs: crawlOnce in this process (feeds → fetch → article → analysis → index) → incidents. Asserts
// one incident holding the three reports of the shared case, every other case in an incident of its own, and
// no page that is not a case inside an incident; then the merged case's page read with Accept-Language: es
// (facts in Spanish, each evidence sentence quoted in its report's language). Every outlet, name and sentence
// here is invented.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { crawlOnce } from '../../cli/crawl.js';
import { listIncidents } from '../../incidents/query.js';
import { getElastic, indexNames } from '../../lib/elastic.js';
import type { ArticleDoc, IncidentDoc } from '../../lib/types.js';
import { serveSampleSites, type SampleServer } from '../../samples/server.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';
import { tempDir, writeSources } from '../sites.js';
import { buildServer } from '../../web/server.js';

process.env.LABOURWATCH_PER_HOST_DELAY_MS = '0';
process.env.LABOURWATCH_LOG_LEVEL = 'error';
const prefix = usePrefix('lang2crawl');

interface Page {
  slug: string;
  caseId: string | null;
  published: string;
  title: string;
  paras: string[];
}
interface Site {
  id: string;
  name: string;
  language: string;
  pages: Page[];
}

const SITES: Site[] = [
  {
    id: 'gazeta-fronteira',
    name: 'Gazeta da Fronteira',
    language: 'pt',
    pages: [
      {
        slug: 'resgate-erval-ponta-pora',
        caseId: 'ponta-pora',
        published: '2026-11-18',
        title: 'Fiscalização resgata 17 paraguaios de trabalho escravo em erval de Ponta Porã',
        paras: [
          'Uma operação de auditores-fiscais do Trabalho com apoio da Polícia Federal resgatou 17 trabalhadores paraguaios em condições análogas à escravidão em um erval na zona rural de Ponta Porã, em Mato Grosso do Sul, nesta terça-feira (17).',
          'Segundo a fiscalização, os trabalhadores colhiam erva-mate sem carteira assinada e dormiam em barracos de lona, sem banheiro e sem água potável. A água que bebiam era retirada de um córrego usado também pelo gado.',
          'Os paraguaios eram obrigados a comprar comida e ferramentas em uma cantina mantida pelo empregador, a preços acima dos de mercado, e a dívida era descontada do pagamento. Alguns deviam mais do que tinham a receber e não podiam deixar a propriedade enquanto não quitassem o débito.',
          'O proprietário do erval foi autuado e terá de pagar as verbas rescisórias. Os trabalhadores receberão três parcelas do seguro-desemprego do trabalhador resgatado.',
          'O caso foi encaminhado ao Ministério Público Federal, que pode denunciar o empregador por redução a condição análoga à de escravo.',
        ],
      },
      {
        slug: 'carvoaria-buritizeiro',
        caseId: 'buritizeiro',
        published: '2026-11-13',
        title: 'Nove trabalhadores são resgatados de carvoaria em Buritizeiro',
        paras: [
          'Nove trabalhadores foram resgatados de condições análogas à escravidão em uma carvoaria no município de Buritizeiro, no Norte de Minas Gerais, nesta quinta-feira (12), durante uma fiscalização do Ministério do Trabalho.',
          'Os homens, todos vindos do interior da Bahia, trabalhavam na queima de madeira em fornos de carvão sem equipamentos de proteção e cumpriam jornada exaustiva, de até 14 horas por dia.',
          'Eles estavam alojados em um barraco sem paredes, ao lado dos fornos, e não recebiam salário havia dois meses. O dono da carvoaria não foi localizado pela equipe.',
        ],
      },
      {
        slug: 'feira-agro-dourados',
        caseId: null,
        published: '2026-11-16',
        title: 'Feira agropecuária de Dourados deve reunir 200 expositores',
        paras: [
          'A feira agropecuária de Dourados começa na próxima semana e deve reunir cerca de 200 expositores de máquinas, sementes e gado, segundo os organizadores.',
          'A programação inclui leilões, palestras sobre o plantio de soja e shows à noite. A entrada será gratuita nos dias úteis.',
        ],
      },
    ],
  },
  {
    id: 'voz-amambay',
    name: 'La Voz del Amambay',
    language: 'es',
    pages: [
      {
        slug: 'compatriotas-rescatados-yerbal',
        caseId: 'ponta-pora',
        published: '2026-11-19',
        title: 'Rescatan en Brasil a 17 paraguayos sometidos a trabajo esclavo en un yerbal',
        paras: [
          'Diecisiete trabajadores paraguayos fueron rescatados el pasado martes de un yerbal en la zona rural de Ponta Porã, en el estado brasileño de Mato Grosso do Sul, donde trabajaban en condiciones análogas a la esclavitud, según informaron las autoridades laborales de Brasil.',
          'Los compatriotas cosechaban yerba mate de sol a sol y dormían en carpas de plástico, sin baño ni agua potable. Debían comprar los alimentos en una despensa del propio patrón, que les descontaba la deuda del salario, por lo que muchos nunca llegaban a cobrar.',
          'El consulado paraguayo indicó que está en contacto con los afectados y que gestiona su regreso al país. Los inspectores brasileños labraron actas contra el dueño de la propiedad, que deberá pagarles lo adeudado.',
        ],
      },
      {
        slug: 'taller-textil-quilmes',
        caseId: 'quilmes',
        published: '2026-11-17',
        title: 'Liberan a 23 bolivianos explotados en un taller textil de Quilmes',
        paras: [
          'Efectivos de la Policía Federal Argentina liberaron el lunes a 23 trabajadores bolivianos que eran explotados en un taller textil clandestino de Quilmes, en la provincia de Buenos Aires.',
          'Los costureros trabajaban más de 14 horas diarias frente a las máquinas y vivían hacinados en el mismo galpón junto a sus hijos. El encargado del taller les había retenido los documentos al llegar.',
          'La Justicia federal ordenó la detención de dos personas acusadas de trata de personas con fines de explotación laboral.',
        ],
      },
      {
        slug: 'cerro-porteno-clasico',
        caseId: null,
        published: '2026-11-16',
        title: 'Cerro Porteño ganó el clásico y sigue en la pelea por el título',
        paras: [
          'Cerro Porteño venció 2 a 1 a Olimpia en un clásico muy disputado y quedó a tres puntos del líder del torneo Clausura.',
          'El entrenador destacó el esfuerzo de sus jugadores y pidió a la afición llenar el estadio en la próxima fecha.',
        ],
      },
    ],
  },
  {
    id: 'wire-desk',
    name: 'Southern Wire',
    language: 'en',
    pages: [
      {
        slug: 'brazil-frees-paraguayan-mate-workers',
        caseId: 'ponta-pora',
        published: '2026-11-18',
        title: 'Brazil frees 17 Paraguayan workers from yerba mate farm near Ponta Pora',
        paras: [
          'Brazilian labour inspectors on Tuesday rescued 17 Paraguayan workers from slave-like conditions on a yerba mate farm outside Ponta Pora, in Mato Grosso do Sul state, the labour ministry said.',
          'The workers slept in tents made of plastic sheeting with no toilets or drinking water and had to buy food from a store run by their employer, who deducted the debts from their pay, inspectors said.',
          'The farm owner was fined and ordered to pay the workers what they were owed.',
        ],
      },
      {
        slug: 'thai-fishing-crew-freed',
        caseId: 'songkhla',
        published: '2026-11-20',
        title: 'Thai police free 11 Myanmar fishermen held on trawler in Songkhla',
        paras: [
          'Thai police on Thursday freed 11 fishermen from Myanmar who had been held on a trawler in Songkhla province, where they said they had been forced to work without pay for eight months.',
          'The men told officers their passports had been kept by the boat owner and that they were beaten when they asked to go ashore. The owner was arrested on human trafficking charges.',
        ],
      },
      {
        slug: 'markets-close-higher',
        caseId: null,
        published: '2026-11-18',
        title: 'Markets close higher as commodity prices rise',
        paras: [
          'Stock markets in the region closed higher on Wednesday, lifted by rising prices for soybeans, iron ore and coffee.',
          'Analysts said investors were waiting for central bank decisions next month.',
        ],
      },
    ],
  },
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pageHtml(site: Site, p: Page): string {
  return `<!DOCTYPE html><html lang="${site.language}"><head><meta charset="utf-8"><title>${esc(p.title)} | ${esc(site.name)}</title>
<meta property="article:published_time" content="${p.published}T09:00:00-03:00"></head><body>
<header><nav><a href="/">${esc(site.name)}</a> <a href="/news/">News</a></nav></header>
<main><article><h1>${esc(p.title)}</h1><time datetime="${p.published}T09:00:00-03:00">${p.published}</time>
${p.paras.map((x) => `<p>${esc(x)}</p>`).join('\n')}</article></main>
<footer><p>© ${esc(site.name)}</p></footer></body></html>`;
}

/** Writes the sites in the layout samples/server.ts serves (site.json, rss.xml, robots.txt, news/<slug>.html). */
function writeSites(dir: string): void {
  for (const site of SITES) {
    const root = join(dir, site.id);
    mkdirSync(join(root, 'news'), { recursive: true });
    for (const p of site.pages) writeFileSync(join(root, 'news', `${p.slug}.html`), pageHtml(site, p));
    writeFileSync(join(root, 'robots.txt'), 'User-agent: *\nAllow: /\n');
    writeFileSync(
      join(root, 'rss.xml'),
      `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${esc(site.name)}</title>` +
        site.pages
          .map(
            (p) =>
              `<item><title>${esc(p.title)}</title><link>{{BASE}}/news/${p.slug}</link><guid>{{BASE}}/news/${p.slug}</guid><pubDate>${new Date(`${p.published}T12:00:00Z`).toUTCString()}</pubDate></item>`,
          )
          .join('') +
        '</channel></rss>',
    );
    writeFileSync(
      join(root, 'site.json'),
      JSON.stringify({
        id: site.id,
        name: site.name,
        language: site.language,
        feeds: ['/rss.xml'],
        sitemaps: [],
        listings: [],
      }),
    );
  }
}

let server: SampleServer;
let sourcesPath = '';
before(async () => {
  const dir = tempDir('lang2crawl');
  writeSites(dir);
  server = await serveSampleSites({ dir });
  sourcesPath = writeSources(tempDir('lang2crawl-src'), server.sourcesYaml({ allowPrivateHosts: true }));
});
after(async () => {
  await server?.close();
  await cleanupPrefix(prefix);
});

/** `<site>/<slug>` of a crawled URL, or null for a URL of no test site. */
function keyOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const site = server.sites.find((s) => url.startsWith(s.baseUrl));
  return site
    ? `${site.id}/${new URL(url).pathname
        .replace(/^\/news\//, '')
        .replace(/\.html$/, '')
        .replace(/\/+$/, '')}`
    : null;
}

const truth = new Map<string, string | null>(
  SITES.flatMap((s) => s.pages.map((p): [string, string | null] => [`${s.id}/${p.slug}`, p.caseId])),
);

async function indexed(): Promise<ArticleDoc[]> {
  const es = getElastic();
  const index = indexNames().articles;
  await es.indices.refresh({ index });
  const r = await es.search<ArticleDoc>({ index, size: 100, query: { match_all: {} } });
  return r.hits.hits.map((h) => h._source!);
}

/** What the analysis read from each report, for the message of a failed assertion. */
const readout = (articles: ArticleDoc[]) =>
  articles
    .map((a) => {
      const f = a.incidents[0];
      return (
        `${keyOf(a.url)} [${a.language}] ${a.relevance.label}` +
        (f
          ? ` date=${f.date} count=${f.victims.count} nat=${f.victims.nationalities.join('/')} places=${f.places.map((p) => `${p.name}:${p.country}`).join('/')}`
          : '')
      );
    })
    .join('\n');

describe('a crawl of sites in Portuguese, Spanish and English reporting one case', () => {
  let incidents: IncidentDoc[] = [];
  let articles: ArticleDoc[] = [];

  it('crawls every page of the three sites', async () => {
    const report = await crawlOnce(sourcesPath, { once: true, quiet: true });
    assert.deepEqual(report.failed, [], 'failed fetches');
    articles = await indexed();
    incidents = await listIncidents();
    const keys = new Set(articles.map((a) => keyOf(a.url)));
    assert.deepEqual(
      [...truth.keys()].filter((k) => !keys.has(k)),
      [],
      'pages not indexed',
    );
  });

  it('reads each report of the shared case in its own language', () => {
    const shared = articles.filter((a) => truth.get(keyOf(a.url) ?? '') === 'ponta-pora');
    assert.deepEqual(shared.map((a) => a.language).sort(), ['en', 'es', 'pt'], readout(articles));
    for (const a of shared) assert.equal(a.relevance.label, 'incident', readout(articles));
  });

  it('yields one incident holding the reports of the shared case, in all three languages', () => {
    const caseOf = (inc: IncidentDoc) => inc.articles.map((x) => truth.get(keyOf(x.url) ?? '') ?? 'none');
    const shared = incidents.filter((i) => caseOf(i).includes('ponta-pora'));
    const message = `${readout(articles)}\nincidents:\n${incidents.map((i) => `${i.id}: ${i.articles.map((x) => keyOf(x.url)).join(' ')}`).join('\n')}`;
    assert.equal(shared.length, 1, `the shared case is in ${shared.length} incidents\n${message}`);
    assert.deepEqual(
      shared[0]!.articles.map((x) => keyOf(x.url)).sort(),
      [...truth]
        .filter(([, c]) => c === 'ponta-pora')
        .map(([k]) => k)
        .sort(),
      message,
    );
    assert.ok(shared[0]!.countries.includes('BR'), `country: ${shared[0]!.countries}`);
    assert.equal(shared[0]!.victims.count, 17, message);
  });

  it('keeps every other case apart, and no page that is not a case inside an incident', () => {
    const message = `${readout(articles)}\nincidents:\n${incidents.map((i) => `${i.id}: ${i.articles.map((x) => keyOf(x.url)).join(' ')}`).join('\n')}`;
    for (const inc of incidents) {
      const cases = new Set(inc.articles.map((x) => truth.get(keyOf(x.url) ?? '') ?? 'none'));
      assert.equal(cases.size, 1, `incident ${inc.id} mixes ${[...cases].join(', ')}\n${message}`);
      assert.ok(!cases.has('none'), `a page that is not a case is in incident ${inc.id}\n${message}`);
    }
    for (const c of ['buritizeiro', 'quilmes', 'songkhla'])
      assert.equal(
        incidents.filter((i) => i.articles.some((x) => truth.get(keyOf(x.url) ?? '') === c)).length,
        1,
        `${c}: one incident\n${message}`,
      );
  });

  it("its page, read in Spanish, gives the facts in Spanish beside each report's evidence in its own language", async () => {
    const shared = incidents.find((i) => i.articles.some((x) => truth.get(keyOf(x.url) ?? '') === 'ponta-pora'));
    assert.ok(shared, 'the shared case has an incident');
    const app = await buildServer({ policy: { requireTokenForReads: false }, queueBoard: false });
    try {
      const r = await app.inject({
        method: 'GET',
        url: `/api/incidents/${shared.id}`,
        headers: { 'accept-language': 'es' },
      });
      assert.equal(r.statusCode, 200, r.body);
      const d = JSON.parse(r.body);
      assert.ok(
        d.display.countries.some((c: { name: string }) => c.name === 'Brasil'),
        JSON.stringify(d.display.countries),
      );
      assert.deepEqual(
        d.display.nationalities.map((n: { name: string }) => n.name),
        ['Paraguay'],
      );
      assert.equal(d.display.date, '17 de noviembre de 2026');
      // every evidence sentence is quoted from a report, in that report's language, and says so
      assert.ok(d.evidence.length > 0, 'evidence sentences');
      const byId = new Map(articles.map((a) => [a.id, a]));
      d.evidence.forEach((e: { sentence: string; articleId: string | null }, i: number) => {
        const x = d.display.evidence[i];
        const a = e.articleId ? byId.get(e.articleId) : undefined;
        assert.ok(a, `evidence ${i} has its article`);
        assert.ok(a.text.replace(/\s+/g, ' ').includes(e.sentence), `evidence ${i} is quoted as written`);
        assert.equal(x.lang, a.language);
        assert.equal(
          x.originalIn,
          `Original en ${({ pt: 'portugués', es: 'español', en: 'inglés' } as Record<string, string>)[a.language]}`,
        );
      });
      assert.ok(
        d.display.evidence.some((x: { lang: string }) => x.lang === 'pt'),
        'a Portuguese sentence among the evidence',
      );
    } finally {
      await app.close();
    }
  });
});
