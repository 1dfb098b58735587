// Places: finds gazetteer places in sentences, tells where the exploitation happened from where the victims came
// from ("migrants from Kazakhstan" is an origin, "a supermarket in Moscow" a location), and ranks them.
import type { Place } from '../lib/types.js';
import { NOT_PLACES, RU_REGION_ALIASES } from './data/lexicons/places.js';
import { DEMONYMS } from './data/demonyms.js';
import { baseForm, countryEntry, lookupName, lookupRussian, type GazetteerEntry } from './gazetteer.js';
import { languagePack, PACKS, type LanguagePack } from './lang/index.js';
import { escapeRegExp } from '../lib/regexp.js';

export interface PlaceMention {
  entry: GazetteerEntry;
  candidates: GazetteerEntry[];
  text: string;
  sentence: number;
  origin: boolean;
  locative: boolean;
  dateline: boolean;
  court?: boolean;
  near?: boolean;
  /** Named right after the workplace ("una finca de Huelva", "dans une exploitation viticole à Cognac", "di sebuah
   *  pabrik di Tangerang"): the exploitation site, weighing more than a bare "in X" (an arrest, a court, a speaker). */
  site?: boolean;
  /** A village, farm or site the gazetteer does not know ("the village of Kalanpur", «в селе Y»): its country comes from context. */
  locality?: boolean;
}

const ORIGIN_RU = PACKS.ru!.places.origin;
/** A pack's place words with the words of a workplace before a name (the site of the exploitation): regex ending
 *  at the name, e.g. "(?:finca|fábrica|taller)s? (?:de|en)". Optional: packs without it weigh every locative alike. */
export type SitePlaces = LanguagePack['places'] & {
  siteBefore?: RegExp;
  /** Words that open a place's name in the pack's language ("Bukit", "Sungai"): a name after one in the same run
   *  of capitalised words is part of an unknown name, not a place of its own. */
  nameHead?: RegExp;
  /** Codes of provinces or states that news write in brackets after a town ("Rio Verde (GO)", "Vittoria (RG)"),
   *  with the country they belong to: the code settles the namesake as a province's name would. */
  regionCodes?: Readonly<Record<string, string>>;
};

/** "(GO)", "/SP", "-GO" right after a name: a two-letter province or state code, as Brazilian and Italian news write
 *  it (a hyphen joins it to the name's last word, which findPlaceMentions reads apart). */
const REGION_CODE_AFTER = /^(?:\s*\(|[/-])(\p{Lu}{2})\b/u;
/** ", nel Ragusano" right after a name: the pack's words for a town's area follow, with the area's name. */
function areaAfter(pack: LanguagePack, after: string): boolean {
  const territory = pack.places.territory;
  const m = territory && after.match(/^\s*,?\s*([^,.;\p{Lu}]{1,14}?)(\p{Lu}[\p{L}-]+)/u);
  return (
    !!m &&
    !!territory?.before.test(` ${m[1]}`) &&
    territory.towns(m[2]).some((t) => lookupName(t).some((e) => e.kind === 'city'))
  );
}
/** The country a pack's province or state code right after a name belongs to, if the text has one. */
function codedCountry(pack: LanguagePack, after: string): string | undefined {
  const code = after.match(REGION_CODE_AFTER)?.[1];
  return code ? (pack.places as SitePlaces).regionCodes?.[code] : undefined;
}

/** The Russian pack's words for the Cyrillic names inside any article; the article's pack for the rest. */
const packFor = (phraseIsCyrillic: boolean, pack: LanguagePack) =>
  phraseIsCyrillic && !pack.script.test('д') ? PACKS.ru! : pack;
/** Gazetteer spellings that differ from news ones: "Burton-on-Trent" is "Burton upon Trent" there. */
function lookupVariants(phrase: string): GazetteerEntry[] {
  const hits = lookupName(phrase);
  if (hits.length || !/-/.test(phrase)) return hits;
  for (const v of [phrase.replace(/-on-/g, ' upon '), phrase.replace(/-upon-/g, '-on-'), phrase.replace(/-/g, ' ')]) {
    const h = v !== phrase ? lookupName(v) : [];
    if (h.length) return h;
  }
  return [];
}
// «полиция Казахстана», «МВД России», «прокуратура Узбекистана»: authorities named by their country.
const AUTHORITY_BEFORE =
  /(?:^|[\s«"])(?:полици\S*|МВД|ДВД|УВД|прокуратур\S*|пограничн\S*|погранслужб\S*|следственн\S* комитет\S*|СК|ФСБ|власт\S*|суд\S*)\s+$/iu;
// "in rural Mirador", "in coastal Kerala": a lower-case qualifier between the preposition and the name.
const QUALIFIER =
  /^(?:rural|urban|coastal|remote|suburban|downtown|central|neighbouring|neighboring|nearby|inner-city|outer|greater|southern|northern|eastern|western)$/;
// "Molesey Road, Walton-on-Thames": a street and a comma before a town make an address.
const ADDRESS_BEFORE =
  /\b(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Way|Close|Highway|Industrial Estate|Estate|Park|Farm)\s*,\s*$/;

// "Southern District", "Central Region": generic unit names that match some country's region by accident.
const COMPASS_UNIT =
  /^(?:Northern|Southern|Eastern|Western|Central|North|South|East|West|Upper|Lower)\s+(?:District|Region|Province|Department|Division|Zone|Area)$/;
// Lower-case particles inside names ("Rio de Janeiro", "Stratford-upon-Avon" is one word already).
const WORD =
  /[\p{Lu}][\p{L}’'-]*(?:\s+(?:(?:de|do|da|dos|das|del|di|la|le|el|al)\s+|d['’])?[\p{Lu}][\p{L}’'-]*){0,2}/gu;
const COMPASS =
  /^(?:Northern|Southern|Eastern|Western|Central|North|South|East|West|Upper|Lower|North-?(?:east|west)(?:ern)?|South-?(?:east|west)(?:ern)?)$/i;
// Capitalised words that may stand before a place name without being part of it ("In Kenya", "Rural Sindh"); the
// Indonesian and Malay unit words before a province or region ("Provinsi Kandal", "Negeri Johor", "Negara Bagian Kayin").
const TRANSPARENT =
  /^(?:The|In|At|On|From|To|For|By|Of|And|But|Or|As|After|Before|When|While|Across|Near|Outside|Inside|Rural|Urban|Coastal|Neighbouring|Neighboring|Both|Only|Even|Also|Meanwhile|Today|Yesterday|В|Во|На|Из|Под|И|А|Но|Em|No|Na|Nos|Nas|En|El|La|Las|Los|Dans|Au|Aux|Nel|Nella|Nei|Ad|Da|Desde|Dal|Dalla|Por|Para|Pour|Per|Según|Selon|Secondo|Segundo|Entre|Tra|Fra|Depuis|Provinsi|Propinsi|Kabupaten|Kecamatan|Distrik|Negeri|Bagian|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
// A lower-case adjective of a people or region after a word ("Serra catarinense", "Agro pontino", "Sertão
// nordestino"): the word and the adjective name a region, not the town the word also is.
const REGION_ADJECTIVE_AFTER =
  /^\s+\p{Ll}+(?:ense|enses|ano|ana|anos|anas|ino|ina|inos|inas|ês|esa|ese|esi)(?![\p{L}])/u;
// The unit word GeoNames puts before an Indonesian regency's or city's name ("Kabupaten Nunukan", "Kota Bekasi").
const UNIT_PREFIX = /^(?:Kabupaten|Kota)\s+/;
// All capitals: an acronym (ILO, MEA, МВД), not a town, unless it is a wire dateline ("ROME, June 12 (…) -").
const ACRONYM = /^[\p{Lu}]{2,}$/u;

/** Place mentions in one sentence: capitalised runs (1–3 words) looked up longest first. */
export function findPlaceMentions(
  text: string,
  sentence: number,
  lang: string | LanguagePack,
  first = false,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  const pack = typeof lang === 'string' ? languagePack(lang) : lang;
  // Scripts without capitals (Chinese, Arabic) find their places with the pack's own reader.
  if (pack.placeMentions) return pack.placeMentions(text, sentence, first);
  const ru = pack.code === 'ru';
  let lastOriginEnd = -1;
  // "U.S." has dots that the capitalised-run pattern does not take.
  if (/(?<![\p{L}.])U\.S\.(?![\p{L}])/u.test(text)) {
    const us = lookupName('U.S.');
    if (us.length)
      out.push({
        entry: us[0],
        candidates: us,
        text: 'U.S.',
        sentence,
        origin: false,
        locative: false,
        dateline: false,
      });
  }
  for (const m of text.matchAll(WORD)) {
    const words = m[0].split(/\s+/);
    const at = m.index ?? 0;
    let placeEnd = 0;
    for (let start = 0; start < words.length; ) {
      let matched = 0;
      for (let len = Math.min(4, words.length - start); len >= 1 && !matched; len--) {
        // A particle neither starts nor ends a name.
        if (/^\p{Ll}/u.test(words[start]) || /^\p{Ll}(?!['’]\p{Lu})/u.test(words[start + len - 1])) continue;
        // "Rio Verde-GO": a state's code joined to the name by a hyphen is no part of it, and settles its country.
        const last = words[start + len - 1]!;
        const joinedCountry = /-\p{Lu}{2}$/u.test(last) ? codedCountry(pack, last.slice(-3)) : undefined;
        const phrase = words
          .slice(start, start + len)
          .join(' ')
          .replace(/[’']s$/, '')
          .slice(0, joinedCountry ? -3 : undefined);
        if (COMPASS_UNIT.test(phrase)) continue;
        // A word that is usually no place ("Vittoria" victory, "Serra" a range of hills) is one right after the
        // workplace ("nelle serre di Vittoria", "numa fazenda em Serra"): the site pattern licenses it.
        // Not when a demonym adjective follows: "na Serra catarinense" is a region named by the word.
        if (NOT_PLACES.has(phrase.toLowerCase()) || pack.places.notPlaces.has(phrase.toLowerCase())) {
          const from = at + (start ? words.slice(0, start).join(' ').length + 1 : 0);
          const after = text.slice(from + phrase.length, from + phrase.length + 30);
          // …or a province code or the town's area after it: "a Vittoria (RG)", "a Vittoria, nel Ragusano".
          if (
            (!(pack.places as SitePlaces).siteBefore?.test(text.slice(Math.max(0, from - 60), from)) &&
              !codedCountry(pack, after) &&
              !areaAfter(pack, after)) ||
            REGION_ADJECTIVE_AFTER.test(after)
          )
            continue;
        }
        // "Bukit Aman", "Sungai Buloh": the word before opens a longer name the gazetteer does not know.
        if (start > 0 && placeEnd !== start && (pack.places as SitePlaces).nameHead?.test(words[start - 1])) continue;
        // "Western Kenya": a compass word before a name qualifies it; the name is the place.
        if (len === 1 && start + 1 < words.length && COMPASS.test(phrase)) continue;
        // "West Yorkshire" unknown as a whole: the bare name's small town abroad is not what a compass word qualifies.
        const qualifiedByCompass = start > 0 && COMPASS.test(words[start - 1]) && placeEnd !== start;
        const cyr = /[\u0400-\u04FF]/.test(phrase);
        const words_ = packFor(cyr, pack).places;
        if (cyr && PACKS.ru!.places.notPlaces.has(phrase.toLowerCase())) continue;
        let hits = cyr ? lookupRussian(phrase) : lookupVariants(phrase);
        // "di Kabupaten Bekasi": GeoNames names Indonesian regencies with their unit word; when the bare name is a
        // town of that country, the town is what the sentence names (matched next, with the unit word before it).
        const unitPrefixed = UNIT_PREFIX.exec(phrase);
        if (
          unitPrefixed &&
          hits[0]?.kind === 'district' &&
          lookupName(phrase.slice(unitPrefixed[0].length)).some(
            (h) => h.kind === 'city' && h.country === hits[0].country,
          )
        )
          continue;
        if (qualifiedByCompass) hits = hits.filter((h) => h.kind !== 'city' || h.population >= 50000);
        if (!hits.length) continue;
        // "Thai fishing boats", "Filipino domestic workers": a country's adjective before a common noun says whose
        // boats or people they are, not where anything happened (authorities acting are read by authorityCountries).
        if (
          hits[0].kind === 'country' &&
          phrase !== hits[0].name &&
          ADJECTIVES.get(phrase) === hits[0].country &&
          start + len === words.length &&
          /^\s+\p{Ll}/u.test(text.slice(at + m[0].length))
        )
          continue;
        // "Victoria Island", "Ivory Coast Road": a name that ends in a country's or region's name is another place.
        const prev = words[start - 1] ?? '';
        if (
          start > 0 &&
          placeEnd !== start &&
          hits[0].kind !== 'city' &&
          !TRANSPARENT.test(prev) &&
          !COMPASS.test(prev) &&
          !AUTHORITY_BEFORE.test(`${prev} `)
        )
          continue;
        if (
          words.slice(start, start + len).every((w) => ACRONYM.test(w)) &&
          hits[0].kind !== 'country' &&
          !(first && at + start === 0)
        )
          continue;
        // "King Street", "Victoria Station": part of a street or building name.
        const nextWord = words[start + len] ?? text.slice(at + m[0].length).match(/^\s+(\S+)/)?.[1] ?? '';
        if (words_.streetAfter.test(nextWord) || pack.places.streetAfter.test(nextWord)) continue;
        // "Stella Maris Seafarers' Centre": a run of capitalised words closed by an organisation's noun.
        const orgAfter = words_.orgAfter ?? pack.places.orgAfter;
        if (orgAfter) {
          const tail = [
            ...words.slice(start + len),
            ...(text
              .slice(at + m[0].length)
              .match(/^(?:\s+[\p{Lu}][\p{L}’'.-]*)+/u)?.[0]
              .trim()
              .split(/\s+/) ?? []),
          ].slice(0, 4);
          if (tail.some((w) => orgAfter.test(w.replace(/[’']s?$/u, '')))) continue;
        }
        // "Boston, Lincolnshire", "Douglas, Georgia": the qualifier picks the namesake and settles it.
        // "Barajas de Melo (Cuenca)", "Bento Gonçalves (RS)": the province in brackets, as French, Spanish,
        // Italian and Portuguese news write it.
        const qualifier = text
          .slice(at + m[0].length)
          .match(/^(?:,\s*|\s*\()([\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+)?)/u)?.[1];
        const coded = codedCountry(pack, text.slice(at + m[0].length)) ?? joinedCountry;
        if ((qualifier || coded) && len === words.length - start) {
          const within = new Set(
            coded
              ? [coded]
              : lookupName(qualifier ?? '')
                  .filter((q) => q.kind !== 'city')
                  .map((q) => q.country),
          );
          const pick = hits.find((h) => h.kind !== 'country' && within.has(h.country));
          if (pick) hits = [pick];
        }
        // «в Приморском районе» names a district after a town; the town is not the place meant.
        if (cyr && /^\s+(?:район|области|областью|край|округ|городск)/iu.test(text.slice(at + m[0].length))) continue;
        // "Mirador" is both a municipality and its town: the town reading is the finer place.
        if (hits[0].kind === 'district') {
          const town = hits.find((h) => h.kind === 'city' && h.country === hits[0].country && h.name === hits[0].name);
          if (town) hits = [town, ...hits.filter((h) => h !== town)];
        }
        const entry = hits[0];
        const offset = at + (start ? words.slice(0, start).join(' ').length + 1 : 0);
        const before = text.slice(Math.max(0, offset - 40), offset);
        // «на улице Московской», «ул. Казанская», "rue de Paris": a street named after a town is not the town.
        if (words_.streetBefore.test(before)) continue;
        // "in western Poland", "in Western Kenya": a compass word between the preposition and the name.
        const unqualified = before.replace(/(?:^|\s)[\p{L}-]+\s+$/u, (w) =>
          COMPASS.test(w.trim()) || QUALIFIER.test(w.trim()) ? ' ' : w,
        );
        const site = !!(words_ as SitePlaces).siteBefore?.test(unqualified);
        const locativeWords = words_.locative.exec(unqualified);
        // "dihantar pulang ke Surabaya", "rapatriés en France": a longer phrase of origin or return ending where a
        // bare preposition of place ends says where they came from or went back to.
        // Phrases of origin may be longer than the 40 characters read for prepositions ("Kedutaan Besar Republik
        // Indonesia (KBRI) di Yangon", "dari berbagai daerah di Indonesia, antara lain Medan").
        const originBefore = text.slice(Math.max(0, offset - 70), offset);
        const originWords = words_.origin.exec(originBefore);
        const originLonger =
          !!originWords && !!locativeWords && originWords[0].trim().length > locativeWords[0].trim().length;
        const locative = site || (!originLonger && !!locativeWords) || ADDRESS_BEFORE.test(before);
        // "from Senegal, Mali and the Gambia": the whole list is the origin.
        const listed =
          lastOriginEnd >= 0 &&
          /^\s*(?:,|and|or|и|,\s*and|e|y|et|ed|ou|o|dan|serta|atau|,\s*dan)\s*(?:the\s+|d[aeo]s?\s+|del\s+|du\s+|di\s+|d['’])?$/u.test(
            text.slice(lastOriginEnd, offset),
          );
        // "brought from Sitamarhi and Darbhanga districts in Bihar": still the origin.
        const chain = text
          .slice(Math.max(0, offset - 70), offset)
          .match(/\bfrom\s+([^,;.:]{0,50})\bin\s+(?:the\s+)?$/i);
        const chained =
          !!chain && /^[\p{Lu}]/u.test(chain[1]) && !/\b(?:were|was|are|is|been|be|\w+ed)\b/i.test(chain[1]);
        // "her sister in Iloilo": where relatives live is the victims' home, whatever the preposition.
        const home =
          /\b(?:sister|brother|mother|father|family|families|relatives|parents|wife|husband|children|home|homes|(?:their|his|her|my|our|home|native)\s+villages?)\s+(?:back\s+)?in\s+(?:the\s+)?$/i.test(
            before,
          ) ||
          // "hosted at a shelter Le Caravelle in Riotorto", «в центре временного содержания в X»: where they were put up, not made to work
          /\b(?:shelters?|reception cent(?:re|er)s?|refugee camps?|hosted|safe house)\b[^.;]{0,30}\b(?:in|at)\s+(?:the\s+)?$/i.test(
            before,
          ) ||
          /(?:приют\S*|центр\S* временного содержания|ЦВСИГ|реабилитационн\S* центр\S*)[^.;]{0,30}\s(?:в|во)\s+$/iu.test(
            before,
          );
        // «граждан Кыргызстана», «посольство Узбекистана»: a country in an oblique case without a preposition of
        // place is whose people or office they are, never where the work was.
        // «полиция Казахстана», «МВД Кыргызстана»: the country whose authorities act, where the case is.
        const acting = AUTHORITY_BEFORE.test(before);
        const oblique = cyr && entry.kind === 'country' && !locative && !acting && !lookupName(phrase).length;
        // "Dhaka recruiter", "the Bangladesh embassy", "Nepal nationals": whose people or offices they are.
        const owner =
          /^(?:-based|-born|\s+(?:recruit(?:er|ers|ing agency|ment agency)|agents?|brokers?|agency|embassy|consulate|high commission|mission|diplomats?|nationals|citizens|migrants|workers|labou?rers)\b)/.test(
            text.slice(offset + phrase.length),
          );
        const origin = listed || chained || oblique || owner || words_.origin.test(originBefore);
        const sentenceStart = offset === 0 || /[“"«(]\s*$/.test(before);
        const dateline =
          first &&
          offset < 3 &&
          // "Grafenau/Sindelfingen -": local papers name two towns with a slash.
          // "Bouaké / Exploitation d'enfants :": African outlets open a headline with the town and a spaced slash.
          /^(?:\/[\p{Lu}][\p{L}-]+)*\s*(?:,[^—–-]{0,40})?\s*(?:—|–|-{1,2}|\(|:|\/\s)/u.test(
            text.slice(offset + phrase.length),
          );
        // Small or ambiguous places need a preposition; big ones may stand alone, but not as a sentence's first
        // word unless they are a dateline ("MOSCOW --").
        const rest = text.slice(offset + phrase.length, offset + phrase.length + 40);
        // "Aviemore hotel boss": a town named before a workplace noun, in the headline or text.
        const workplace =
          /^\s+(?:hotel|farm|factory|car wash|brick ?kiln|restaurant|shop|supermarket|mine|plantation|warehouse|trawler|fishing|construction|building site|garment|textile|nail bar)/i.test(
            rest,
          );
        // "Kazakhstan's Turkestan region", "Turkestan region": named as a unit of a country.
        const unit =
          /^\s+(?:region|district|province|oblast|state|county|prefecture|municipality)\b/i.test(rest) ||
          /[’']s\s+$/.test(before);
        // Districts are many and often share common words' names: only with a preposition or a unit word.
        const sizeable =
          entry.kind !== 'district' && ((entry.population >= 300000 && !sentenceStart) || entry.population >= 1000000);
        // "Walton-on-Thames, Surrey": a name qualified by a region of its own country is a place.
        const qualified =
          !!qualifier && lookupName(qualifier).some((q) => q.kind !== 'city' && q.country === entry.country);
        // "carabinieri di Brindisi", "Polsek Pamulang": the seat of the police acting, a place weighing like a court.
        const seat = !!words_.seatBefore?.test(before);
        const trusted =
          entry.kind === 'country' ||
          locative ||
          unit ||
          origin ||
          dateline ||
          workplace ||
          sizeable ||
          qualified ||
          seat;
        if (trusted && phrase.length > 2) {
          const court =
            seat ||
            /^\s+(?:(?:Sheriff|Crown|Magistrates'?|District|Regional|City|High|Criminal|Federal|Appeals?)\s+)*Court/i.test(
              rest,
            ) ||
            /\bcourt (?:in|of)\s+$/i.test(before);
          const near = /\b(?:near|outside|(?:south|north|east|west)(?:-?(?:east|west))? of)\s+(?:the\s+)?$/i.test(
            before,
          );
          // "officials in Dhaka said": where the speakers sit, like a dateline, not where the case happened.
          const speaker =
            /^\s+(?:said|says|told|announced|confirmed|stated|added)\b/.test(rest) ||
            /^[,)]?\s+(?:сообщил|заявил|рассказал)/u.test(rest);
          out.push({
            entry,
            candidates: hits,
            text: phrase,
            sentence,
            origin: home || (origin && (!locative || listed || chained) && !site),
            locative: locative && !speaker,
            site: site && !home && !speaker,
            dateline: dateline || speaker,
            court,
            near,
          });
          lastOriginEnd = origin ? offset + phrase.length : -1;
          matched = len;
          placeEnd = start + len;
        }
      }
      start += matched || 1;
    }
  }
  if (ru || /[\u0400-\u04FF]{3}/.test(text)) out.push(...findRussianUnits(text, sentence));
  else out.push(...authorityCountries(text, sentence));
  out.push(...findTerritories(text, sentence, pack, out));
  const localities = findLocalities(text, sentence, pack, out);
  // "the village of Ban Khok Phai": the gazetteer's "Ban Khok" is only the start of the village's name
  const inside = (k: PlaceMention) =>
    k.entry.kind !== 'country' && localities.some((l) => l.text !== k.text && l.text.startsWith(`${k.text} `));
  return [...out.filter((k) => !inside(k)), ...localities];
}

// A town's area named by its adjective needs a town of some size: "nel Foggiano" is Foggia's, not a hamlet's.
const TERRITORY_TOWN_MIN_POPULATION = 10000;

/**
 * The country around a town named by the town's adjective after an article ("nel Foggiano" → Foggia, "dans le
 * Libournais" → Libourne), in the packs that know such adjectives: written as the article has it, placed at the town.
 */
export function findTerritories(
  text: string,
  sentence: number,
  pack: LanguagePack,
  known: PlaceMention[],
): PlaceMention[] {
  const territory = pack.places.territory;
  if (!territory) return [];
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(/(?<![\p{L}-])[\p{Lu}][\p{L}-]+/gu)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 40), at);
    if (!territory.before.test(before) || known.some((k) => k.sentence === sentence && k.text.includes(m[0]))) continue;
    // "a Vittoria, nel Ragusano": the area qualifies the town just named, which is the finer place.
    if (
      known.some(
        (k) => k.sentence === sentence && new RegExp(`${escapeRegExp(k.text)}\\s*,?\\s*\\S+\\s*$`, 'u').test(before),
      )
    )
      continue;
    const towns = territory
      .towns(m[0])
      .map((t) =>
        lookupName(t)
          .filter((e) => e.kind === 'city' && e.population >= TERRITORY_TOWN_MIN_POPULATION)
          .filter((e) => !pack.homeCountry || e.country === pack.homeCountry)
          .sort((a, b) => b.population - a.population),
      )
      .filter((h) => h.length)
      .sort((a, b) => b[0].population - a[0].population)[0];
    if (!towns) continue;
    const origin = pack.places.origin.test(before);
    out.push({
      entry: towns[0],
      candidates: towns,
      text: m[0],
      sentence,
      origin,
      locative: !origin,
      dateline: false,
    });
  }
  return out;
}

// A capitalised name of one to three words (particles allowed: "Aguilar del Campoo").
const NAME_AFTER = /^([\p{Lu}][\p{L}’'-]+(?:\s+(?:(?:de|del|do|da|la|el)\s+)?[\p{Lu}][\p{L}’'-]+){0,3})/u;

/**
 * Villages, farms and sites the gazetteer does not know, introduced by a locality word ("in the village of
 * Kalanpur", «в селе Новое»): a place with no geonameId whose country the ranking takes from the context.
 */
export function findLocalities(
  text: string,
  sentence: number,
  pack: LanguagePack,
  known: PlaceMention[],
): PlaceMention[] {
  const out: PlaceMention[] = [];
  const cyrText = /[\u0400-\u04FF]{3}/.test(text);
  const words_ = cyrText && !pack.script.test('д') ? PACKS.ru!.places : pack.places;
  for (const m of text.matchAll(/[\p{Lu}][\p{L}’'-]+/gu)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 45), at);
    const name =
      text
        .slice(at)
        .match(NAME_AFTER)?.[1]
        ?.replace(/[’']s$/, '') ?? '';
    // "Mourmelon-le-Petit (Marne)": an unknown name with its province in brackets is a locality of that province.
    const bracket = text
      .slice(at + name.length)
      .match(/^\s*\(([\p{Lu}][\p{L}’'-]{2,}(?:\s+[\p{Lu}][\p{L}’'-]+)?)\)/u)?.[1];
    // The province must be known, or the name said to be where something happened ("à X (Marne)").
    const inProvince =
      !!bracket &&
      !/^[\p{Lu}]+$/u.test(bracket) &&
      (lookupName(bracket).some((e) => e.kind !== 'country') || words_.locative.test(before));
    if (
      !inProvince &&
      !words_.localityBefore.test(before) &&
      !words_.localityAfter?.test(text.slice(at + name.length, at + name.length + 20))
    )
      continue;
    // A sentence's first word is capitalised anyway: only a locality word after it makes it a name.
    if (lookupName(name).length) continue;
    if (name.length < 3 || NOT_PLACES.has(name.toLowerCase()) || words_.notPlaces.has(name.toLowerCase())) continue;
    // Known to the gazetteer: the main pass already has it — unless the gazetteer's name is only the first words
    // of this one ("the village of Ban Khok Phai" is not Ban Khok, "Ashford Heath, a village" is not Ashford)
    if (
      known.some(
        (k) =>
          k.sentence === sentence &&
          (k.text === name ||
            (name.startsWith(k.text) && !name.startsWith(`${k.text} `)) ||
            k.text.startsWith(name) ||
            // "Kabupaten Bekasi", "Kota Tangerang": a unit word before a known place is that place
            name.endsWith(` ${k.text}`)),
      )
    )
      continue;
    const cyr = /[\u0400-\u04FF]/.test(name);
    const base = cyr ? nominativeGuess(name) : name;
    const entry: GazetteerEntry = {
      name: base,
      country: '',
      lat: NaN,
      lon: NaN,
      population: 0,
      kind: 'city',
      geonameId: null,
      aliases: [],
    };
    const origin =
      words_.origin.test(
        before.replace(
          /\s*(?:the\s+)?(?:village|hamlet|town|settlement|сел\S*|деревн\S*|посёлк\S*|поселк\S*|аул\S*|станиц\S*|хутор\S*|кишлак\S*)(?:\s+of)?\s*$/iu,
          ' ',
        ),
      ) || /\b(?:native|hometown|home village|born)\b|родн\S*|уроженц\S*/iu.test(before);
    out.push({
      entry,
      candidates: [entry],
      text: name,
      sentence,
      origin,
      locative: !origin,
      dateline: false,
      locality: true,
    });
  }
  return out;
}

/** «в селе Ивановке» → «Ивановка», «в деревне Петрово» stays: the commonest locative endings of Russian village names. */
function nominativeGuess(word: string): string {
  return word.replace(/(?<=\p{L}{3})ке$/u, 'ка').replace(/(?<=\p{L}{3})(?<=[ое]в|ин)е$/u, 'о');
}

const ADJECTIVES = new Map(
  DEMONYMS.flatMap((d) => d.english.filter((f) => !/s$/.test(f)).map((f) => [f, d.country] as const)),
);
// "Italian police freed…", "Polish border guards found…": a country's police or inspectors act in that country.
// Officials, ministries and embassies are left out: they also speak for their nationals abroad.
const AUTHORITY = new RegExp(
  `\\b(${[...ADJECTIVES.keys()].sort((a, b) => b.length - a.length).join('|')})\\s+(?:federal\\s+|national\\s+|state\\s+)?(?:police|policemen|police officers|border guards?|labou?r inspectors|inspectors|prosecutors|courts?|judges?|navy|coast ?guard|army|soldiers|immigration officers|gendarmes|gendarmerie)\\b`,
  'g',
);

/** Countries named through their police or inspectors acting in the case. */
export function authorityCountries(text: string, sentence: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(AUTHORITY)) {
    const e = countryEntry(ADJECTIVES.get(m[1]) ?? '');
    if (e)
      out.push({ entry: e, candidates: [e], text: m[1], sentence, origin: false, locative: false, dateline: false });
  }
  return out;
}

// «Туркестанской области», «в Сайрамском районе»: an adjective made from a place name, before a unit word.
const RU_UNIT =
  /([\p{Lu}][\p{Ll}-]+?)(?:ской|ском|ский|ского|цкой|цком|цкий)\s+(?:област[ьиі]|областью|район[аеу]?|районом|кра[йея]|округ[аеу]?)(?![\p{L}])/gu;

const RU_ALIAS = new RegExp(
  `(?<![\\p{L}])(${RU_REGION_ALIASES.map(([st]) => `${st[0].toUpperCase()}${st.slice(1)}`).join('|')})[\\p{L}]*`,
  'gu',
);

/** Places named through Russian adjectives of regions and districts; the town they are named after stands in. */
export function findRussianUnits(text: string, sentence: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(RU_ALIAS)) {
    const region = RU_REGION_ALIASES.find(([stem]) => m[1].toLowerCase().startsWith(stem));
    const hits = region ? lookupName(region[1]) : [];
    // «рабочие из Подмосковья» are from there; only a place word before it («в Якутии») or none makes it a location.
    const origin = ORIGIN_RU.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0));
    if (hits.length)
      // written in its nominative («в Подмосковье» → «Подмосковье»), not as the stem that found it
      out.push({
        entry: hits[0],
        candidates: hits,
        text: region![2],
        sentence,
        origin,
        locative: !origin,
        dateline: false,
      });
  }
  for (const m of text.matchAll(RU_UNIT)) {
    // Ногинский ← Ногинск, Московской ← Москва, Тверской ← Тверь, Камчатского ← Камчатка.
    const stem = m[1];
    const town =
      [`${stem}ск`, stem, stem.replace(/ов$/u, 'а'), `${stem}а`, `${stem}ка`]
        .map((f) => lookupRussian(f))
        .find((h) => h.length) ?? [];
    if (!town.length || town[0].kind === 'country') continue;
    // «Ошской области» is the region named after Osh ("Osh Region", alias Osh), when the tables have it.
    const unit = /^област|^кра/u.test(m[0].slice(m[0].search(/\s/u) + 1)) ? 'region' : 'district';
    const region = lookupName(town[0].name).find((e) => e.kind === unit && e.country === town[0].country);
    const hits = region ? [region, ...town] : town;
    // «жительница Кара-Суйского района Ошской области»: a resident's (or native's) units are her home.
    const before = text
      .slice(Math.max(0, (m.index ?? 0) - 80), m.index ?? 0)
      .replace(/(?:[\p{Lu}][\p{L}-]*(?:ского|ской|цкого|цкой)\s+(?:района|области|края|округа)\s+)+$/u, '');
    const origin = ORIGIN_RU.test(before);
    out.push({
      entry: hits[0],
      candidates: hits,
      text: unitNominative(m[0]),
      sentence,
      origin,
      locative: !origin,
      dateline: false,
    });
  }
  return out;
}

/** «Ошской области» → «Ошская область», «в Ногинском районе» → «Ногинский район»: the unit's name in its base form. */
function unitNominative(phrase: string): string {
  const [adj, noun] = phrase.split(/\s+/);
  const stem = adj.replace(/(?:ской|ском|ский|ского|скому|ским)$/u, '').replace(/(?:цкой|цком|цкий|цкого)$/u, '');
  const c = adj.length - stem.length > 0 && /^ц/u.test(adj.slice(stem.length)) ? 'ц' : 'с';
  if (/^област/u.test(noun)) return `${stem}${c}кая область`;
  if (/^кра/u.test(noun)) return `${stem}${c}кий край`;
  if (/^округ/u.test(noun)) return `${stem}${c}кий округ`;
  return `${stem}${c}кий район`;
}

/** A dateline such as "MOSCOW --" or "BANGKOK (Reuters) -" opening the text. */
export function datelinePlace(text: string): PlaceMention | null {
  const m = text.match(/^\s*([A-ZА-ЯЁ][A-ZА-ЯЁ .'-]{2,30}?)(?:,\s*[A-Za-z. ]{2,20})?\s*(?:—|–|-{1,2}|\(|:)/u);
  if (!m) return null;
  const name = m[1]
    .trim()
    .toLowerCase()
    .replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  const hits = /[\u0400-\u04FF]/.test(name) ? lookupRussian(name) : lookupName(name);
  // Where the reporter filed from, not where the case is said to be: weak evidence, never "located".
  return hits.length
    ? { entry: hits[0], candidates: hits, text: name, sentence: 0, origin: false, locative: false, dateline: true }
    : null;
}

/** A gazetteer entry as a Place: the name as the article wrote it (base form) beside the GeoNames one. */
export const toPlace = (e: GazetteerEntry, written?: string): Place => ({
  name: written ? baseForm(written, e) : e.name,
  canonical: e.name,
  geonameId: e.geonameId,
  country: e.country,
  lat: Number.isFinite(e.lat) ? e.lat : null,
  lon: Number.isFinite(e.lon) ? e.lon : null,
  level: e.kind,
});
