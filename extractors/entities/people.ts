// People: proper-noun runs read with their context — titles, roles, ages ("Leila Ashirova, 26,"), speech verbs
// ("Kasymova said") and surname shapes — because a general tagger misses most Central Asian names.
import { NOT_NAME_WORDS, ROLES_BEFORE_NAME_EN, TITLES_EN } from '../data/lexicons/names.js';
import { DEMONYMS } from '../data/demonyms.js';
import { isPlaceName } from './shared.js';
import { lookupRussian } from '../gazetteer.js';
import { escapeRegExp } from '../../lib/regexp.js';

export interface PersonMention {
  name: string;
  sentence: number;
  start: number;
  length: number;
}

// Mc/Mac/O' names carry a second capital (McLeish); hyphenated names two (Okafor-Hayes).
const NAME_WORD = `[\\p{Lu}][\\p{Ll}’'\\-]+(?:[\\p{Lu}][\\p{Ll}]+)?(?:-[\\p{Lu}][\\p{Ll}]+)?`;
const RUN = new RegExp(
  `${NAME_WORD}(?:\\s+(?:(?:bin|binti|ibn|al|el|de|da|van|von|der|le|la|uulu|kyzy|ogly|ugli|qizi)\\s+)?${NAME_WORD}){1,3}`,
  'gu',
);
const TITLED = new RegExp(`\\b(?:${TITLES_EN})\\.?\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})`, 'gu');
// Surname shapes of the regions this system watches (Slavic, Central Asian, Caucasian, South and South-East Asian).
const SURNAME =
  /(?:ov|ova|ev|eva|yev|yeva|in|ina|sky|ski|ska|skaya|enko|uk|yuk|yan|ian|dze|shvili|uly|kyzy|bek|bekov|zoda|zade|ovich|evich|ovna|evna|ová|ovа|ов|ова|ев|ева|ин|ина|ский|ская|енко|ян|швили|уулу|кызы|зода|заде|ович|евич|овна|евна)$/u;
// An age in apposition in the languages of the packs: "X, 45, was", "X, 52 anni,", "X, 38 ans,", «X, 45 лет,».
const CONTEXT_AFTER =
  /^(?:,\s*\d{1,2}\s*(?:,|(?:anni|ans|años|anos|Jahre|jährige\S*|лет|года|tahun)\b)|\s*\(\d{1,2}\s*(?:anni|ans|años|anos|Jahre|лет|года|tahun)?\)|\s*\(\d{1,2}\)|,?\s+(?:said|says|told|added|explained|who|was|were|has|had|is|and his|and her)\b|,\s*(?:a|an|the|his|her)\s+|,\s*(?:described|identified|named|accused|charged|who|whose|aged|owner|director)\b)/u;
// "R. Selvakumar", "J. K. Rowling": initials before a surname, taken with a role or an apposition.
const INITIALED =
  /(?<![\p{L}.])((?:[\p{Lu}]\.\s?){1,2}[\p{Lu}][\p{Ll}]+(?:[\p{Lu}][\p{Ll}]+)?)(?=,|\s+(?:said|who|was|is|has))/gu;
// "Karim B., 38 ans,", "Mario R. è stato arrestato", «Иван И., 45 лет»: a first name and the initial of a surname, the
// way French, Italian and Russian news withhold a suspect's name; taken before a comma, a bracket or a lower-case word.
const SURNAME_WITHHELD = /(?<![\p{L}.])(\p{Lu}\p{Ll}{2,}(?:[\s-]\p{Lu}\p{Ll}{2,})?\s\p{Lu}\.)(?=\s*[,(]|\s+\p{Ll})/gu;
// "G.A.", "P.L. e P.M.", "Mme E.B.": a suspect named by initials alone. Taken only where the sentence shows a person:
// an age after the initials, another initialled person joined by a conjunction, or a role word of accusation
// before them (read by rolePeople); abbreviations of countries and legal forms ("U.S.", "S.A.") never are.
const INITIALS_ONLY = /(?<![\p{L}.])((?:\p{Lu}\.){2,3})(?!\s?\p{Lu}[\p{Ll}.])/gu;
const INITIALS_PERSON_AFTER =
  /^(?:,?\s*\(?\d{1,2}(?:\s*(?:anni|ans|años|anos|Jahre|tahun|th)\b|\)|,)|,?\s+(?:e|et|y|und|and|dan|ed)\s+(?:\p{Lu}\.){1,3}|\s+(?:e|et|y|und|and)\s+\p{Lu}\.\p{Lu}\.\s+\d)/u;
const NOT_INITIALS = new Set([
  'U.S.',
  'U.K.',
  'U.N.',
  'E.U.',
  'S.A.',
  'N.V.',
  'B.V.',
  'A.G.',
  'K.G.',
  'S.L.',
  'S.C.',
  'P.T.',
  'C.V.',
  'D.C.',
  'L.A.',
  'N.Y.',
  'R.L.',
  'I.P.',
  'E.I.',
  'S.R.L.',
  'S.P.A.',
  'E.U.A.',
  'U.S.A.',
]);
// Sentence and title words of the packs' languages that open a withheld name's run but are no first name.
const WITHHELD_LEAD =
  /^(?:Wenn|Als|Weil|Laut|Nachdem|Dass|Denn|Auch|Der|Die|Das|Den|Dem|Des|Ein|Eine|Herr|Frau|Le|La|Les|Il|Lo|Gli|El|Los|Las|Os|As|Um|Uma|Un|Une|Una|Quando|Cuando|Quand|Lorsque|Selon|Secondo|Según|Segundo|Mais|Ma|Pero|Mas|Dopo|Après|Después|Depois|Monsieur|Madame|Mme|Signor|Señor|Senhor|Dona)$/u;
const DEMONYM_WORDS = new Set(DEMONYMS.flatMap((d) => d.english));
const TITLE_WORD = new RegExp(
  `^(?:${TITLES_EN}|Colonel|Commissioner|Commander|Superintendent|Detective|Sergeant|Inspector)$`,
);
const CONTEXT_BEFORE =
  /(?:activists?|lawyer|owners?|director|boss|couple|mother|father|wife|husband|daughter|son|spokes\w+|officer|inspector|prosecutor|judge|named|identified as|according to|by|,)\s+$/iu;

// A first name, a conjunction of the packs' languages, then a first name and a surname.
const SHARED_SURNAME = new RegExp(
  `(?<![\\p{L}'’-])(${NAME_WORD})\\s+(?:and|&|e|y|et|und|dan)\\s+(${NAME_WORD}\\s+${NAME_WORD})(?![\\p{L}'’-])`,
  'gu',
);
// A role or kin word, then (after a comma) a name of one to three words: "owner, Ramesh,", "his son Vinay".
const ROLE_NAMED = new RegExp(
  `\\b(${ROLES_BEFORE_NAME_EN.join('|')})(?:\\s*,\\s*|\\s+)(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})(?=[\\s,.;:)]|$)`,
  'gu',
);

// A Korean given name as romanised ("Jae-hoon", "Soo-kil"): after it or before it stands the surname, which is often
// an English word (Park, Lee, Moon, Song) and so no cue against a name.
export const KOREAN_GIVEN = /^\p{Lu}\p{Ll}{1,3}-\p{L}\p{Ll}{1,4}$/u;
function plausible(words: string[]): boolean {
  if (words.length === 2 && words.some((w) => KOREAN_GIVEN.test(w)) && /^\p{Lu}\p{Ll}{1,4}$/u.test(words[0]!))
    return true;
  if (words.some((w) => NOT_NAME_WORDS.has(w) || DEMONYM_WORDS.has(w) || /^[\p{Lu}]{2,}$/u.test(w))) return false;
  if (/^(?:El|La|Los|Las|Le|Les|Der|Die|Das)$/.test(words[0])) return false; // Spanish, French, German articles: places
  return !isPlaceName(words.join(' ')) && !words.every((w) => isPlaceName(w));
}

/** People named in a sentence: titled names, and 2–4-word capitalised runs with a person's context or shape. */
export function findPeopleIn(text: string, sentence: number): PersonMention[] {
  const out: PersonMention[] = [];
  const tokens = text.split(/\s+/);
  // In headline-like lines (most words capitalised) a bare capitalised run proves nothing.
  const headline = tokens.filter((t) => /^[\p{Lu}]/u.test(t)).length > tokens.length * 0.6;
  for (const m of text.matchAll(TITLED)) {
    const words = m[1].split(/\s+/);
    if (plausible(words)) {
      const at = (m.index ?? 0) + m[0].indexOf(m[1]);
      out.push({ name: m[1], sentence, start: at, length: m[1].length });
    }
  }
  for (const m of text.matchAll(RUN)) {
    let words = m[0].split(/\s+/);
    let start = m.index ?? 0;
    // A sentence-initial common word glued to a name ("Activists Oleg Melnikov") is dropped.
    while (words.length > 2 && NOT_NAME_WORDS.has(words[0])) {
      start += words[0].length + 1;
      words = words.slice(1);
    }
    // "Carabinieri Colonel Lorenzo Marsili": everything up to a title word is the institution and the title.
    const titleAt = words.findIndex((w, k) => k < words.length - 2 && TITLE_WORD.test(w));
    if (titleAt >= 0) {
      start += words.slice(0, titleAt + 1).join(' ').length + 1;
      words = words.slice(titleAt + 1);
    }
    if (words.length > 1 && NOT_NAME_WORDS.has(words[0]) && !(words.length === 2 && KOREAN_GIVEN.test(words[1]!))) {
      start += words[0].length + 1;
      words = words.slice(1);
    }
    // «житель Ногинска Андрей Смирнов»: a place in the genitive glued before a name.
    if (words.length > 2 && /[\u0400-\u04FF]/.test(words[0]) && lookupRussian(words[0]).length) {
      start += words[0].length + 1;
      words = words.slice(1);
    }
    if (words.length < 2 || !plausible(words)) continue;
    const name = words.join(' ');
    const after = text.slice(start + name.length, start + name.length + 30);
    const before = text.slice(Math.max(0, start - 30), start);
    // "from the Sierra Tarahumara", "in South Georgia": people are not found after these.
    if (/\b(?:the|in|from|at|near|across|to)\s+$/i.test(before)) continue;
    const shaped = words.some((w) => SURNAME.test(w) || KOREAN_GIVEN.test(w));
    if (shaped || CONTEXT_AFTER.test(after) || CONTEXT_BEFORE.test(before) || (!headline && start > 0)) {
      if (!out.some((o) => o.name.includes(name))) out.push({ name, sentence, start, length: name.length });
    }
  }
  // "the owner, Ramesh, and his son Vinay", "recruiter Salim": a role word makes even a single name a person.
  for (const m of text.matchAll(ROLE_NAMED)) {
    const name = m[2];
    const words = name.split(/\s+/);
    const start = (m.index ?? 0) + m[0].length - name.length;
    if (words.some((w) => NOT_NAME_WORDS.has(w) || DEMONYM_WORDS.has(w)) || isPlaceName(name)) continue;
    if (!out.some((o) => o.name.includes(name) || (start >= o.start && start < o.start + o.length)))
      out.push({ name, sentence, start, length: name.length });
  }
  // "Gurnam and Harjinder Dhillon", "Marco e Lucia Rossi": two first names sharing the surname of the second person.
  for (const m of text.matchAll(SHARED_SURNAME)) {
    const [, given, second] = m;
    const at = m.index ?? 0;
    const pair = out.find((o) => o.start === at + m[0].length - second!.length && o.name === second);
    // The first word must open the list: "John Smith and Mary Jones" shares no surname.
    if (!pair || /\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(0, at - 30), at))) continue;
    if (NOT_NAME_WORDS.has(given!) || DEMONYM_WORDS.has(given!) || TITLE_WORD.test(given!) || isPlaceName(given!))
      continue;
    const surname = second!.split(/\s+/).pop()!;
    // The mention spans the whole pair, so that a tagger's reading of the lone first name as a place does not drop it.
    if (!out.some((o) => o.start === at))
      out.push({ name: `${given} ${surname}`, sentence, start: at, length: m[0].length });
  }
  for (const m of findWithheldNames(text, sentence, true))
    if (!out.some((o) => o.name.includes(m.name) || m.name.includes(o.name))) out.push(m);
  for (const m of text.matchAll(INITIALED)) {
    if (!out.some((o) => o.name.includes(m[1])))
      out.push({ name: m[1], sentence, start: m.index ?? 0, length: m[1].length });
  }
  return out;
}

/**
 * Names the press writes with the surname withheld ("Karim B.", "Constantin L.") or by initials alone ("G.A.", "P.L.
 * e P.M. 45 e 41 anni"): shapes no common noun takes, so they are read even where every noun is capitalised
 * (German) and only the NER's PERSON spans are otherwise trusted. `initials`: take initials-only names too, where an
 * age or another initialled person beside them shows a person (a role word before them is read by rolePeople).
 */
export function findWithheldNames(text: string, sentence: number, initials = true): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of text.matchAll(SURNAME_WITHHELD)) {
    let name = m[1];
    let at = m.index ?? 0;
    // "Wenn Constantin L.", "Selon Karim B.": a sentence word glued to the first name by its capital.
    const lead = /^(\S+)\s+(?=\S+\s)/u.exec(name);
    if (lead && (WITHHELD_LEAD.test(lead[1]!) || NOT_NAME_WORDS.has(lead[1]!))) {
      name = name.slice(lead[0].length);
      at += lead[0].length;
    }
    const first = name.split(/[\s-]/)[0];
    if (NOT_NAME_WORDS.has(first) || DEMONYM_WORDS.has(first) || isPlaceName(first)) continue;
    out.push({ name, sentence, start: at, length: name.length });
  }
  if (initials)
    for (const m of text.matchAll(INITIALS_ONLY)) {
      const at = m.index ?? 0;
      if (NOT_INITIALS.has(m[1].toUpperCase())) continue;
      const after = text.slice(at + m[1].length, at + m[1].length + 30);
      const before = text.slice(Math.max(0, at - 12), at);
      // The second of a pair ("P.L. e P.M. 45 e 41 anni"): the first one's conjunction stands before it.
      const paired = /(?:\p{Lu}\.){2,3}\s*(?:,|e|et|y|und|and|dan|ed)\s*$/u.test(before);
      if (INITIALS_PERSON_AFTER.test(after) || paired)
        out.push({ name: m[1], sentence, start: at, length: m[1].length });
    }
  return out;
}

/** Russian names in oblique cases back to the nominative where the ending is unambiguous (Шиловой → Шилова). */
export function nominativeRu(name: string): string {
  if (!/[\u0400-\u04FF]/.test(name)) return name;
  const words = name.split(/\s+/);
  const feminine =
    /(?:ой|ую)$/.test(words[words.length - 1]) && /(?:ов|ев|ин|ын|ск)(?:ой|ую)$/.test(words[words.length - 1]);
  return words
    .map((w, i) => {
      if (i === words.length - 1 && feminine) return w.replace(/(?:ой|ую)$/, 'а');
      if (feminine && i < words.length - 1)
        return w
          .replace(/ье$|ьей$|ью$/, 'ья')
          .replace(/([^ь])е$/, '$1а')
          .replace(/ой$/, 'а')
          .replace(/у$/, 'а');
      return w.replace(/(ов|ев|ин)(?:ым|ом|у|е)$/, '$1');
    })
    .join(' ');
}

/**
 * Single-word mentions ("Kasymova said") of people already found by full name. A name of one word (initials "RSN",
 * a first name "Karim") is its own surname: it is taken wherever no rule or tagger placed it already, since the NER
 * tags a name in one sentence and misses it in the next. `found`: the mentions already placed.
 */
export function surnameMentions(
  text: string,
  sentence: number,
  known: string[],
  found: PersonMention[] = [],
): PersonMention[] {
  const out: PersonMention[] = [];
  for (const full of known) {
    const words = full.split(/\s+/);
    // "Park Jae-hoon" … "Park was charged": a Korean surname stands first.
    const last = words.length === 2 && KOREAN_GIVEN.test(words[1]!) ? words[0]! : words[words.length - 1]!;
    // A whole word only: the initials "A" or "MM" are no part of "Arab" or "MMEA".
    // A surname that opens the name is no mention when a capitalised word follows it ("the Park Hotel").
    const open = last === words[0] && words.length > 1 ? '(?!\\s+\\p{Lu})' : '';
    const at = text.search(new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(last)}(?![\\p{L}\\d])${open}`, 'u'));
    if (at < 0) continue;
    const placed = found.some((f) => f.sentence === sentence && at < f.start + f.length && f.start < at + last.length);
    if (placed) continue;
    if (!text.includes(full) || last === full) out.push({ name: full, sentence, start: at, length: last.length });
  }
  return out;
}
