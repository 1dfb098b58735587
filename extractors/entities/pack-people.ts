// A language's own view of the people the capitalised-run rules found: a rank, role or sentence word that opens a
// run is not part of the name ("Kombes Zain Dwi Nugroho" → "Zain Dwi Nugroho", "Tersangka Tedi" → "Tedi"); a run
// holding an institution's or an administrative place's word is no person ("Dinas Tenaga Kerja Selangor",
// "Kabupaten Dobo"); a run right after a locative preposition is a place ("di Jawa Barat"). Pure; data from the pack.
import type { LanguagePack } from '../lang/types.js';
import type { PersonMention } from './people.js';
import { escapeRegExp } from '../../lib/regexp.js';
import { OTHER_ROLES, PERPETRATOR_ROLES } from '../data/lexicons/names.js';
import { lookupName } from '../gazetteer.js';

/** The person as this language reads it, or null when the run is no person. */
export function readPerson(p: PersonMention, text: string, pack: LanguagePack): PersonMention | null {
  const e = pack.entities;
  let q = p;
  if (e?.titles) {
    for (;;) {
      const m = /^(\S+)\s+/u.exec(q.name);
      if (!m || !e.titles.test(m[1]!)) break;
      q = { ...q, name: q.name.slice(m[0].length), start: q.start + m[0].length, length: q.length - m[0].length };
    }
    if (e.titles.test(q.name)) return null;
  }
  // "Arrestati Luigi Esposito", «Осуждённый Дмитрий Козлов», «Следователь Игорь Лебедев»: a word of accusation or a
  // role opening a sentence is glued to the name by its capital; it is dropped and read as the role before the name.
  for (;;) {
    const m = /^(\S+)\s+(?=\S+\s+\S)/u.exec(q.name);
    if (!m || !openingWord(pack).test(m[1]!)) break;
    q = { ...q, name: q.name.slice(m[0].length), start: q.start + m[0].length, length: q.length - m[0].length };
  }
  if (e?.placeOf?.test(text.slice(Math.max(0, q.start - 30), q.start))) {
    // After "di", "a": a town the gazetteer knows, however small, is a place ("entrambi di Villa Castelli"); a town
    // glued to the name after it is dropped ("di Borgo Sabotino Procolo Di Bonito", "di Latina Simona Sergio").
    if (/\s/.test(q.name) && lookupName(q.name).length) return null;
    q = afterPlace(q, e.notPerson, text);
  }
  if (e?.notPerson && q.name.split(/\s+/).some((w) => e.notPerson!.test(w))) return null;
  if (pack.places.locative.test(text.slice(Math.max(0, q.start - 20), q.start))) return null;
  return q;
}

/** The run without the town that opens it, where two or more name words follow: a town of the gazetteer (up to
 *  three words; one word only for a town of 20,000 people or more) or a place's head word and the word after it
 *  ("Borgo Sabotino"). */
function afterPlace(p: PersonMention, notPerson: RegExp | undefined, text: string): PersonMention {
  const words = p.name.split(/\s+/);
  for (let k = Math.min(3, words.length - 2); k >= 1; k--) {
    const town = words.slice(0, k).join(' ');
    // One word must be a sizeable town: many first names are villages somewhere ("Vito", "Sara", "Rosa").
    const known = lookupName(town).some((g) => k > 1 || g.population >= 20000);
    if (known || (k === 2 && notPerson?.test(words[0]!) && !notPerson.test(words[1]!))) {
      const cut = p.name.indexOf(words[k]!, town.length);
      // The run stopped at four words: the name goes on after it ("… Procolo Di Bonito").
      const more = new RegExp(`^(?:\\s+${NAME_WORD}){0,${k}}`, 'u').exec(text.slice(p.start + p.length))![0];
      const name = p.name.slice(cut) + more;
      return { ...p, name, start: p.start + cut, length: name.length };
    }
  }
  return p;
}

const opening = new WeakMap<object, RegExp>();
/** One word that is a cue of accusation or a role word of the language (the shared roles hold the Russian ones). */
function openingWord(pack: LanguagePack): RegExp {
  let rx = opening.get(pack);
  if (!rx) {
    const roles = [
      ...PERPETRATOR_ROLES,
      ...OTHER_ROLES,
      ...(pack.entities?.perpetratorRoles ?? []),
      ...(pack.entities?.otherRoles ?? []),
    ]
      .map((r) => r.trim())
      // Two letters are enough here: the French lawyer's title "Me" opens "Me Bernard Petit".
      .filter((r) => r.length > 1 && !/\s/.test(r))
      .map(escapeRegExp);
    // Cyrillic role entries are stems («следовател», «подозреваем»): any ending; others whole words.
    rx = new RegExp(
      `^(?:(?:${pack.perpetratorCues.source})|(?:${roles.filter((r) => !/[\u0400-\u04FF]/.test(r)).join('|')})|(?:${roles.filter((r) => /[\u0400-\u04FF]/.test(r)).join('|')})\\p{L}*)$`,
      'iu',
    );
    opening.set(pack, rx);
  }
  return rx;
}

const NAME_WORD = `\\p{Lu}[\\p{Ll}'’-]+`;
// Initials standing for a name after a role word ("l'indagato G.G.", "der Angeklagte K.A.", "tersangka HCI (61)"):
// dotted initials, or up to four capitals with an age in brackets after them.
const INITIALS = `(?:\\p{Lu}\\.){1,3}(?!\\s?\\p{Lu}[\\p{Ll}.])|\\p{Lu}{1,4}(?=\\s*\\(\\d{1,2}(?:\\s*(?:th|tahun))?\\))`;
// One initialled name in a list after "berinisial": capitals (or dotted ones), an optional age in brackets.
// A single capital before a full stop is an initial closing the sentence ("berinisial Y dan A."), not "A.".
const INITIALS_LIST_ITEM =
  /((?:\p{Lu}\.){2,4}|\p{Lu}{1,5}(?![\p{L}.])|\p{Lu}(?=\.(?:\s|$)))(?!\p{L})(\s*\(\d{1,2}[^)]{0,12}\))?/uy;
const AGED_INITIALS = /(?<![\p{L}\d])(\p{Lu}{1,4})\s*\(\d{1,2}(?:\s*(?:th|thn|tahun))?\)/gu;
const LIST_JOIN = /\s*(?:,\s*(?:dan|serta|and)?|\s(?:dan|serta|and))\s*/uy;
const roleNamed = new WeakMap<object, RegExp | null>();
const roleWords = new WeakMap<object, string>();
/** Names written right after one of the language's role words ("tersangka Ahmad Sulaiman", "le gérant Marc
 *  Delorme"): people even where no capitalised-run rule takes them. The role word keeps either first-letter case. */
export function rolePeople(text: string, sentence: number, pack: LanguagePack): PersonMention[] {
  const e = pack.entities;
  if (!e) return [];
  let rx = roleNamed.get(e);
  if (rx === undefined) {
    const roles = [...e.perpetratorRoles, ...e.otherRoles]
      .map((r) => r.trim())
      .filter((r) => r.length > 2 && /^\p{L}/u.test(r))
      .sort((a, b) => b.length - a.length)
      .map((r) => `(?:${escapeRegExp(r)}|${escapeRegExp(r[0]!.toUpperCase() + r.slice(1))})`);
    roleWords.set(e, roles.join('|'));
    rx = roles.length
      ? new RegExp(
          `(?<![\\p{L}])(?:${roles.join('|')})\\s*,?\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}|${INITIALS})`,
          'gu',
        )
      : null;
    roleNamed.set(e, rx);
  }
  if (!rx) return [];
  // In headline-like lines (most words capitalised) a capitalised word after a role proves nothing.
  const tokens = text.split(/\s+/);
  if (tokens.filter((t) => /^\p{Lu}/u.test(t)).length > tokens.length * 0.6) return [];
  const out: PersonMention[] = [];
  // Initials after the language's word for them ("berinisial"), or after a role word when each carries an age
  // ("tersangka A (30) dan HCI (61)").
  if (e.initialsAfter) {
    out.push(...initialledPeople(text, sentence, e.initialsAfter.source, false));
    // Where the press writes initials, capitals with an age in brackets are a person anywhere: "…, A (30) dan HCI (61)".
    for (const m of text.matchAll(AGED_INITIALS))
      if (!out.some((o) => o.start === m.index))
        out.push({ name: m[1]!, sentence, start: m.index ?? 0, length: m[1]!.length });
  }
  const words = roleWords.get(e);
  if (words)
    for (const p of initialledPeople(text, sentence, words, true))
      if (!out.some((o) => o.start === p.start)) out.push(p);
  for (const m of text.matchAll(rx)) {
    const start = (m.index ?? 0) + m[0].length - m[1]!.length;
    if (out.some((o) => o.start === start)) continue;
    const p = readPerson({ name: m[1]!, sentence, start, length: m[1]!.length }, text, pack);
    if (p) out.push(p);
  }
  return out;
}

/** "berinisial ARM (19 th) dan AA (32 th)", "berinisial AR, AC, AW, AMR, TK, dan MM": each initialled name of the list. */
function initialledPeople(text: string, sentence: number, cue: string, aged: boolean): PersonMention[] {
  const out: PersonMention[] = [];
  const rx = new RegExp(`(?<![\\p{L}])(?:${cue})\\s*,?\\s+`, 'gu');
  for (const m of text.matchAll(rx)) {
    let at = (m.index ?? 0) + m[0].length;
    for (;;) {
      INITIALS_LIST_ITEM.lastIndex = at;
      const item = INITIALS_LIST_ITEM.exec(text);
      if (!item || (aged && !item[2])) break;
      out.push({ name: item[1]!, sentence, start: at, length: item[1]!.length });
      at += item[0].length;
      LIST_JOIN.lastIndex = at;
      const join = LIST_JOIN.exec(text);
      if (!join) break;
      at += join[0].length;
    }
  }
  return out;
}
