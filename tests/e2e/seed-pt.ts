// A Brazilian case reported in Portuguese, for the tests of the UI's language (issue 11): the seed's documents
// with the article stored as the crawl stores a Portuguese page. Invented text.
import { seed, seedDocs } from './seed.js';

export const PT_INCIDENT = 'inc-br-erval';
export const PT_EVIDENCE =
  'Os paraguaios eram obrigados a comprar comida em uma cantina do empregador e a dívida era descontada do pagamento.';

const STORY = {
  id: PT_INCIDENT,
  date: '2026-11-17',
  seen: '2026-11-18T10:00:00Z',
  status: 'new' as const,
  summary: 'Fiscalização resgata 17 paraguaios de trabalho escravo em erval de Ponta Porã.',
  places: [{ name: 'Ponta Porã', country: 'BR', lat: -22.536, lon: -55.726 }],
  victims: [17],
  minors: null,
  nationalities: ['PY'],
  businesses: [],
  perpetrators: [],
  indicators: [
    ['debt_bondage', PT_EVIDENCE],
    [
      'abusive_working_and_living_conditions',
      'Os trabalhadores dormiam em barracos de lona, sem banheiro e sem água potável.',
    ],
  ] as [never, string][],
  articles: [
    {
      source: 'gazeta-fronteira',
      url: 'http://127.0.0.1:1/gazeta/erval',
      title: 'Fiscalização resgata 17 paraguaios em erval de Ponta Porã',
      publishedAt: '2026-11-18',
      lead: 'Uma operação resgatou 17 trabalhadores paraguaios na zona rural de Ponta Porã.',
    },
  ],
};

/** Indexes the Portuguese case (and only it) into the test prefix. */
export async function seedPortuguese() {
  const docs = seedDocs([STORY]);
  for (const a of docs.articles) a.language = 'pt';
  for (const i of docs.incidents) for (const r of i.articles) r.language = 'pt';
  return seed(docs);
}
