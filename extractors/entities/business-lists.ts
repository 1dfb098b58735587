// Lists of firms: the names that follow a plural company noun ("as vinícolas Aurora, Cooperativa Garibaldi e
// Salton") or a plural kind and a word that opens examples ("fashion brands, including Barbour and PVH", "supermarket
// chains (Aldi, Woolworths, Coles and IGA)", "retailers such as Walmart, Whole Foods, and Red Lobster"): the buyers
// and suppliers a report names, whatever the tagger made of each name (it often reads a brand as a person or a place).
import { EXAMPLE_KINDS, EXAMPLE_OPENERS } from '../data/lexicons/businesses.js';

const CAPW = `[\\p{Lu}\\d][\\p{L}\\d&'’.+-]*`;
const CAPW_IN = `(?:[dl]['’])?${CAPW}`;
const alt = (xs: string[]) => `(?:${xs.join('|')})`;
// Either case of a word's first letter (a flag 'i' would let \p{Lu} take any letter).
const anyCase = (src: string) => `(?:${src}|${src[0]!.toUpperCase()}${src.slice(1)})`;
// One more name of a list: a comma or a conjunction of the packs' languages, then a capitalised run.
// Inside one item a name may hold "de", "di", "of the"… but not the list's own conjunctions; an English item may
// open with "the" ("and the Foschini Group").
const LIST_RUN = `${CAPW}(?:(?:\\s+(?:of the|de|del|du|des|di|da|do|dos|la|le|of|the|van|von|al|el|bin))?\\s+${CAPW_IN}){0,5}`;
const CONJ = '(?:e|y|et|und|and|ed|dan|&)';
const LIST_ITEM = new RegExp(`(?:\\s*,\\s*(?:${CONJ}\\s+)?|\\s+${CONJ}\\s+)(?:the\\s+)?(${LIST_RUN})`, 'uy');
const FIRST_ITEM = new RegExp(`(?:the\\s+)?(${LIST_RUN})`, 'uy');
/** The separator before an item holds a conjunction: the list ends with that item. */
const JOINED = new RegExp(`(?:^|\\s)${CONJ}\\s`, 'u');
// A list left open on purpose is closed too: "Walmart, Whole Foods, Target, and others".
const OPEN_END =
  /^\s*,?\s*(?:(?:and|e|y|et|und|dan)\s+(?:others|many others|more|outros|otros|altri|andere|lainnya|lain-lain)|among others|entre outros|entre otros|tra gli altri|u\.\s?a\.|etc\.?|dll\.?)/iu;

/** The names of a list starting at `from`, when a conjunction (or "and others") closes it; else none. */
export function listedNames(text: string, from: number): string[] {
  FIRST_ITEM.lastIndex = from;
  const first = FIRST_ITEM.exec(text);
  if (!first) return [];
  const names = [first[1]!];
  let at = from + first[0].length;
  let joined = false;
  for (;;) {
    LIST_ITEM.lastIndex = at;
    const m = LIST_ITEM.exec(text);
    if (!m) break;
    names.push(m[1]!);
    if (JOINED.test(m[0])) joined = true;
    at += m[0].length;
    if (joined) break;
  }
  if (!joined && names.length > 1 && OPEN_END.test(text.slice(at))) joined = true;
  return joined ? names : [];
}

// A plural kind, up to four words of its own ("supermarkets chains", "retailers and restaurants", "fashion brands"),
// then a word that opens examples or a bracket. A preposition or a verb among those words makes the list another
// thing's ("factories in countries such as Bangladesh and India").
const GAP_WORD = /^(?:and|or|y|e|et|und|o|ou|dan|atau|[\p{Ll}][\p{L}-]*)$/u;
const NOT_GAP =
  /^(?:in|into|from|at|of|across|around|on|for|with|to|by|near|outside|inside|than|that|which|who|is|are|was|were|have|has|had|de|del|da|do|di|dari|ke|en|em|no|na|nel|nella|aus|von|bei|im|am|zu|dans|à|au|aux|para|por|per|con|com|como)$/u;
let examples: RegExp[] | null = null;

/** Names listed as examples of a plural kind of firm (the English kinds and every pack's openers). */
export function exampleNames(text: string): { names: string[]; kind: string }[] {
  // An opener after the kind and its words ("retailers and restaurants such as …"), or the names right after a
  // kind written in lower case ("retailers Walmart, Whole Foods, Target, and others"): where every noun is
  // capitalised (German) a capitalised word after the kind is no name.
  examples ??= [
    new RegExp(
      `(?<![\\p{L}])(${alt(EXAMPLE_KINDS.map(anyCase))})((?:[\\s,]+[\\p{Ll}][\\p{L}-]*){0,4}?)\\s*(?:,\\s*)?(?:\\(|:|${alt(EXAMPLE_OPENERS.map(anyCase))}(?![\\p{L}]))\\s*`,
      'gu',
    ),
    new RegExp(`(?<![\\p{L}])(${alt(EXAMPLE_KINDS.filter((k) => /^\p{Ll}/u.test(k)))})()\\s+(?=[\\p{Lu}\\d])`, 'gu'),
  ];
  const out: { names: string[]; kind: string }[] = [];
  for (const m of examples.flatMap((rx) => [...text.matchAll(rx)])) {
    const gap = m[2]!.split(/[\s,]+/).filter(Boolean);
    if (gap.some((w) => !GAP_WORD.test(w) || NOT_GAP.test(w))) continue;
    const names = listedNames(text, (m.index ?? 0) + m[0].length);
    if (names.length) out.push({ names, kind: m[1]!.toLowerCase() });
  }
  return out;
}
