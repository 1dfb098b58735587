// Realistic incidents and articles for the web and search tests, indexed straight into a test prefix (the
// incidents engineer's workers fill these indices in production). Several countries, corridors, a recruiter
// who appears in two countries, disagreeing reports, evidence sentences, and one hostile article title.
import { ensureIndices, getElastic } from '../../lib/elastic.js';
import { articleId } from '../../lib/ids.js';
import type { ArticleDoc, FactSource, IncidentDoc, IndicatorId } from '../../lib/types.js';

interface Story {
  id: string;
  date: string;
  seen: string;
  status: 'new' | 'updated';
  summary: string;
  places: { name: string; country: string; lat: number; lon: number }[];
  victims: number[];
  minors: number | null;
  nationalities: string[];
  businesses: { name: string; sector: string }[];
  perpetrators: { name: string; role: string }[];
  indicators: [IndicatorId, string][];
  articles: { source: string; url: string; title: string; publishedAt: string; lead: string }[];
}

export const HOSTILE_TITLE = '<img src=x onerror="window.__xss=1">Workers freed <script>window.__xss=2</script>';

export const STORIES: Story[] = [
  {
    id: 'inc-ru-greenhouse',
    date: '2024-03-12',
    seen: '2024-03-14T09:00:00Z',
    status: 'updated',
    summary: 'Police freed 14 Uzbek workers held at a greenhouse complex near Moscow; their passports had been taken.',
    places: [{ name: 'Moscow', country: 'RU', lat: 55.75, lon: 37.62 }],
    victims: [14, 13],
    minors: 2,
    nationalities: ['UZ'],
    businesses: [{ name: 'Agro-Teplitsa LLC', sector: 'agriculture' }],
    perpetrators: [{ name: 'Rustam Karimov', role: 'recruiter' }],
    indicators: [
      ['retention_of_identity_documents', 'The owner had taken their passports on arrival.'],
      ['withholding_of_wages', 'They had not been paid for five months.'],
    ],
    articles: [
      {
        source: 'fergana-news',
        url: 'http://127.0.0.1:1/fergana/greenhouse',
        title: 'Fourteen Uzbek workers freed from Moscow greenhouse',
        publishedAt: '2024-03-13',
        lead: 'Police near Moscow freed fourteen migrant workers from Uzbekistan on Tuesday.',
      },
      {
        source: 'moscow-times',
        url: 'http://127.0.0.1:1/mt/greenhouse-raid',
        title: HOSTILE_TITLE,
        publishedAt: '2024-03-14',
        lead: 'Thirteen men were found living in a container at a greenhouse complex.',
      },
    ],
  },
  {
    id: 'inc-my-glove',
    date: '2024-05-02',
    seen: '2024-05-03T10:00:00Z',
    status: 'new',
    summary: 'Labour inspectors found 120 Nepali workers in debt bondage at a glove factory in Selangor.',
    places: [{ name: 'Klang', country: 'MY', lat: 3.04, lon: 101.45 }],
    victims: [120],
    minors: null,
    nationalities: ['NP', 'BD'],
    businesses: [
      { name: 'Sunrise Gloves Sdn Bhd', sector: 'manufacturing' },
      { name: 'Golden Bridge Recruitment', sector: 'recruitment' },
    ],
    perpetrators: [{ name: 'Golden Bridge Recruitment', role: 'recruitment agency' }],
    indicators: [
      ['debt_bondage', 'Each worker owed the agency recruitment fees of up to 4,000 dollars.'],
      ['excessive_overtime', 'Shifts lasted fourteen hours, seven days a week.'],
    ],
    articles: [
      {
        source: 'the-star',
        url: 'http://127.0.0.1:1/star/glove-factory',
        title: 'Glove factory workers trapped by recruitment debts',
        publishedAt: '2024-05-03',
        lead: 'Inspectors raided a glove factory in Klang.',
      },
    ],
  },
  {
    id: 'inc-qa-construction',
    date: '2024-06-20',
    seen: '2024-06-22T08:00:00Z',
    status: 'new',
    summary:
      'Nepali construction workers in Doha said their recruiter deceived them about wages and kept their passports.',
    places: [{ name: 'Doha', country: 'QA', lat: 25.29, lon: 51.53 }],
    victims: [35],
    minors: null,
    nationalities: ['NP'],
    businesses: [
      { name: 'Golden Bridge Recruitment', sector: 'recruitment' },
      { name: 'Al Noor Contracting', sector: 'construction' },
    ],
    perpetrators: [{ name: 'Golden Bridge Recruitment', role: 'recruitment agency' }],
    indicators: [
      ['deception', 'They were promised 400 dollars a month but received half.'],
      ['retention_of_identity_documents', 'The company kept their passports.'],
    ],
    articles: [
      {
        source: 'kathmandu-post',
        url: 'http://127.0.0.1:1/kp/doha-workers',
        title: 'Nepali workers in Doha deceived by recruiter',
        publishedAt: '2024-06-21',
        lead: 'Thirty-five workers from Nepal say they were deceived.',
      },
      {
        source: 'gulf-times',
        url: 'http://127.0.0.1:1/gt/contractor',
        title: 'Contractor investigated over migrant wages',
        publishedAt: '2024-06-22',
        lead: 'The labour ministry opened an investigation into a contractor.',
      },
    ],
  },
  {
    id: 'inc-it-tomatoes',
    date: '2024-08-07',
    seen: '2024-08-08T07:30:00Z',
    status: 'new',
    summary: 'Carabinieri arrested a gangmaster who made 30 farm workers pick tomatoes for 3 euros an hour in Apulia.',
    places: [{ name: 'Foggia', country: 'IT', lat: 41.46, lon: 15.55 }],
    victims: [30],
    minors: null,
    nationalities: ['ML', 'SN'],
    businesses: [{ name: 'Azienda Agricola Rossi', sector: 'agriculture' }],
    perpetrators: [{ name: 'Marco Bianchi', role: 'gangmaster' }],
    indicators: [
      ['abusive_working_and_living_conditions', 'The workers slept in a shack without water or electricity.'],
      ['intimidation_and_threats', 'The gangmaster threatened to report them to the police.'],
    ],
    articles: [
      {
        source: 'ansa',
        url: 'http://127.0.0.1:1/ansa/caporalato',
        title: 'Gangmaster arrested in Foggia tomato fields',
        publishedAt: '2024-08-08',
        lead: 'Carabinieri arrested a gangmaster near Foggia.',
      },
    ],
  },
  {
    id: 'inc-th-fishing',
    date: '2024-02-18',
    seen: '2024-02-20T06:00:00Z',
    status: 'new',
    summary: 'Twelve Myanmar fishermen escaped a trawler off Songkhla after months at sea without pay.',
    places: [{ name: 'Songkhla', country: 'TH', lat: 7.2, lon: 100.6 }],
    victims: [12],
    minors: 1,
    nationalities: ['MM'],
    businesses: [{ name: 'Siam Ocean Fishing', sector: 'fishing' }],
    perpetrators: [],
    indicators: [
      ['isolation', 'The boat stayed at sea for eight months without returning to port.'],
      ['physical_and_sexual_violence', 'The captain beat those who complained.'],
    ],
    articles: [
      {
        source: 'bangkok-post',
        url: 'http://127.0.0.1:1/bp/trawler',
        title: 'Myanmar fishermen escape trawler',
        publishedAt: '2024-02-19',
        lead: 'Twelve fishermen escaped a trawler off Songkhla.',
      },
    ],
  },
  {
    id: 'inc-ru-construction',
    date: '2024-05-25',
    seen: '2024-05-27T11:00:00Z',
    status: 'new',
    summary: 'Tajik and Uzbek builders in Saint Petersburg were held behind a locked fence by their employer.',
    places: [{ name: 'Saint Petersburg', country: 'RU', lat: 59.94, lon: 30.31 }],
    victims: [22],
    minors: null,
    nationalities: ['TJ', 'UZ'],
    businesses: [{ name: 'Nevsky Stroy', sector: 'construction' }],
    perpetrators: [{ name: 'Rustam Karimov', role: 'recruiter' }],
    indicators: [['restriction_of_movement', 'The gate was locked at night and guards stopped anyone leaving.']],
    articles: [
      {
        source: 'fergana-news',
        url: 'http://127.0.0.1:1/fergana/builders',
        title: 'Builders locked in at Saint Petersburg site',
        publishedAt: '2024-05-26',
        lead: 'Twenty-two builders were kept behind a locked fence.',
      },
    ],
  },
];

function articleDoc(s: Story, a: Story['articles'][number], i: number): ArticleDoc {
  const text = [
    a.lead,
    s.summary,
    ...s.indicators.map(([, e]) => e),
    i === 0 ? 'Officials said the investigation continues.' : 'A spokesman declined to comment.',
  ].join('\n\n');
  return {
    id: articleId(a.url),
    url: a.url,
    canonicalUrl: a.url,
    title: a.title,
    byline: null,
    publishedAt: a.publishedAt,
    language: 'en',
    text,
    relevance: { label: 'incident', score: 0.9 },
    incidents: [],
    entities: { people: [], organizations: [], places: [], dates: [] },
    source: a.source,
    fetchedAt: s.seen,
    contentHash: articleId(text),
    duplicateOf: null,
    duplicateSources: [],
    incidentIds: [s.id],
    lemmas: text.toLowerCase(),
    countries: s.places.map((p) => p.country),
    indicatorIds: s.indicators.map(([id]) => id),
    nationalities: s.nationalities,
    sectors: s.businesses.map((b) => b.sector),
    businessNames: s.businesses.map((b) => b.name),
    perpetratorNames: s.perpetrators.map((p) => p.name),
    eventDate: s.date,
    indexedAt: s.seen,
  };
}

function incidentDoc(s: Story, arts: ArticleDoc[]): IncidentDoc {
  const provenance: FactSource[] = [
    ...arts.map((a) => ({ field: 'date' as const, value: s.date, articleId: a.id })),
    ...s.victims.map((n, i) => ({
      field: 'victims.count' as const,
      value: String(n),
      articleId: arts[Math.min(i, arts.length - 1)]!.id,
    })),
    ...s.places.map((p) => ({ field: 'place' as const, value: p.name, articleId: arts[0]!.id })),
    ...s.nationalities.map((n) => ({ field: 'nationality' as const, value: n, articleId: arts[0]!.id })),
    ...s.businesses.map((b) => ({ field: 'business' as const, value: b.name, articleId: arts[arts.length - 1]!.id })),
    ...s.indicators.map(([id, e]) => ({ field: 'indicator' as const, value: id, articleId: arts[0]!.id, evidence: e })),
  ];
  const searchText = [s.summary, ...arts.map((a) => `${a.title} ${a.text}`)].join('\n');
  return {
    id: s.id,
    status: s.status,
    firstSeenAt: s.seen,
    lastSeenAt: s.seen,
    statusDate: s.seen.slice(0, 10),
    articles: arts.map((a) => ({
      id: a.id,
      url: a.url,
      title: a.title,
      source: a.source,
      publishedAt: a.publishedAt,
      language: 'en',
    })),
    summary: s.summary,
    date: s.date,
    places: s.places,
    victims: { count: Math.max(...s.victims), counts: s.victims, minors: s.minors, nationalities: s.nationalities },
    businesses: s.businesses,
    perpetrators: s.perpetrators,
    indicators: s.indicators.map(([id, evidence]) => ({ id, evidence })),
    countries: [...new Set(s.places.map((p) => p.country))],
    placeNames: s.places.map((p) => p.name),
    locations: s.places.map((p) => ({ lat: p.lat, lon: p.lon })),
    indicatorIds: s.indicators.map(([id]) => id),
    nationalities: s.nationalities,
    sectors: [...new Set(s.businesses.map((b) => b.sector))],
    businessNames: s.businesses.map((b) => b.name),
    perpetratorNames: s.perpetrators.map((p) => p.name),
    sources: [...new Set(arts.map((a) => a.source))],
    articleIds: arts.map((a) => a.id),
    sourceCount: new Set(arts.map((a) => a.source)).size,
    victimsCount: Math.max(...s.victims),
    minors: s.minors,
    victimsRange: { min: Math.min(...s.victims), max: Math.max(...s.victims) },
    provenance,
    searchText,
    lemmas: searchText.toLowerCase(),
  };
}

export function seedDocs(stories: Story[] = STORIES): { incidents: IncidentDoc[]; articles: ArticleDoc[] } {
  const incidents: IncidentDoc[] = [];
  const articles: ArticleDoc[] = [];
  for (const s of stories) {
    const arts = s.articles.map((a, i) => articleDoc(s, a, i));
    articles.push(...arts);
    incidents.push(incidentDoc(s, arts));
  }
  return { incidents, articles };
}

/** Creates the prefix's indices and indexes the documents (refreshed, so searches see them at once). */
export async function seed(docs = seedDocs()): Promise<typeof docs> {
  const names = await ensureIndices();
  const operations = [
    ...docs.incidents.flatMap((d) => [{ index: { _index: names.incidents, _id: d.id } }, d]),
    ...docs.articles.flatMap((d) => [{ index: { _index: names.articles, _id: d.id } }, d]),
  ];
  const r = await getElastic().bulk({ operations, refresh: true });
  if (r.errors) throw new Error(`seeding failed: ${JSON.stringify(r.items.find((i) => i.index?.error))}`);
  return docs;
}
