// A language's own view of the people the capitalised-run rules found: a rank, role or sentence word that opens a
// run is not part of the name ("Kombes Zain Dwi Nugroho" → "Zain Dwi Nugroho", "Tersangka Tedi" → "Tedi"); a run
// holding an institution's or an administrative place's word is no person ("Dinas Tenaga Kerja Selangor",
// "Kabupaten Dobo"); a run right after a locative preposition is a place ("di Jawa Barat"). Pure; data from the pack.
import type { LanguagePack } from '../lang/types.js';
import type { PersonMention } from './people.js';
import { escapeRegExp } from '../../lib/regexp.js';
import { OTHER_ROLES, PERPETRATOR_ROLES } from '../data/lexicons/names.js';

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
  if (e?.notPerson && q.name.split(/\s+/).some((w) => e.notPerson!.test(w))) return null;
  if (pack.places.locative.test(text.slice(Math.max(0, q.start - 20), q.start))) return null;
  return q;
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
const roleNamed = new WeakMap<object, RegExp | null>();
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
    rx = roles.length
      ? new RegExp(`(?<![\\p{L}])(?:${roles.join('|')})\\s*,?\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})`, 'gu')
      : null;
    roleNamed.set(e, rx);
  }
  if (!rx) return [];
  // In headline-like lines (most words capitalised) a capitalised word after a role proves nothing.
  const tokens = text.split(/\s+/);
  if (tokens.filter((t) => /^\p{Lu}/u.test(t)).length > tokens.length * 0.6) return [];
  const out: PersonMention[] = [];
  for (const m of text.matchAll(rx)) {
    const start = (m.index ?? 0) + m[0].length - m[1]!.length;
    const p = readPerson({ name: m[1]!, sentence, start, length: m[1]!.length }, text, pack);
    if (p) out.push(p);
  }
  return out;
}
