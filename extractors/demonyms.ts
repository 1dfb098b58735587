// Nationalities from demonyms and country names ("Two Kazakh women", "13 Slovaks", "migrants from Uzbekistan",
// «граждане Узбекистана», «узбеки»), found only where they qualify victims, so that "Russian activists" or
// "the Kazakh Embassy" do not count.
import { DEMONYMS } from './data/demonyms.js';
import { lookupName, lookupRussian } from './gazetteer.js';
import { PACKS } from './lang/index.js';
import {
  AUTHORITIES_EN,
  AUTHORITIES_RU,
  NOT_VICTIM_ROLES_EN,
  NOT_VICTIM_ROLES_RU,
  NUMBER_WORDS_EN,
  VICTIM_NOUNS_EN,
  VICTIM_NOUNS_RU,
} from './data/lexicons/victims.js';
import { escapeRegExp } from '../lib/regexp.js';

const EN_FORMS = new Map<string, string>();
for (const d of DEMONYMS) for (const f of d.english) EN_FORMS.set(f.toLowerCase(), d.country);
const EN_ALT = [...EN_FORMS.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
// Adjective before a victim noun (up to two words between: "Kazakh migrant women"), or a plural demonym noun.
const EN_ADJ = new RegExp(
  `\\b(${EN_ALT})\\s+(?:[a-z-]+\\s+){0,2}(?:${VICTIM_NOUNS_EN}|nationals|citizens|migrant|worker|woman|man|girl|boy|national|citizen|victim|fisherman|teenager|maid)\\b`,
  'gi',
);
// Case-insensitive because the forms are stored lower-case; the loop below keeps only capitalised plurals.
const EN_PLURAL = new RegExp(`\\b(${EN_ALT})\\b`, 'gi');
// A part of the victims told as a clause: "the rest were Ukrainians", "12 were Brazilians", "five of them Nepalese";
// the demonym is a noun there ("paid them Chinese yuan" is not people).
const EN_GROUP = new RegExp(
  `\\b(?:\\d+|${Object.keys(NUMBER_WORDS_EN)
    .filter((w) => !/\\s|^an?$|pair|couple/.test(w))
    .join(
      '|',
    )}|rest|others|remainder|majority|all|most|them|whom)(?:\\s+of\\s+(?:them|whom|the\\s+[a-z]+))?(?:\\s*,)?\\s+(?:were|are|being)?\\s*(?:all\\s+|also\\s+|mostly\\s+)?(${EN_ALT})\\b(?!\\s+(?!and\\b|or\\b|but\\b|while\\b|who\\b|were\\b|are\\b)[a-z])`,
  'gi',
);
// A nationality on an owner, host or employer ("the employer, a Turkish national,"; "A Turkish national, the owner").
const EN_ROLE_BEFORE = new RegExp(`\\b(?:${NOT_VICTIM_ROLES_EN})\\s*,?\\s+(?:(?:who|is|was|an?|the)\\s+){0,3}$`, 'i');
const EN_ROLE_AFTER = new RegExp(
  `^(?:\\s+(?:national|citizen|man|woman))?\\s*,\\s+(?:the\\s+|an?\\s+)?(?:[a-z]+\\s+)?(?:${NOT_VICTIM_ROLES_EN})\\b`,
  'i',
);
const EN_AUTHORITY_AFTER = new RegExp(`^\\s+(?:${AUTHORITIES_EN})\\b`, 'i');
// «Владелец фермы, гражданин Азербайджана,»: the role may stand before the word that carries the country.
const RU_ROLE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${NOT_VICTIM_ROLES_RU})(?:(?:\\s+[а-яё-]+){0,2}\\s*[,—–-]|\\s*[—–-]?)\\s*(?:(?:гражданин|гражданка|уроженец|уроженка|выходец из|выходец|подданн\\S*)\\s+)?$`,
  'iu',
);
const RU_ROLE_AFTER = new RegExp(
  `^(?:\\s+[\\p{Lu}][\\p{L}-]*)?\\s*[,—–-]\\s*(?:[\\p{Ll}]+\\s+)?(?:${NOT_VICTIM_ROLES_RU})`,
  'u',
);
// «полиция Казахстана», «по УК Казахстана», «казахстанская полиция»: the country acting in the case.
// The word between may be an adjective («полиция Республики»), not a verb («Полиция освободила граждан Узбекистана»).
const RU_AUTHORITY_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${AUTHORITIES_RU})(?:\\s+(?![а-яё]+(?:ла|ли|ло|ил|ал|ял|ел|ет|ют|ит|ят|ат)(?![\\p{L}]))[а-яё]+)?\\s+$`,
  'iu',
);
const RU_AUTHORITY_AFTER = new RegExp(`^\\s+(?:[\\p{Ll}]+\\s+)?(?:${AUTHORITIES_RU})`, 'iu');
// A single «гражданин/гражданка X» in a sentence of arrest or charge is the suspect.
const RU_SINGLE =
  /^(?:гражданин|гражданка|гражданина|гражданки|гражданкой|гражданином|уроженец|уроженка|уроженца|уроженки|подданн(?:ый|ая|ого|ой))$/iu;
const RU_ARREST = /задерж\S*|арест\S*|подозрева\S*|обвиня\S*|осужд\S*|возбужд\S*/iu;
// A count before a demonym means people of that nationality: "23 Burmese and six Cambodian men", "54 Indonesians".
// Plain number words only: "a pair of Russian activists" are not counted victims.
const NUMBER_WORDS = Object.keys(NUMBER_WORDS_EN)
  .filter((w) => w.length > 2 && !/\s|pair|couple/.test(w))
  .join('|');
const EN_COUNTED = new RegExp(
  `(?:\\b\\d+|\\b(?:${NUMBER_WORDS}|dozens of|hundreds of)(?:-\\w+)?)\\s+(${EN_ALT})\\b`,
  'gi',
);
// "from Kazakhstan and Uzbekistan", "citizens of Vietnam" — names after origin words, chained by "and"/commas.
const EN_FROM =
  /\b(?:from|citizens? of|nationals? of|natives? of)\s+((?:(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?(?:,\s*|\s+and\s+|\s+or\s+)?){1,8})/g;
// "rescued from a Malaysia factory", "repatriated from Saudi Arabia": after a verb of rescue, escape or return,
// "from" names where they were taken out of, not where they come from.
const EN_FROM_PLACE =
  /\b(?:rescu\w*|freed|liberated|removed|taken|escaped|fled|returned|repatriated|deported|brought back|evacuated|released|saved)\s+(?:[\w'-]+\s+){0,4}$/i;
// "Inspectors from Saudi Arabia", "officials from Qatar's ministry", "a recruiter from Nepal": whose origin "from"
// gives is the noun right before it — an authority, a visitor or a suspect, not the people exploited.
const EN_FROM_ROLE = new RegExp(
  `\\b(?:${AUTHORITIES_EN}|${NOT_VICTIM_ROLES_EN}|delegations?|teams?|representatives|experts|researchers|staff)\\s+$`,
  'i',
);
const RU_ROWS = DEMONYMS.flatMap((d) => d.russianStems.map((s) => [s, d.country] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);
const RU_DEMONYM = new RegExp(`(?<![\\p{L}])(${RU_ROWS.map(([s]) => escapeRegExp(s)).join('|')})[\\p{L}]*`, 'giu');
const RU_FROM =
  /(?<![\p{L}])(?:из|[Гг]раждан\S*|[Уу]роженц\S*|[Уу]роженк\S*|[Вв]ыходц\S* из|[Пп]одданн\S*|[Жж]ител\S*(?:\s+[\p{Ll}]+){0,3})\s+((?:[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?(?:,\s*|\s+и\s+)?){1,5})/gu;
const RU_VICTIM = new RegExp(`(?:${VICTIM_NOUNS_RU})`, 'iu');
// "Fourteen Nigerians who acted as guards were arrested": people whose own clause ends in their arrest are suspects.
const ARRESTED_AFTER =
  /^(?:[^.;]{0,70}?\b(?:were|was|have been|had been)\s+|\s+(?:nationals?|citizens?|men|women|people)?\s*)(?:arrested|detained|charged|apprehended|taken into custody)\b/i;
const suspects = (sentence: string, m: RegExpMatchArray) =>
  ARRESTED_AFTER.test(sentence.slice((m.index ?? 0) + m[0].length)) &&
  !/\b(?:rescu|freed|victim|traffick|exploit)/i.test(
    sentence.slice((m.index ?? 0) + m[0].length).match(ARRESTED_AFTER)?.[0] ?? '',
  );
const EN_VICTIM_CONTEXT = new RegExp(
  `\\b(?:${VICTIM_NOUNS_EN}|migrant|worker|victim|rescued|freed|trafficked|enslaved|exploited|forced|held|groups|others|among them|were from|was from|was a|were)\\b`,
  'i',
);

// «в Украине», «на территории Украины и Молдавии», «вернули с Украины»: a country name after a preposition of place
// or direction (not «из», which tells origin) is where something happened, not whose people.
const RU_PLACE_BEFORE =
  /(?<![\p{L}])(?:в|во|на|с|со|по|под|через|до|к|ко|территории|территорию|границ[аеуы]|посольств\S*)\s+(?:[\p{Lu}][\p{L}-]*(?:\s*,\s*|\s+и\s+))*$/u;
// «Среди задержанных украинка, двое граждан КНР и гражданин Узбекистана»: nationalities listed after a cue of the
// accused are the suspects'.
const RU_SUSPECT_LIST =
  /(?<![\p{L}])(?:среди|в числе|из числа)\s+(?:задержанн|арестованн|подозреваем|обвиняем|фигурант|организатор|осужденн|осуждённ)\S*/iu;

// «задержали двух граждан Таджикистана», «…граждан Таджикистана, подозреваемых в …»: the people named right after a
// verb of arrest (up to two words between) or right before a participle of suspicion are the suspects.
const RU_ARRESTED_HERE = /(?<![\p{L}])(?:задерж|арест|осуд|обвин)\S*\s+(?:\S+\s+){0,2}$/iu;
const RU_SUSPECTED_AFTER =
  /^(?:\s+[\p{Lu}][\p{L}-]*)?\s*,?\s*(?:подозреваем|обвиняем|задержанн|арестованн|осужденн|осуждённ)\S*/u;

// «Таджикистанец привез из Узбекистана нескольких человек», «гражданин Киргизии завербовал …»: one person named by
// his country, the subject of a verb of recruiting, bringing or holding, is the one who exploited them.
const RU_ONE_PERSON = /(?:ец|нин|нка|ка|ин)(?:\s|$)|^(?:гражданин|гражданка|уроженец|уроженка)(?![\p{L}])/iu;
const RU_AGENT_AFTER =
  /^[^.;,]{0,40}?(?<![\p{L}])(?:привез|привёз|привезла|завербовал|вербовал|удерживал|держал|заставлял|продал|обманул|эксплуатировал|нанял|пообещал|обещал|отобрал|забрал|поселил)\S*/iu;

/** The Russian match names the owner/host/suspect, or the country of the police or law acting in the case. */
function notVictimRu(sentence: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  if (/^[\p{Lu}]/u.test(m[0]) && RU_PLACE_BEFORE.test(sentence.slice(Math.max(0, at - 80), at))) return true;
  const list = RU_SUSPECT_LIST.exec(sentence);
  if (list && (list.index ?? 0) < at) return true;
  if (COMPATRIOTS.test(sentence) && !RU_AUTHORITY_BEFORE.test(sentence.slice(Math.max(0, at - 45), at))) return false;
  const before = sentence.slice(Math.max(0, at - 45), at);
  const clause = before.split(/[.;:!?]/).pop() ?? '';
  const after = sentence.slice(at + m[0].length, at + m[0].length + 50);
  return (
    ((RU_ONE_PERSON.test(m[0]) || /(?:гражданин|гражданка|уроженец|уроженка)\s+$/iu.test(clause)) &&
      RU_AGENT_AFTER.test(after)) ||
    RU_ARRESTED_HERE.test(clause) ||
    RU_SUSPECTED_AFTER.test(after) ||
    RU_ROLE_BEFORE.test(clause) ||
    RU_AUTHORITY_BEFORE.test(before) ||
    RU_ROLE_AFTER.test(sentence.slice(at + m[0].length, at + m[0].length + 50))
  );
}
// "a Chinese businessman who exploited his compatriots", «соотечественников», "Landsleute": the victims share the
// suspect's country, so a demonym on the suspect is theirs too.
const COMPATRIOTS =
  /(?<![\p{L}])(?:compatriots?|fellow (?:nationals|countrymen)|countrymen|соотечественни\S*|земляк\S*)/iu;

/** The English match names the owner/host/employer, or an authority ("Kazakh police"). */
function notVictimEn(sentence: string, m: RegExpMatchArray): boolean {
  const after = sentence.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 50);
  if (EN_AUTHORITY_AFTER.test(after)) return true;
  if (COMPATRIOTS.test(sentence)) return false;
  return notVictimEnRole(sentence, m);
}
function notVictimEnRole(sentence: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  const before =
    sentence
      .slice(Math.max(0, at - 45), at)
      .split(/[.;:!?]/)
      .pop() ?? '';
  const after = sentence.slice(at + m[0].length, at + m[0].length + 50);
  return (
    suspects(sentence, m) || EN_ROLE_BEFORE.test(before) || EN_ROLE_AFTER.test(after) || EN_AUTHORITY_AFTER.test(after)
  );
}

function countriesIn(names: string, ru: boolean): string[] {
  const out: string[] = [];
  for (const part of names.split(/,\s*|\s+and\s+|\s+or\s+|\s+и\s+/)) {
    const p = part.replace(/^the\s+/i, '').trim();
    if (!p) continue;
    const hit =
      (ru ? lookupRussian(p) : lookupName(p))[0] ??
      (ru ? lookupRussian(p.split(/\s+/)[0]) : lookupName(p.split(/\s+/)[0]))[0];
    if (hit?.kind === 'country') out.push(hit.country);
  }
  return out;
}

// «уроженцы Дагестана», «жительница Челябинской области», «выходцы из Бурятии»: people born in or living in a
// region or town are of its country (a Russian report of Russian victims names their region, not their country).
const RU_NATIVE_HEAD = /^(?:уроженц|уроженк|жител|выходц)/iu;
const RU_REGION_NOUN = /^(\S+)\s+(?:области|края|республики|округа|автономного округа)$/iu;
function homeCountryRu(names: string): string[] {
  const out: string[] = [];
  for (const part of names.split(/,\s*|\s+и\s+/)) {
    const p = part.trim();
    if (!p) continue;
    const adj = RU_REGION_NOUN.exec(p);
    const hit = (adj ? lookupRussian(adj[1]) : lookupRussian(p)).find((e) => e.kind === 'region' || e.kind === 'city');
    if (hit) out.push(hit.country);
  }
  return out;
}

/** Countries of the victims mentioned in a sentence (empty when the sentence is not about victims). */
export function victimNationalities(sentence: string, lang: string): string[] {
  // Packs with their own forms (extractors/lang/<code>: "pekerja asal Myanmar", "rumänische Erntehelfer").
  const own = PACKS[lang]?.nationalities;
  if (own && !/[\u0400-\u04FF]{4}/.test(sentence)) return own(sentence);
  const found: string[] = [];
  if (lang === 'ru' || /[\u0400-\u04FF]/.test(sentence)) {
    // «В цехе работали 30 вьетнамцев»: a counted demonym names people even without a word for victims.
    if (!RU_VICTIM.test(sentence) && !/рабств|освобод|освобожд|невол|эксплуат|удерживал/iu.test(sentence)) {
      if (RU_ARREST.test(sentence)) return [];
      const counted = [...sentence.matchAll(RU_DEMONYM)].filter(
        (m) => /\d\s*$/u.test(sentence.slice(0, m.index ?? 0)) && !notVictimRu(sentence, m),
      );
      return [...new Set(counted.flatMap((m) => RU_ROWS.find(([s]) => s === m[1].toLowerCase())?.[1] ?? []))];
    }
    for (const m of sentence.matchAll(RU_DEMONYM)) {
      const stem = m[1].toLowerCase();
      const row = RU_ROWS.find(([s]) => s === stem);
      // «русские активисты», «казахстанское посольство» are not victims: skip adjectives before such nouns.
      const after = sentence.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 25);
      if (RU_AUTHORITY_AFTER.test(after) || notVictimRu(sentence, m)) continue;
      if (row) found.push(row[1]);
    }
    for (const m of sentence.matchAll(RU_FROM)) {
      const head = m[0].slice(0, m[0].length - m[1].length).trim();
      if (RU_SINGLE.test(head) && RU_ARREST.test(sentence)) continue;
      if (notVictimRu(sentence, m)) continue;
      const countries = countriesIn(m[1], true);
      found.push(...countries, ...(RU_NATIVE_HEAD.test(head) ? homeCountryRu(m[1].trim()) : []));
    }
    return [...new Set(found)];
  }
  if (!EN_VICTIM_CONTEXT.test(sentence) && !COMPATRIOTS.test(sentence)) return [];
  for (const m of sentence.matchAll(EN_ADJ))
    if (!notVictimEn(sentence, m)) found.push(EN_FORMS.get(m[1].toLowerCase())!);
  for (const m of sentence.matchAll(EN_COUNTED))
    if (!notVictimEn(sentence, m)) found.push(EN_FORMS.get(m[1].toLowerCase())!);
  for (const m of sentence.matchAll(EN_GROUP))
    if (/^[A-Z]/.test(m[1]) && !notVictimEn(sentence, m)) found.push(EN_FORMS.get(m[1].toLowerCase())!);
  for (const m of sentence.matchAll(EN_PLURAL)) {
    if (notVictimEn(sentence, m)) continue;
    // Capitalised plural demonym used as a noun: "13 Slovaks were freed", "Uzbeks".
    if (/s$/.test(m[1]) && /^[A-Z]/.test(m[1]) && !/^(?:Thais|Lao|Swiss)$/.test(m[1]))
      found.push(EN_FORMS.get(m[1].toLowerCase())!);
  }
  for (const m of sentence.matchAll(EN_FROM)) {
    const before = sentence.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0);
    if (EN_FROM_PLACE.test(before)) continue;
    if (EN_FROM_ROLE.test(before) && !COMPATRIOTS.test(sentence)) continue;
    found.push(...countriesIn(m[1], false));
  }
  return [...new Set(found.filter(Boolean))];
}
