// Cross-language merging: a Portuguese, a Spanish and an English report of one invented case (Bolivian garment
// workers freed in São Paulo), each read by its own language pack, become one incident with all three reports;
// a Spanish report of another case in the same week (Argentina) stays apart. Real Elasticsearch and Redis; the
// analysis, index and incidents stages run as the workers run them. All text is invented for this test.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Job } from 'bullmq';
import { analyseArticle } from '../../extractors/analyse.js';
import { setClock } from '../../lib/clock.js';
import { listIncidents } from '../../incidents/query.js';
import { ensureIndices, getElastic, indexNames } from '../../lib/elastic.js';
import { articleId } from '../../lib/ids.js';
import type { Article } from '../../lib/types.js';
import { processIncidents } from '../../workers/incidents.js';
import { processIndex } from '../../workers/indexing.js';
import { getQueue, QUEUE, type IncidentsJob, type IndexJob } from '../../workers/queues.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('langmerge');
let restoreClock = () => {};
before(async () => {
  await ensureIndices();
  restoreClock = setClock(() => new Date('2026-11-20T12:00:00Z'));
});
after(async () => {
  restoreClock();
  await cleanupPrefix(prefix);
});

interface Item {
  id: string;
  source: string;
  language: string;
  title: string;
  text: string;
}
const ITEMS: Item[] = [
  {
    id: 'sp-pt',
    source: 'jornal-sul',
    language: 'pt',
    title: 'Fiscalização resgata 21 bolivianos em condições análogas à escravidão em São Paulo',
    text: 'Auditores-fiscais do Trabalho resgataram 21 trabalhadores bolivianos em condições análogas à escravidão em uma oficina de costura no bairro do Brás, em São Paulo, na terça-feira (17). Os costureiros cumpriam jornada exaustiva de 15 horas por dia e dormiam no chão da oficina. O dono da confecção retinha os documentos dos trabalhadores e descontava do salário uma dívida pela viagem desde La Paz.',
  },
  {
    id: 'sp-es',
    source: 'diario-andino',
    language: 'es',
    title: 'Rescatan a 21 bolivianos explotados en un taller textil de São Paulo',
    text: 'Inspectores del Ministerio de Trabajo de Brasil rescataron el martes a 21 costureros bolivianos que trabajaban en condiciones de esclavitud en un taller textil de São Paulo. Los trabajadores cumplían jornadas de 15 horas y el dueño del taller les retenía la documentación, según el consulado boliviano.',
  },
  {
    id: 'sp-en',
    source: 'wire-desk',
    language: 'en',
    title: 'Brazil frees 21 Bolivian garment workers from slave-like conditions in Sao Paulo',
    text: 'Brazilian labour inspectors rescued 21 Bolivian garment workers from conditions analogous to slavery at a sewing workshop in Sao Paulo on Tuesday. The workers had worked 15-hour days and their documents were held by the owner, inspectors said.',
  },
  {
    id: 'ba-es',
    source: 'diario-andino',
    language: 'es',
    title: 'Liberan a 12 paraguayos explotados en un campo de Mendoza',
    text: 'La Gendarmería liberó el miércoles a 12 trabajadores paraguayos que eran explotados laboralmente en una finca de Mendoza, en Argentina. Los peones no cobraban sueldo y vivían hacinados en una casilla sin agua.',
  },
];

const url = (it: Item) => `https://${it.source}.example/noticias/${it.id}`;
const job = <D>(data: D, id: string) => ({ id, data, attemptsMade: 0, name: 'test' }) as unknown as Job<D, never>;

function indexJob(it: Item): IndexJob {
  const u = url(it);
  const article: Article = {
    url: u,
    canonicalUrl: u,
    title: it.title,
    byline: null,
    publishedAt: '2026-11-19',
    language: it.language,
    text: it.text,
  };
  return {
    articleId: articleId(u),
    sourceId: it.source,
    fetchedAt: '2026-11-19T10:00:00Z',
    analysis: analyseArticle(article),
  };
}

async function drainIncidents(): Promise<void> {
  const jobs = await getQueue(QUEUE.incidents).getJobs(['waiting', 'prioritized', 'delayed']);
  for (const j of jobs) {
    await processIncidents(j as Job<IncidentsJob> as never);
    await j.remove();
  }
  // the stage does not refresh per job (incidents/ingest.ts): make its writes searchable for the listing
  await getElastic().indices.refresh({ index: indexNames().incidents });
}

describe('one case told in Portuguese, Spanish and English', () => {
  const jobs = ITEMS.map(indexJob);

  it('each pack reads its report into the same facts', () => {
    for (const [k, j] of jobs.slice(0, 3).entries()) {
      const i = j.analysis.incidents[0];
      assert.ok(i, `${ITEMS[k]!.id}: an incident (${j.analysis.relevance.label})`);
      assert.equal(i.places[0]?.country, 'BR', `${ITEMS[k]!.id}: country`);
      assert.equal(i.victims.count, 21, `${ITEMS[k]!.id}: count`);
      assert.deepEqual(i.victims.nationalities, ['BO'], `${ITEMS[k]!.id}: nationalities`);
      assert.equal(i.date, '2026-11-17', `${ITEMS[k]!.id}: date`);
    }
  });

  it('becomes one incident with all three reports; the other case stays apart', async () => {
    for (const j of jobs) await processIndex(job(j, j.articleId) as never);
    await drainIncidents();
    const list = await listIncidents();
    const sets = list.map((i) => [...i.articleIds].sort().join(','));
    assert.ok(
      sets.includes(
        jobs
          .slice(0, 3)
          .map((j) => j.articleId)
          .sort()
          .join(','),
      ),
      JSON.stringify(list.map((i) => i.articleIds)),
    );
    const other = list.find((i) => i.articleIds.includes(jobs[3]!.articleId));
    assert.ok(other, 'the Argentine case has an incident');
    assert.deepEqual(other.articleIds, [jobs[3]!.articleId]);
  });
});
