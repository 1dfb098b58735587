// The offline gazetteer: cities (GeoNames, pop ≥ 15,000 or administrative seats) and countries, with English and
// Russian names, loaded lazily from extractors/data/*.tsv (built by extractors/data/build-gazetteer.ts).
// Lookup is by lower-cased name; Russian names also by stem, so that «в Москве», «из Казахстана» resolve.
import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { fromRoot } from '../lib/paths.js';
import { CYRILLIC_TO_LATIN } from '../lib/translit.js';

export interface GazetteerEntry {
  name: string;
  country: string;
  lat: number;
  lon: number;
  population: number;
  kind: 'city' | 'district' | 'region' | 'country';
  /** GeoNames id (towns; the tables carry none for regions and countries). */
  geonameId: number | null;
  /** Other names (Latin and Cyrillic forms), for the base form of a mention. */
  aliases: string[];
}

interface Gazetteer {
  byName: Map<string, GazetteerEntry[]>;
  byStem: Map<string, GazetteerEntry[]>;
  byLatin: Map<string, GazetteerEntry[]>;
  countries: Map<string, GazetteerEntry>;
}

let loaded: Gazetteer | null = null;

/** Regions news names that the GeoNames tables only have as their parts: [name, country, member districts]. */
const GROUPED_REGIONS: [name: string, country: string, members: string[]][] = [
  ['West Yorkshire', 'GB', ['Leeds', 'Bradford', 'Kirklees', 'Calderdale', 'Wakefield']],
  ['South Yorkshire', 'GB', ['Sheffield', 'Rotherham', 'Barnsley', 'Doncaster']],
  [
    'Greater Manchester',
    'GB',
    ['Manchester', 'Bolton', 'Wigan', 'Stockport', 'Oldham', 'Rochdale', 'Salford', 'Tameside', 'Trafford', 'Bury'],
  ],
  ['West Midlands', 'GB', ['Birmingham', 'Coventry', 'Dudley', 'Sandwell', 'Solihull', 'Walsall', 'Wolverhampton']],
  ['Merseyside', 'GB', ['Liverpool', 'Knowsley', 'Sefton', 'St Helens', 'Wirral']],
  ['Tyne and Wear', 'GB', ['Newcastle upon Tyne', 'Gateshead', 'North Tyneside', 'South Tyneside', 'Sunderland']],
  ['Bedfordshire', 'GB', ['Bedford', 'Central Bedfordshire', 'Luton']],
];
/** Languages whose country names the gazetteer knows besides English and Russian (the packs' languages). */
const COUNTRY_NAME_LANGUAGES = ['pt', 'es', 'fr', 'it', 'de', 'id', 'ms'];
const AMBIGUOUS_COUNTRY_NAMES = new Set([
  'maurice',
  'chad',
  'georgia',
  'jordan',
  'jersey',
  'guernsey',
  'man',
  'salomon',
  'granada',
  'island',
  'swiss',
]);
// "Côte d’Ivoire", "L’Aquila": typographic apostrophes are the plain one in a lookup key.
const keyOf = (name: string) => name.toLowerCase().replace(/[’‘ʼ]/g, "'");
const lookupIn = (g: { byName: Map<string, unknown[]> }, name: string) => g.byName.get(keyOf(name)) ?? [];
const UNINHABITED = new Set(['GS', 'UM', 'BV', 'HM', 'TF', 'IO', 'AQ', 'CX', 'CC', 'NF', 'PN']);

const CYR = /[\u0400-\u04FF]/;
// Russian noun endings that case inflection adds to or swaps on a place name.
const RU_ENDINGS = [
  '',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'и',
  'ы',
  'ом',
  'ем',
  'ой',
  'ей',
  'ью',
  'ии',
  'ию',
  'ия',
  'ах',
  'ях',
  'ам',
  'ям',
  'ами',
  'ями',
  'ого',
  'его',
  'ому',
  'ему',
  'ым',
  'им',
  'ом',
];

// Many regions and towns have only their English (transliterated) name in the tables: a Russian form is matched by
// transliterating its stem (Камчатке → kamchatk ~ Kamchatka; Петропавловске-Камчатском ~ Petropavlovsk-Kamchatskiy).
// Only in the former Soviet countries, where the English names are transliterations of the Russian ones.
const TRANSLIT_COUNTRIES = new Set(['RU', 'KZ', 'UZ', 'KG', 'TJ', 'TM', 'BY', 'UA', 'MD', 'AZ', 'AM', 'GE']);
// Case and adjective endings of each part of a Russian name, longest first.
const RU_PART_ENDINGS =
  /(?:ами|ями|ого|его|ому|ему|ой|ей|ом|ем|ым|им|ах|ях|ам|ям|ую|юю|ая|яя|ий|ый|ое|ее|ью|ия|ии|ию|ые|ие|[аяуюеиыоьй])$/u;
// English adjective endings of transliterated names (-skiy, -skaya, -skoye) and final vowels.
const EN_PART_ENDINGS = /(?:iy|yy|aya|oye|iye|[aeiouy])+$/;

/** A spelling-neutral key of a name: each hyphen part without its ending, in Latin letters. */
export function latinKey(name: string): string {
  const cyr = CYR.test(name);
  return name
    .toLowerCase()
    .replace(/[’'ʹ`]/g, '')
    .split(/[-\s]+/)
    .map((part) => {
      const latin = cyr ? [...part.replace(RU_PART_ENDINGS, '')].map((c) => CYRILLIC_TO_LATIN[c] ?? c).join('') : part;
      return latin.replace(EN_PART_ENDINGS, '');
    })
    .join('-');
}

/** Stem of a Russian name: without final vowels, soft sign or й (Москва → москв, Россия → росс). */
export function ruStem(word: string): string {
  return word.toLowerCase().replace(/(?:ия|ья|ий|ый|ой|ая|ое|ые|ие|[аяоеёиыуюьй])$/u, '');
}

function add(map: Map<string, GazetteerEntry[]>, key: string, e: GazetteerEntry): void {
  const k = keyOf(key);
  const list = map.get(k);
  if (!list) map.set(k, [e]);
  else if (!list.includes(e)) list.push(e);
}

function load(): Gazetteer {
  const g: Gazetteer = { byName: new Map(), byStem: new Map(), byLatin: new Map(), countries: new Map() };
  const addName = (name: string, e: GazetteerEntry) => {
    add(g.byName, name, e);
    if (
      !CYR.test(name) &&
      TRANSLIT_COUNTRIES.has(e.country) &&
      (e.kind === 'region' || (e.kind === 'city' && e.population >= 15000))
    ) {
      // Regions also without their unit word: «в Татарстане» ~ "Tatarstan Republic", «в Бурятии» ~ "Buryatiya Republic".
      const bare =
        e.kind === 'region'
          ? name.replace(/^Republic of\s+|\s+(?:Republic|Oblast'?|oblast|Krai|Kray|Autonomous Okrug)$/g, '')
          : name;
      for (const k of new Set([latinKey(name), latinKey(bare)]))
        if (k.replace(/-/g, '').length >= 5) add(g.byLatin, k, e);
    }
    if (CYR.test(name)) {
      const st = ruStem(name);
      if (st.length >= 3) add(g.byStem, st, e);
    }
  };
  for (const line of readFileSync(fromRoot('extractors/data/countries.tsv'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [cc, lat, lon, en, ru] = line.split('\t');
    // Uninhabited territories whose names collide with regions ("South Georgia") are never a place of work.
    if (UNINHABITED.has(cc)) continue;
    const names = [...en.split('|'), ...(ru ?? '').split('|')].filter(Boolean);
    const e: GazetteerEntry = {
      name: names[0],
      country: cc,
      lat: Number(lat),
      lon: Number(lon),
      population: 1e9,
      kind: 'country',
      geonameId: null,
      aliases: names.slice(1),
    };
    g.countries.set(cc, e);
    for (const n of names) addName(n, e);
  }
  // Country names in the languages of the packs beyond English and Russian (i18n-iso-countries): "Espanha", "Bolivie",
  // "Stati Uniti". Names that are also first names or common words stay out ("Maurice", "Chad", "Georgia").
  for (const lang of COUNTRY_NAME_LANGUAGES) {
    const all = countries.getNames(lang, { select: 'all' }) as unknown as Record<string, string[]>;
    for (const [cc, list] of Object.entries(all)) {
      const e = g.countries.get(cc);
      if (e)
        for (const n of list)
          if (!AMBIGUOUS_COUNTRY_NAMES.has(n.toLowerCase()) && !lookupIn(g, n).length) addName(n, e);
    }
  }
  // Common short forms the country table lacks.
  for (const [alias, cc] of [
    ['U.S.', 'US'],
    ['U.S', 'US'],
    ['USA', 'US'],
    ['UK', 'GB'],
    ['U.K.', 'GB'],
    ['Britain', 'GB'],
    ['UAE', 'AE'],
    ['США', 'US'],
    ['РФ', 'RU'],
    ['КНР', 'CN'],
  ] as const) {
    const e = g.countries.get(cc);
    if (e) add(g.byName, alias, e);
  }
  // Official Russian names the table lacks (it has the older Киргизия, Туркмения, Молдавия, Белоруссия is absent).
  for (const [alias, cc] of [
    ['Кыргызстан', 'KG'],
    ['Туркменистан', 'TM'],
    ['Молдова', 'MD'],
    ['Белоруссия', 'BY'],
    ['Соединенные Штаты', 'US'],
    ['Британия', 'GB'],
  ] as const) {
    const e = g.countries.get(cc);
    if (e) addName(alias, e);
  }
  for (const [file, kind] of [
    ['gazetteer-regions.tsv', 'region'],
    ['gazetteer-districts.tsv', 'district'],
  ] as const)
    for (const line of readFileSync(fromRoot('extractors/data', file), 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [name, cc, lat, lon, pop, alias] = line.split('\t');
      const e: GazetteerEntry = {
        name,
        country: cc,
        lat: Number(lat),
        lon: Number(lon),
        population: Number(pop),
        kind,
        geonameId: null,
        aliases: alias ? alias.split('|') : [],
      };
      addName(name, e);
      // A district's name without a leading unit word ("Kabupaten Nunukan" → Nunukan) or one half of a bilingual
      // name ("Araba / Álava") is how news writes it; a trailing unit word stays ("King County" is not "King").
      if (kind === 'district' && /^(?:Kabupaten|Kota)\s|\s\/\s/.test(name)) for (const a of e.aliases) addName(a, e);
      // "Southern Region" → "Southern" would turn every compass word into a place.
      // Districts keep their full names only: "King County" → "King" would be a person or a word.
      if (kind === 'region')
        for (const a of e.aliases)
          if (
            !/^(?:Northern|Southern|Eastern|Western|Central|North|South|East|West|Upper|Lower|Capital|Coast|Lakes|Islands)$/.test(
              a,
            )
          )
            addName(a, e);
    }
  // Counties that GeoNames splits into their boroughs ("West Yorkshire" = Leeds, Bradford …): a region made of the
  // districts, centred on them, so that a British story's "West Yorkshire" is not Yorkshire, Illinois.
  for (const [name, cc, members] of GROUPED_REGIONS) {
    const parts = members
      .flatMap((m) =>
        [m, `City of ${m}`, `Borough of ${m}`, `City and Borough of ${m}`].flatMap((n) => g.byName.get(keyOf(n)) ?? []),
      )
      .filter((e, i, all) => e.kind === 'district' && e.country === cc && all.indexOf(e) === i);
    const pop = parts.reduce((n, e) => n + e.population, 0);
    if (!pop) continue;
    const at = (k: 'lat' | 'lon') => Number((parts.reduce((n, e) => n + e[k] * e.population, 0) / pop).toFixed(3));
    addName(name, {
      name,
      country: cc,
      lat: at('lat'),
      lon: at('lon'),
      population: pop,
      kind: 'region',
      geonameId: null,
      aliases: [],
    });
  }
  for (const line of readFileSync(fromRoot('extractors/data/gazetteer-cities.tsv'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [name, cc, lat, lon, pop, aliases, id] = line.split('\t');
    const e: GazetteerEntry = {
      name,
      country: cc,
      lat: Number(lat),
      lon: Number(lon),
      population: Number(pop),
      kind: 'city',
      geonameId: id ? Number(id) : null,
      aliases: aliases ? aliases.split('|') : [],
    };
    addName(name, e);
    for (const a of (aliases ?? '').split('|')) if (a) addName(a, e);
  }
  // Countries first, then by size; a city beats the region of the same name and country (Dubai, Moscow).
  const rank = (e: GazetteerEntry) => (e.kind === 'country' ? 1e12 : e.population);
  for (const list of [...g.byName.values(), ...g.byStem.values(), ...g.byLatin.values()]) {
    list.sort((a, b) => rank(b) - rank(a));
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if (r.kind !== 'region' && r.kind !== 'district') continue;
      const j = list.findIndex((c, k) => k > i && c.kind === 'city' && c.country === r.country && c.population > 20000);
      if (j > i) list.splice(i, 0, ...list.splice(j, 1));
    }
  }
  return g;
}

const gazetteer = (): Gazetteer => (loaded ??= load());

/** Entries named exactly `name` (any case), countries first, then by population. */
export function lookupName(name: string): GazetteerEntry[] {
  return gazetteer().byName.get(keyOf(name)) ?? [];
}

/** Entries whose Russian name is an inflected form of `phrase` (last word inflected, earlier words as written). */
export function lookupRussian(phrase: string): GazetteerEntry[] {
  const exact = lookupName(phrase);
  if (exact.length) return exact;
  const lower = phrase.toLowerCase();
  for (const end of RU_ENDINGS) {
    if (!end || !lower.endsWith(end)) continue;
    const base = lower.slice(0, lower.length - end.length);
    if (base.length < 3) continue;
    const hits = gazetteer().byStem.get(ruStem(base)) ?? gazetteer().byStem.get(base);
    if (hits?.length) return hits;
  }
  if (!CYR.test(phrase)) return [];
  // «Санкт-Петербурге»: the tables know the city as Петербург / Saint Petersburg.
  if (/^санкт-/iu.test(phrase)) return lookupRussian(phrase.slice(6));
  const key = latinKey(phrase);
  return key.replace(/-/g, '').length >= 5 ? (gazetteer().byLatin.get(key) ?? []) : [];
}

/**
 * The base form of a mention of `e` as the article writes it: a Russian inflected form becomes the entry's
 * Cyrillic name it shares its stem with («в Москве» → «Москва»); other mentions are kept as written.
 */
export function baseForm(written: string, e: GazetteerEntry): string {
  if (!CYR.test(written)) return capitalsCased(written, e);
  const lower = written.toLowerCase().replace(/ё/g, 'е');
  let best = written;
  let shared = 2;
  for (const n of [e.name, ...e.aliases]) {
    // an alias set in capitals («КАСПИЙСК») is a map label, not how a text writes the name
    if (!CYR.test(n) || (n.length > 3 && n === n.toUpperCase())) continue;
    const l = n.toLowerCase().replace(/ё/g, 'е');
    let k = 0;
    while (k < l.length && k < lower.length && l[k] === lower[k]) k++;
    // Most of the shorter word shared: «Москве»/«Москва», «Казахстана»/«Казахстан».
    if (k > shared && k >= Math.min(l.length, lower.length) - 2) {
      best = n;
      shared = k;
    }
  }
  return best === written ? (nominativeByLatin(written, e) ?? written) : best;
}

// The Latin ending of a transliterated name after the stem they share, and the Russian nominative ending it stands for.
const NOMINATIVE_ENDINGS: Record<string, string> = {
  '': '',
  a: 'а',
  ya: 'я',
  iya: 'ия',
  iy: 'ий',
  yy: 'ый',
  o: 'о',
  ye: 'е',
};
/**
 * «Дагестана» for an entry known only by its Latin name ("Dagestan"): the written word's stem transliterates to the
 * start of that name, and what the name has after it gives the nominative's ending (Камчатке → Kamchatka → Камчатка).
 * One word only: the parts of a longer name inflect each in its own way.
 */
function nominativeByLatin(written: string, e: GazetteerEntry): string | null {
  if (/\s/.test(written.trim())) return null;
  const stem = written.trim().replace(RU_PART_ENDINGS, '');
  const latin = [...stem.toLowerCase()].map((c) => CYRILLIC_TO_LATIN[c] ?? c).join('');
  const name = e.name.toLowerCase();
  if (latin.length < 3 || !name.startsWith(latin)) return null;
  const ending = NOMINATIVE_ENDINGS[name.slice(latin.length)];
  return ending === undefined ? null : stem + ending;
}

/**
 * A name set in capitals (a dateline "PATTANI, Thailand", a headline in capitals) as the entry spells it
 * ("Pattani"); an acronym the entry knows stays as it is ("UAE"), and one it does not know is title-cased only when
 * it is a word, not an acronym (four letters or more).
 */
function capitalsCased(written: string, e: GazetteerEntry): string {
  if (written !== written.toUpperCase() || !/\p{Lu}{2}/u.test(written)) return written;
  const lower = written.toLowerCase();
  const known = [e.name, ...e.aliases].find((n) => n.toLowerCase() === lower);
  if (known) return known;
  return written.replace(/\p{L}+/gu, (w) => (w.length >= 4 ? w[0] + w.slice(1).toLowerCase() : w));
}

/** Every name the gazetteer knows that `test` accepts (e.g. the names in one script, for a pack's own reader). */
export function namesMatching(test: RegExp): string[] {
  return [...gazetteer().byName.keys()].filter((n) => test.test(n));
}

export function countryEntry(cc: string): GazetteerEntry | undefined {
  return gazetteer().countries.get(cc.toUpperCase());
}
