// Victims' nationalities for the Portuguese, Spanish, French and Italian packs: demonyms of the language
// (./demonyms.ts) and "from X" phrases with the language's country names (i18n-iso-countries), only where they
// qualify victims — not owners, police, embassies or people arrested. Counts come from the shared pack counter
// (../generic/counts.ts), fed by these packs' nouns and number words.
import countries from 'i18n-iso-countries';
import { DEMONYMS } from '../../data/demonyms.js';
import { lookupName } from '../../gazetteer.js';
import type { CountingVictims } from '../generic/counts.js';
import type { LanguagePack } from '../types.js';

/** What these packs' `victims` carry beyond the shared counter's fields. */
export interface RomanceVictims extends CountingVictims {
  /** Words of rescue or exploitation: people named in such a sentence are the victims. */
  events: RegExp;
  /** Words of arrest or accusation: people arrested in their own clause are suspects. */
  arrests: RegExp;
  /** Source of the words before a country name that make it the victims' origin ("vindos da", "originaires du"). */
  from: string;
}

interface Compiled {
  demonyms: [RegExp, string][];
  victim: RegExp;
  from: RegExp;
  roleBefore: RegExp;
  roleAfter: RegExp;
  authorityBefore: RegExp;
  names: Map<string, string>;
}

// Whole words only ("dal Bangladesh" is not "da" + "l Bangladesh"); the elided forms end at their apostrophe.
const ARTICLES =
  /^(?:(?:d[aoe]s?|del|de la|de las|de los|du|des|di|della|dello|dei|degli|delle|dal|dalla|dai|dalle|la|le|les|el|los|las|il|lo|em|en|in)(?![\p{L}])|de l['’]|dell['’]|dall['’]|d['’]|l['’])\s*/iu;

/** Between an authority and a demonym: nothing, a capitalised word or "de" + a word ("Policía Federal Argentina", "Ministerio de Seguridad argentino"). */
const AUTHORITY_TAIL = /^\s+(?:[\p{Lu}][\p{L}]*\s+|(?:de|del|da|do|dos|das|di|du|des|della)\s+[\p{L}]+\s+)?$/u;

/**
 * A demonym right after a noun of a place, a border, a government or a firm qualifies that noun, not people: "el
 * estado brasileño de Mato Grosso", "território brasileiro", "la frontière malienne", "la capitale ivoirienne",
 * "un'azienda cinese". Alternatives per language (pt, es, fr, it), any case.
 */
const PLACE_NOUNS = [
  'estado',
  'cidade',
  'capital',
  'região',
  'município',
  'território',
  'fronteira',
  'costa',
  'litoral',
  'interior',
  'governo',
  'empresa',
  'marca',
  'justiça',
  'polícia',
  'lado',
  'ciudad',
  'región',
  'provincia',
  'municipio',
  'territorio',
  'frontera',
  'gobierno',
  'lado',
  'suelo',
  'état',
  'ville',
  'région',
  'province',
  'territoire',
  'frontière',
  'côte',
  'capitale',
  'gouvernement',
  'entreprise',
  'société',
  'sol',
  'côté',
  'stato',
  'città',
  'regione',
  'territorio',
  'confine',
  'costa',
  'capitale',
  'governo',
  'azienda',
  'ditta',
  'società',
  'suolo',
];
const PLACE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${[...new Set(PLACE_NOUNS)].join('|')})s?\\s+$`, 'iu');

const cache = new Map<string, Compiled>();
function compiled(code: string, v: RomanceVictims, pack: Pick<LanguagePack, 'demonyms'>): Compiled {
  let c = cache.get(code);
  if (c) return c;
  const roles = v.notVictimRoles;
  c = {
    demonyms: DEMONYMS.flatMap((d) =>
      pack
        .demonyms(d)
        .map((f) => [new RegExp(`(?<![\\p{L}])(?:${f})(?![\\p{L}])`, 'giu'), d.country] as [RegExp, string]),
    ),
    victim: new RegExp(`(?<![\\p{L}])(?:${v.nouns})(?![\\p{L}])`, 'iu'),
    from: new RegExp(
      `(?<![\\p{L}])(?:${v.from})\\s*((?:[\\p{Lu}][\\p{L}'’-]*(?:\\s+|,\\s*|(?=[.;:!?)»"])|$)|(?:d[aoe]s?|del|de|du|des|di|della|dal|la|el|le|e|y|et|ed|ou|o)\\s+|l['’]|d['’]|\\d+\\s+){1,12})`,
      'gu',
    ),
    roleBefore: new RegExp(`(?<![\\p{L}])(?:${roles})(?:\\s*,)?\\s+(?:[\\p{Ll}'’]+\\s+){0,3}$`, 'iu'),
    roleAfter: new RegExp(`^\\s*,\\s+(?:[\\p{Ll}'’]+\\s+){0,2}(?:${roles})(?![\\p{L}])`, 'iu'),
    // "la Policía Federal Argentina", "el Ministerio de Seguridad argentino": up to two words between.
    authorityBefore: new RegExp(`(?<![\\p{L}])(?:${v.authorities})(?![\\p{L}])(\\s+(?:\\S+\\s+){0,2})$`, 'iu'),
    names: countryNamesOf(code),
  };
  cache.set(code, c);
  return c;
}

// Country names of a language, lower-case → ISO code (i18n-iso-countries: official and short forms).
function countryNamesOf(lang: string): Map<string, string> {
  const m = new Map<string, string>();
  try {
    const all = countries.getNames(lang, { select: 'all' }) as unknown as Record<string, string[]>;
    for (const [cc, names] of Object.entries(all)) for (const n of names) m.set(n.toLowerCase(), cc);
  } catch {
    /* a language the package does not know: the gazetteer's names only */
  }
  return m;
}

/** The country of each name in a list after an origin word ("da Bolívia e do Paraguai", "du Mali, de Guinée"). */
function countriesIn(list: string, c: Compiled): string[] {
  const out: string[] = [];
  for (const raw of list.split(/,\s*|\s+(?:e|y|et|ed|ou|o)\s+/u)) {
    // "46 son de Rumanía, 4 de Senegal y 1 de Mauritania": each part opens with its number.
    let p = raw.trim().replace(/^\d+\s+(?:(?:son|eran|sono|erano|são|eram|sont|étaient)\s+)?/u, '');
    for (let k = 0; k < 3; k++) p = p.replace(ARTICLES, '');
    const name = p.match(
      /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:d[aoe]s?|del|de|du|des|di)\s+)?[\p{Lu}][\p{L}'’.-]*){0,3}/u,
    )?.[0];
    if (!name) break;
    const cc = c.names.get(name.toLowerCase()) ?? lookupName(name).find((e) => e.kind === 'country')?.country;
    if (cc) out.push(cc);
  }
  return out;
}

/** Who runs or owns the place (it, fr, es, pt), with up to three small words (an article, an age) before a demonym. */
const RUN_BY =
  /(?<![\p{L}])(?:gestit[oaie]|di proprietà di|condott[oaie]|guidat[oaie]|gérée?s?|dirigée?s?|tenue?s?|gestionad[oa]s?|dirigid[oa]s?|administrad[oa]s?|gerid[oa]s?|propriedade de|propiedad de|propriété de)(?:\s+(?:da|dal|dalla|par|por|pelo|pela|de|di))?\s+(?:[\p{Ll}\d'’]+\s+){0,3}$/iu;

/** Victims told as the suspect's compatriots (pt/es compatriotas, conterrâneos; fr compatriotes; it connazionali). */
const COMPATRIOTS = /(?<![\p{L}])(?:compatriotas?|conterrâne[oa]s|compatriotes?|connazional[ei])(?![\p{L}])/iu;

/** Countries of the victims named in a sentence (demonyms and "from X"), not of owners, police or embassies. */
export function romanceNationalities(
  sentence: string,
  code: string,
  v: RomanceVictims,
  pack: Pick<LanguagePack, 'demonyms'>,
): string[] {
  const c = compiled(code, v, pack);
  const found: string[] = [];
  // "Ils sont originaires du Mali": an explicit origin phrase names people even without a victim noun — but not
  // people arrested earlier in the sentence ("los dos arrestados, … naturales de Portugal"), unless the words between
  // tell of exploitation ("detuvieron a dos hombres que explotaban a 20 trabajadores procedentes de Rumanía").
  for (const m of sentence.matchAll(c.from)) {
    const before = sentence.slice(Math.max(0, (m.index ?? 0) - 110), m.index ?? 0);
    const arrest = before.search(v.arrests);
    if (arrest >= 0 && !v.events.test(before.slice(arrest).replace(v.arrests, ''))) continue;
    if (c.roleBefore.test(before)) continue;
    found.push(...countriesIn(m[1], c));
  }
  if (!c.victim.test(sentence) && !v.events.test(sentence)) return [...new Set(found)];
  for (const [r, cc] of c.demonyms) {
    for (const m of sentence.matchAll(r)) {
      const at = m.index ?? 0;
      const before =
        sentence
          .slice(Math.max(0, at - 50), at)
          .split(/[.;:!?]/)
          .pop() ?? '';
      const after = sentence.slice(at + m[0].length, at + m[0].length + 60);
      // "a polícia boliviana", "o dono, um boliviano," "bolivianos foram presos": not the victims.
      if (PLACE_BEFORE.test(before)) continue;
      // "l'azienda era gestita da un 62enne marocchino": the demonym names who runs the firm.
      if (RUN_BY.test(before) && !COMPATRIOTS.test(sentence)) continue;
      const auth = c.authorityBefore.exec(before);
      if (auth && AUTHORITY_TAIL.test(auth[1])) continue;
      const clause = after.split(/[.;]/)[0];
      const suspect =
        c.roleBefore.test(before) ||
        c.roleAfter.test(after) ||
        (v.arrests.test(clause) && !v.events.test(clause)) ||
        // "los agentes detuvieron a dos hombres de nacionalidad argentina": people arrested, told before them.
        (v.arrests.test(before) && !v.events.test(before));
      // "un imprenditore cinese che sfruttava connazionali": the victims share the suspect's country.
      if (suspect && !COMPATRIOTS.test(sentence)) continue;
      found.push(cc);
    }
  }
  return [...new Set(found)];
}
