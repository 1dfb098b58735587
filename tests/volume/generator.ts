// A volume of cases as a monitor sees it in a month (issue 15): many cases in one country share the victims'
// nationality, the sector and the month, each in its own village, farm or estate that no gazetteer knows (near
// misses); each case is told by one to three outlets, in other words, on later days, with small discrepancies in
// the count and the date, some in Russian and some in English (true follow-ups). Deterministic from a seed.
// Used at the level of facts (what a careful analysis extracts, with its usual gaps) by the pure clustering
// tests and bench/merge.ts, and at the level of pages (tests/volume/pages.ts) by the crawl test.
// Every name here is invented; none is a real place, business or person.
import { lookupName } from '../../extractors/gazetteer.js';
import type { IncidentFacts, Place } from '../../lib/types.js';
import { CYRILLIC_TO_LATIN } from '../../lib/translit.js';

export type Lang = 'en' | 'ru';

export interface Country {
  code: string;
  en: string;
  ru: string;
  /** Provinces the gazetteer knows: [English, Russian, lat, lon]. */
  provinces: [string, string, number, number][];
  /** Victims' nationalities common there: [ISO code, English adjective, Russian genitive plural phrase]. */
  nationalities: [string, string, string][];
  /** Sectors with the workplace as outlets call it: [sector, English, Russian (prepositional after «на»/«в»)]. */
  workplaces: [string, string, string][];
  town: (r: Rng) => { en: string; ru: string };
  business: (r: Rng) => string;
}

export class Rng {
  private x: number;
  constructor(seed: number) {
    this.x = (seed * 2654435761) >>> 0 || 1;
  }
  next(): number {
    this.x ^= this.x << 13;
    this.x >>>= 0;
    this.x ^= this.x >>> 17;
    this.x ^= this.x << 5;
    this.x >>>= 0;
    return this.x / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// Cyrillic → Latin as an English-language outlet might write it (ё as "yo", й as "y"); another outlet's
// spelling differs (ё as "e"), as real ones do.
const LAT: Record<string, string> = { ...CYRILLIC_TO_LATIN, ё: 'yo' };
export const latin = (s: string, yo = true) =>
  [...s]
    .map((c) => {
      const l = c.toLowerCase();
      const t = l === 'ё' && !yo ? 'e' : (LAT[l] ?? c);
      return c === l ? t : t.charAt(0).toUpperCase() + t.slice(1);
    })
    .join('');

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const COUNTRIES: Country[] = [
  {
    code: 'GB',
    en: 'the UK',
    ru: 'Великобритании',
    provinces: [
      ['Lincolnshire', 'Линкольншир', 53.08, -0.32],
      ['Norfolk', 'Норфолк', 52.65, 1.0],
      ['Kent', 'Кент', 51.2, 0.8],
      ['Cambridgeshire', 'Кембриджшир', 52.4, 0.1],
    ],
    nationalities: [
      ['RO', 'Romanian', 'граждан Румынии'],
      ['VN', 'Vietnamese', 'граждан Вьетнама'],
    ],
    workplaces: [
      ['agriculture', 'vegetable farm', 'овощной ферме'],
      ['car_wash', 'hand car wash', 'автомойке'],
      ['food_processing', 'food packing plant', 'упаковочной фабрике'],
    ],
    town: (r) => {
      const en = `${r.pick(['Ash', 'Brin', 'Cold', 'Hals', 'Kel', 'Mar', 'Pen', 'Shel', 'Thorn', 'Wyn', 'Grea', 'Lud', 'Oak', 'Fen'])}${r.pick(['combe', 'ford', 'ham', 'ley', 'thorpe', 'wick', 'bury', 'stead', 'by', 'well', 'den', 'hurst'])}${r.chance(0.3) ? ` ${r.pick(['Marsh', 'Heath', 'Fen', 'Green'])}` : ''}`;
      return { en, ru: en };
    },
    business: (r) =>
      `${r.pick(['Fenway', 'Greenacre', 'Brightwater', 'Oakfield', 'Harrowgate', 'Silverline', 'Meadowbrook', 'Northfield', 'Kingsley', 'Redmoor'])} ${r.pick(['Produce', 'Valeting', 'Foods', 'Growers', 'Packing', 'Services', 'Farms'])} Ltd`,
  },
  {
    code: 'TH',
    en: 'Thailand',
    ru: 'Таиланде',
    provinces: [
      ['Songkhla', 'Сонгкхла', 7.08, 100.5],
      ['Samut Sakhon', 'Самутсакхон', 13.55, 100.27],
      ['Ranong', 'Ранонг', 9.96, 98.64],
      ['Chon Buri', 'Чонбури', 13.36, 100.98],
    ],
    nationalities: [
      ['MM', 'Myanmar', 'граждан Мьянмы'],
      ['KH', 'Cambodian', 'граждан Камбоджи'],
    ],
    workplaces: [
      ['fishing', 'fishing trawler', 'рыболовецком судне'],
      ['food_processing', 'seafood processing plant', 'заводе по переработке морепродуктов'],
    ],
    town: (r) => {
      const en = `Ban ${r.pick(['Khlong', 'Nong', 'Huai', 'Don', 'Pak', 'Tha', 'Bang', 'Laem', 'Khok', 'Wang'])} ${r.pick(['Sai', 'Rua', 'Phai', 'Kham', 'Lamyai', 'Krathin', 'Samet', 'Pradu', 'Makham', 'Chan', 'Thong', 'Yai'])}${r.chance(0.3) ? ` ${r.pick(['Nuea', 'Tai'])}` : ''}`;
      return { en, ru: en };
    },
    business: (r) =>
      `${r.pick(['Siam', 'Andaman', 'Gulf', 'Sea Star', 'Blue Ocean', 'Golden Wave', 'Chai Samut', 'Ruamchai', 'Thanakorn', 'Pattana'])} ${r.pick(['Seafood', 'Fishery', 'Marine', 'Frozen Foods', 'Canning'])} Co Ltd`,
  },
  {
    code: 'MY',
    en: 'Malaysia',
    ru: 'Малайзии',
    provinces: [
      ['Johor', 'Джохор', 1.94, 103.37],
      ['Selangor', 'Селангор', 3.35, 101.5],
      ['Sabah', 'Сабах', 5.48, 117.09],
      ['Perak', 'Перак', 4.59, 101.09],
    ],
    nationalities: [
      ['BD', 'Bangladeshi', 'граждан Бангладеш'],
      ['NP', 'Nepali', 'граждан Непала'],
    ],
    workplaces: [
      ['manufacturing', 'electronics factory', 'фабрике электроники'],
      ['agriculture', 'oil palm plantation', 'плантации масличной пальмы'],
    ],
    town: (r) => {
      const en = `Kampung ${r.pick(['Sungai', 'Bukit', 'Batu', 'Tanjung', 'Parit', 'Ulu', 'Telok', 'Lubok', 'Air'])} ${r.pick(['Jernih', 'Merah', 'Lalang', 'Tinggi', 'Raja', 'Besar', 'Kuning', 'Hitam', 'Manis', 'Panjang', 'Durian', 'Pinang'])}`;
      return { en, ru: en };
    },
    business: (r) =>
      `${r.pick(['Sinar', 'Cahaya', 'Mega', 'Prima', 'Jaya', 'Makmur', 'Setia', 'Gemilang', 'Wawasan', 'Harapan'])} ${r.pick(['Plantations', 'Electronics', 'Components', 'Agro', 'Industries'])} Sdn Bhd`,
  },
  {
    code: 'RU',
    en: 'Russia',
    ru: 'России',
    provinces: [
      ['Voronezh Oblast', 'Воронежской области', 51.0, 40.0],
      ['Tver Oblast', 'Тверской области', 57.0, 34.9],
      ['Krasnodar Krai', 'Краснодарском крае', 45.3, 39.0],
    ],
    nationalities: [
      ['UZ', 'Uzbek', 'граждан Узбекистана'],
      ['TJ', 'Tajik', 'граждан Таджикистана'],
    ],
    workplaces: [
      ['construction', 'construction site', 'стройке'],
      ['agriculture', 'vegetable farm', 'овощной ферме'],
      ['manufacturing', 'brick factory', 'кирпичном заводе'],
    ],
    town: (r) => {
      const ru = `${r.pick(['Верхне', 'Нижне', 'Ново', 'Старо', 'Красно', 'Бело', 'Черно', 'Сухо', ''])}${r.pick(['озёр', 'лес', 'бор', 'дол', 'камен', 'луг', 'рыб', 'сосн', 'ключ', 'гор', 'ярц'])}${r.pick(['ск', 'овка', 'ино', 'ово', 'ное', 'ищи'])}`;
      const word = cap(ru.toLowerCase());
      return { en: latin(word), ru: word };
    },
    business: (r) =>
      `ООО «${r.pick(['Агро', 'Строй', 'Кирпич', 'Урожай', 'Вектор', 'Гранит', 'Нива', 'Заря'])}${r.pick(['-Альянс', 'Инвест', 'Пром', '-Плюс', 'Сервис', 'Ресурс'])}»`,
  },
];

const RU_FIRST = ['Иван', 'Олег', 'Сергей', 'Рустам', 'Виктор', 'Андрей', 'Тимур', 'Павел'];
const RU_LAST = ['Кравцов', 'Зайцев', 'Муратов', 'Белов', 'Ковалёв', 'Сафаров', 'Громов', 'Лапин'];
const FIRST = [
  'Ivan',
  'Marek',
  'Somchai',
  'Azlan',
  'Daniel',
  'Viktor',
  'Anan',
  'Rashid',
  'Peter',
  'Oleg',
  'Niran',
  'Hafiz',
];
const LAST = [
  'Kovalenko',
  'Petrescu',
  'Wongsakul',
  'Rahman',
  'Holloway',
  'Sergeyev',
  'Chaiyaporn',
  'Ismail',
  'Thornbury',
  'Zaitsev',
  'Boonmee',
  'Yusof',
];

export interface Case {
  id: string;
  country: Country;
  province: [string, string, number, number];
  town: { en: string; ru: string };
  nationality: [string, string, string];
  workplace: [string, string, string];
  business: string | null;
  accused: string | null;
  count: number;
  eventDate: string;
}

export interface Told {
  key: string;
  caseId: string;
  outlet: number;
  language: Lang;
  publishedAt: string;
  /** As this report tells it: the date (null: "last week"), the count (null: "dozens"), which names it gives. */
  eventDate: string | null;
  count: number | null;
  town: boolean;
  province: boolean;
  business: boolean;
  accused: boolean;
  /** Latin spelling of a Cyrillic town: with "yo" or "e" for ё. */
  yo: boolean;
  /** 0: first report of the case; 1, 2: follow-ups by other outlets. */
  order: number;
}

/** A Russian company or person as an English-language outlet writes it: ООО «Агро-Альянс» → Agro-Alyans LLC. */
export function englishName(name: string, yo = true): string {
  const m = /^ООО «(.+)»$/.exec(name);
  return m ? `${latin(m[1]!, yo)} LLC` : latin(name, yo);
}

/** The town, business and accused as this report writes them. */
export function namesIn(t: Told, c: Case): { town: string; business: string | null; accused: string | null } {
  const en = t.language === 'en' && c.country.code === 'RU';
  return {
    town: t.language === 'ru' ? c.town.ru : en ? latin(c.town.ru, t.yo) : c.town.en,
    business: c.business && en ? englishName(c.business, t.yo) : c.business,
    accused: c.accused && en ? englishName(c.accused, t.yo) : c.accused,
  };
}

export interface Volume {
  cases: Case[];
  reports: Told[];
}

const iso = (t: number) => new Date(t * 86_400_000).toISOString().slice(0, 10);
const dayOf = (s: string) => Date.parse(s) / 86_400_000;

/**
 * `cases` cases over `months` months from `start`, 1–3 reports each (about 2.5 on average). Countries and, within
 * one, the nationalities and workplaces come from short lists, so most cases have many near misses. A few towns
 * see two cases weeks apart (a town that two cases share is a near miss too).
 */
export function generateVolume(opts: {
  cases: number;
  seed?: number;
  start?: string;
  months?: number;
  outlets?: number;
  countries?: Country[];
}): Volume {
  const r = new Rng(opts.seed ?? 1);
  const countries = opts.countries ?? COUNTRIES;
  const start = dayOf(opts.start ?? '2026-03-01');
  const span = 30 * (opts.months ?? 2);
  const outlets = opts.outlets ?? 20;
  const cases: Case[] = [];
  const townsUsed = new Map<string, Case[]>();
  const byCountry = new Map<string, Case[]>();
  const known = (n: string) => lookupName(n).length > 0;
  for (let i = 0; i < opts.cases; i++) {
    const country = countries[i % countries.length]!;
    let town = country.town(r);
    // a town another case of this country had weeks before (about one case in twelve), else a new one
    const before = byCountry.get(country.code) ?? [];
    let reuse = before.length > 3 && r.chance(0.08) ? r.pick(before) : null;
    let eventDay = start + r.int(0, span);
    if (reuse) {
      // weeks away from EVERY case that town had (two raids on one village a day apart, with the same victims'
      // nationality and count, would be one case told twice, not a near miss)
      const sign = r.pick([-1, 1]);
      const gap = r.int(20, 40);
      const apart = (d: number) =>
        (townsUsed.get(reuse!.town.en) ?? []).every((o) => Math.abs(dayOf(o.eventDate) - d) >= 20);
      const day = [sign, -sign].map((x) => dayOf(reuse!.eventDate) + x * gap).find(apart);
      if (day === undefined) reuse = null;
      else {
        town = reuse.town;
        eventDay = day;
      }
    }
    if (!reuse) for (let k = 0; (townsUsed.has(town.en) || known(town.en)) && k < 50; k++) town = country.town(r);
    const c: Case = {
      id: `case-${String(i).padStart(5, '0')}`,
      country,
      province: reuse?.province ?? r.pick(country.provinces),
      town,
      nationality: r.pick(country.nationalities),
      workplace: r.pick(country.workplaces),
      business: r.chance(0.5) ? country.business(r) : null,
      accused: r.chance(0.35)
        ? country.code === 'RU'
          ? `${r.pick(RU_FIRST)} ${r.pick(RU_LAST)}`
          : `${r.pick(FIRST)} ${r.pick(LAST)}`
        : null,
      count: r.chance(0.5) ? r.int(3, 20) : r.int(21, 90),
      eventDate: iso(eventDay),
    };
    cases.push(c);
    townsUsed.set(town.en, [...(townsUsed.get(town.en) ?? []), c]);
    byCountry.set(country.code, [...before, c]);
  }
  const reports: Told[] = [];
  for (const c of cases) {
    const n = r.pick([1, 2, 2, 3, 3, 3, 2, 3]);
    const used = new Set<number>();
    for (let k = 0; k < n; k++) {
      let outlet = r.int(0, outlets - 1);
      while (used.has(outlet)) outlet = (outlet + 1) % outlets;
      used.add(outlet);
      const follow = k > 0;
      // Russian outlets write about the Russian cases; the others are told in English
      const language: Lang = c.country.code === 'RU' && r.chance(0.5) ? 'ru' : 'en';
      const lag = follow ? r.int(1, 12) : r.int(0, 3);
      const countShift = follow && r.chance(0.35) ? r.pick([-2, -1, 1, 2, 3]) : 0;
      const named = { business: !!c.business && (k === 0 || r.chance(0.6)), accused: !!c.accused && r.chance(0.6) };
      // a follow-up that gives only the province names the business instead of the village
      const town = !follow || !named.business || r.chance(0.85);
      reports.push({
        key: `${c.id}-r${k}`,
        caseId: c.id,
        outlet,
        language,
        publishedAt: iso(dayOf(c.eventDate) + lag),
        eventDate: r.chance(follow ? 0.35 : 0.2)
          ? null
          : follow && r.chance(0.15)
            ? iso(dayOf(c.eventDate) + r.pick([-1, 1]))
            : c.eventDate,
        count: r.chance(0.08) ? null : Math.max(2, c.count + countShift),
        town,
        province: !town || r.chance(0.7),
        business: named.business,
        accused: named.accused,
        yo: r.chance(0.5),
        order: k,
      });
    }
  }
  return { cases, reports };
}

/**
 * What a careful analysis extracts from a report: the village (not in the gazetteer: no coordinates, level
 * 'locality'), the province, the count, the nationality, the business and the accused as told — with the gaps
 * an analysis leaves (a nationality not caught, a sector missed).
 */
export function factsOf(t: Told, c: Case, r: Rng): IncidentFacts {
  const places: (Place & { level?: string; geonameId?: number | null })[] = [];
  const names = namesIn(t, c);
  const townName = names.town;
  if (t.town)
    places.push({ name: townName, country: c.country.code, lat: null, lon: null, level: 'locality', geonameId: null });
  if (t.province) places.push({ name: c.province[0], country: c.country.code, lat: c.province[2], lon: c.province[3] });
  const nat = r.chance(0.9) ? [c.nationality[0]] : [];
  return {
    summary: `${t.count ?? 'Dozens of'} ${c.nationality[1]} workers freed from a ${c.workplace[1]} in ${townName}`,
    date: t.eventDate,
    places,
    victims: { count: t.count, counts: t.count === null ? [] : [t.count], minors: null, nationalities: nat },
    businesses: [
      ...(t.business && names.business ? [{ name: names.business, sector: c.workplace[0] }] : []),
      ...(r.chance(0.8) ? [{ name: c.workplace[1], sector: c.workplace[0] }] : []),
    ],
    perpetrators: t.accused && names.accused ? [{ name: names.accused, role: 'owner' }] : [],
    indicators: [
      { id: 'withholding_of_wages', evidence: '' },
      { id: 'retention_of_identity_documents', evidence: '' },
    ],
  };
}
