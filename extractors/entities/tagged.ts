// Name candidates from a tagger, beside the rules' own: the NER server's spans when it answered (per sentence,
// offsets into the sentence text), else compromise's people() and organizations() for English. Roles (owner,
// recruiter vs official, victim) are decided later from the words around each name (incidents.ts), and an
// organisation becomes a business only with a business's shape or context (businesses.ts: businessReason).
import nlp from 'compromise';
import type { NerSentenceSpan } from '../ner/types.js';
import { NOT_NAME_WORDS } from '../data/lexicons/names.js';
import { isPlaceName } from './shared.js';

export type SentenceSpan = NerSentenceSpan;
export interface TaggedName {
  text: string;
  start: number;
}
export interface TaggedNames {
  people: TaggedName[];
  organizations: TaggedName[];
  source: 'ner' | 'compromise' | 'none';
}

const CAPITALISED = /^[\p{Lu}]/u;

/** Where a tagger's phrase sits in the sentence (compromise gives text, not offsets), or -1. */
function locate(text: string, phrase: string, from = 0): number {
  return text.indexOf(phrase, from);
}

/** Trims what taggers glue to a name: possessive 's, trailing punctuation, a leading "the". */
function tidy(phrase: string): string {
  return phrase
    .replace(/[’']s$/u, '')
    .replace(/[\s,.;:!?)"”»]+$/u, '')
    .replace(/^(?:the|The)\s+/, '')
    .trim();
}

// Regions named by compass points ("South West", "North East") that taggers read as a person.
export const COMPASS_ONLY = /^(?:(?:North|South|East|West|Central|Upper|Lower|Mid|Greater)(?:[- ]|$))+$/;
/** A vessel's name cut before its hull number ("Yu Long No" of "Yu Long No. 2") is not a person. */
const VESSEL_STUB = /\sNo\.?$/;

function plausiblePerson(name: string): boolean {
  const words = name.split(/\s+/);
  if (!words.every((w) => CAPITALISED.test(w)) || COMPASS_ONLY.test(name) || VESSEL_STUB.test(name)) return false;
  if (words.some((w) => NOT_NAME_WORDS.has(w))) return false;
  return !isPlaceName(name);
}

export function taggedNames(text: string, lang: string, spans: SentenceSpan[] | null): TaggedNames {
  if (spans?.length) {
    const people: TaggedName[] = [];
    const organizations: TaggedName[] = [];
    for (const s of spans) {
      const t = tidy(s.text);
      if (!t) continue;
      if (s.type === 'PERSON' && plausiblePerson(t))
        people.push({ text: t, start: s.start + Math.max(0, s.text.indexOf(t)) });
      else if (s.type === 'ORGANIZATION' && t.length > 2)
        organizations.push({ text: t, start: s.start + Math.max(0, s.text.indexOf(t)) });
    }
    return { people, organizations, source: 'ner' };
  }
  if (spans) return { people: [], organizations: [], source: 'ner' };
  // compromise reads English only; other languages rely on the rules.
  if (lang !== 'en' || !/[A-Z]/.test(text)) return { people: [], organizations: [], source: 'none' };
  const doc = nlp(text);
  const take = (phrases: string[]) => {
    const out: TaggedName[] = [];
    let from = 0;
    for (const raw of phrases) {
      const t = tidy(raw);
      const at = t ? locate(text, t, from) : -1;
      if (at < 0 || !CAPITALISED.test(t)) continue;
      out.push({ text: t, start: at });
      from = at + t.length;
    }
    return out;
  };
  const people = take(doc.people().out('array') as string[]).filter(
    (p) => p.text.includes(' ') && plausiblePerson(p.text),
  );
  // compromise tags many acronyms as organisations (units, laws, programmes): only the NER's are trusted bare.
  const organizations = take(doc.organizations().out('array') as string[]).filter(
    (o) => !/^[\p{Lu}\d&.-]+$/u.test(o.text),
  );
  return { people, organizations, source: 'compromise' };
}
