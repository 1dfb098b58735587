// Synthetic but plausible data for the scale benchmarks: article texts (distinct per seed, with wire-story
// variants for near-duplicate work), incident documents with facets, article documents. Deterministic per seed.

const WORDS = (
  'migrant workers farm factory passports wages debt police raid brigade shift dormitory contract recruiter ' +
  'inspector harvest warehouse overtime border court prosecutor charity hotline kitchen quarry brick fishing vessel ' +
  'greenhouse construction site employer broker sewing laundry cleaning rescued detained charged trafficking forced ' +
  'labour victims owner shop supermarket basement locked fined sentenced months years women men minors region city ' +
  'district village embassy consulate union investigation complaint evidence witness salary cash fees transport food'
).split(' ');
export const COUNTRIES = [
  'RU',
  'KZ',
  'UZ',
  'KG',
  'TJ',
  'TH',
  'MY',
  'QA',
  'SA',
  'AE',
  'GB',
  'IT',
  'ES',
  'PL',
  'BR',
  'MX',
  'IN',
  'GH',
  'CI',
  'US',
];
export const INDICATORS = [
  'abuse_of_vulnerability',
  'deception',
  'restriction_of_movement',
  'isolation',
  'physical_and_sexual_violence',
  'intimidation_and_threats',
  'retention_of_identity_documents',
  'withholding_of_wages',
  'debt_bondage',
  'abusive_working_and_living_conditions',
  'excessive_overtime',
];
export const SECTORS = [
  'agriculture',
  'construction',
  'fishing',
  'domestic work',
  'manufacturing',
  'retail',
  'hospitality',
  'mining',
];

export function rng(seed: number): () => number {
  let x = (seed * 2654435761 + 1) >>> 0;
  return () => {
    x = (Math.imul(x ^ (x >>> 15), 2246822519) + 0x9e3779b9) >>> 0;
    x ^= x >>> 13;
    return x >>> 0;
  };
}

export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[r() % xs.length]!;

/** Everyday news that has nothing to do with labour abuse: economy, politics, sport, weather, culture, services. */
const NEWS_WORDS = (
  'minister budget inflation bank shares market election parliament football match goal season coach stadium ' +
  'weather rain storm temperature festival film concert museum school students university hospital doctors vaccine ' +
  'traffic bridge railway airport flights tourism hotel prices fuel energy solar wind technology startup software ' +
  'phone app league championship tennis cup album theatre exhibition mayor council park library housing rent ' +
  'mortgage exports trade growth investors profit quarter results retail sales consumer holiday weekend snow ' +
  'forecast river flood garden recipe restaurant chef'
).split(' ');

/** About `words` words of text, distinct per seed; `vocabulary`: on-topic words (the default) or everyday news. */
export function text(seed: number, words = 300, vocabulary: 'on-topic' | 'news' = 'on-topic'): string {
  const r = rng(seed);
  const from = vocabulary === 'news' ? NEWS_WORDS : WORDS;
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(i % 17 === 0 ? `${r() % 1000}` : pick(r, from));
  return out.join(' ');
}

/** A re-published copy of text(seed): a new first sentence and a few words changed, as outlets do with wire copy. */
export function variant(seed: number, edit: number, words = 300): string {
  const w = text(seed, words).split(' ');
  const r = rng(edit * 7919 + seed);
  for (let i = 0; i < 6; i++) w[r() % w.length] = pick(r, WORDS);
  return `Our correspondent reports ${edit}. ${w.join(' ')}`;
}

/** An incident document as workers/incidents stores it (the fields that search and facets read). */
export function incidentDoc(i: number): Record<string, unknown> {
  const r = rng(i + 17);
  const country = pick(r, COUNTRIES);
  const nat = pick(r, COUNTRIES);
  const indicators = [pick(r, INDICATORS), pick(r, INDICATORS)];
  const day = new Date(Date.UTC(2020, 0, 1) + (r() % 2500) * 86400_000).toISOString().slice(0, 10);
  const summary = text(i, 40);
  const business = `${pick(r, ['Golden', 'Northern', 'Sunrise', 'Prime', 'Royal'])} ${pick(r, SECTORS)} ${r() % 500}`;
  return {
    id: `inc${i}`,
    status: r() % 3 ? 'updated' : 'new',
    firstSeenAt: `${day}T08:00:00Z`,
    lastSeenAt: `${day}T12:00:00Z`,
    statusDate: day,
    summary,
    date: day,
    places: [{ name: `City ${r() % 300}`, country, lat: null, lon: null }],
    victims: { count: r() % 60, counts: [], minors: r() % 4, nationalities: [nat] },
    businesses: [{ name: business, sector: pick(r, SECTORS) }],
    perpetrators: [],
    indicators: indicators.map((id) => ({ id, evidence: summary.slice(0, 80) })),
    articles: [
      {
        id: `a${i}`,
        url: `https://news.example/${i}`,
        title: summary.slice(0, 60),
        source: `outlet${r() % 40}`,
        publishedAt: day,
      },
    ],
    countries: [country],
    placeNames: [`City ${r() % 300}`],
    locations: [],
    indicatorIds: [...new Set(indicators)],
    nationalities: [nat],
    sectors: [pick(r, SECTORS)],
    businessNames: [business],
    perpetratorNames: [],
    sources: [`outlet${r() % 40}`],
    articleIds: [`a${i}`],
    victimsCount: r() % 60,
    minors: r() % 4,
    victimsRange: null,
    provenance: [],
    searchText: `${summary} ${text(i + 1e6, 120)}`,
    lemmas: summary,
  };
}

/** An article document (about 2 kB of text) as workers/indexing.ts stores it. */
export function articleDoc(i: number): Record<string, unknown> {
  const r = rng(i + 99);
  const t = text(i, 320);
  const day = new Date(Date.UTC(2020, 0, 1) + (r() % 2500) * 86400_000).toISOString().slice(0, 10);
  return {
    id: `art${i}`,
    url: `https://news.example/a/${i}`,
    canonicalUrl: `https://news.example/a/${i}`,
    title: t.slice(0, 70),
    byline: null,
    publishedAt: day,
    language: 'en',
    text: t,
    relevance: { label: pick(r, ['incident', 'related', 'unrelated']), score: (r() % 100) / 100 },
    incidents: [],
    entities: { people: [], organizations: [], places: [], dates: [] },
    source: `outlet${r() % 40}`,
    fetchedAt: `${day}T09:00:00Z`,
    contentHash: `h${i}`,
    duplicateOf: null,
    duplicateSources: [],
    incidentIds: [],
    lemmas: t,
    countries: [pick(r, COUNTRIES)],
    indicatorIds: [pick(r, INDICATORS)],
    nationalities: [],
    sectors: [],
    businessNames: [],
    perpetratorNames: [],
    eventDate: day,
    indexedAt: `${day}T09:00:01Z`,
  };
}
