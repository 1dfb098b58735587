// The free-text query, read the way Elasticsearch's simple_query_string reads it (Lucene's SimpleQueryParser):
// `+` and, `|` or, `-` not (at the start of a term), "phrases", `word*` prefixes, `word~N` fuzzy, `"…"~N` slop,
// parentheses, `\` escapes. Read once, so that we can (1) refuse queries too costly to run — too long, too many
// clauses, too many fuzzy or wildcard expansions — in our own words, and (2) build the lemmatised variant of the
// query by reducing the words only, so that its operators keep their meaning ("forced labour" -football still
// excludes football in the lemma field), and (3) pull out the top-level negations to apply as must_not.
import { UserError } from '../lib/errors.js';

/** Limits on one query's cost; past them the search answers 400 saying which. */
export const QUERY_LIMITS = {
  /** characters of `q` */
  chars: 500,
  /** terms and phrases (each a clause, twice over: text fields and the lemma field) */
  clauses: 24,
  /** `word~N` terms: each expands to up to `fuzzyMaxExpansions` terms per field */
  fuzzyTerms: 4,
  /** `word*` terms */
  prefixTerms: 4,
  /** letters before a `*`: `a*` would expand to most of the index */
  prefixMinChars: 3,
  /** `"…"~N` */
  maxSlop: 20,
  /** nesting of parentheses */
  depth: 8,
  /** what Elasticsearch may expand one fuzzy term to (its default is 50) */
  fuzzyMaxExpansions: 10,
  /** leading characters a fuzzy match must share (its default 0 scans the whole term dictionary) */
  fuzzyPrefixLength: 1,
} as const;

export type QueryToken =
  | { kind: 'op'; op: '+' | '|' | '-' | '(' | ')' }
  | { kind: 'space' }
  | { kind: 'phrase'; text: string; slop?: number }
  | { kind: 'term'; text: string; fuzzy?: number; prefix?: boolean };

const ENDS_TERM = /[\s"|+()]/;

/** Splits q into tokens as simple_query_string does (never throws: unbalanced quotes end at the end). */
export function tokenizeQuery(q: string): QueryToken[] {
  const out: QueryToken[] = [];
  let i = 0;
  const tail = (): number | undefined => {
    // `~` then digits (none: Lucene's default)
    if (q[i] !== '~') return undefined;
    i++;
    const m = /^\d*/.exec(q.slice(i))![0];
    i += m.length;
    return m ? Number(m) : 2;
  };
  while (i < q.length) {
    const c = q[i]!;
    if (/\s/.test(c)) {
      i++;
      if (out.at(-1)?.kind !== 'space') out.push({ kind: 'space' });
      continue;
    }
    if (c === '+' || c === '|' || c === '-' || c === '(' || c === ')') {
      out.push({ kind: 'op', op: c });
      i++;
      continue;
    }
    if (c === '"') {
      const end = q.indexOf('"', i + 1);
      const text = q.slice(i + 1, end < 0 ? q.length : end);
      i = end < 0 ? q.length : end + 1;
      out.push({ kind: 'phrase', text, slop: tail() });
      continue;
    }
    let text = '';
    let fuzzy: number | undefined;
    while (i < q.length && !ENDS_TERM.test(q[i]!)) {
      if (q[i] === '\\' && i + 1 < q.length) {
        text += q[i + 1];
        i += 2;
        continue;
      }
      if (q[i] === '~') {
        fuzzy = tail();
        break;
      }
      text += q[i++];
    }
    const prefix = text.endsWith('*');
    if (prefix) text = text.replace(/\*+$/, '');
    out.push({ kind: 'term', text, ...(fuzzy !== undefined ? { fuzzy } : {}), ...(prefix ? { prefix } : {}) });
  }
  return out;
}

/**
 * q without `*` that stands for no word (`*`, `*:*`, `- *`): people type them to mean "everything", which is what
 * no text query gives; left in, each would expand to every indexed word. A `*` after letters is a prefix and stays.
 */
export function withoutBareWildcards(q: string): string {
  return q
    .replace(/(^|[^\p{L}\p{N}*\\])\*+/gu, '$1')
    .replace(/^[\s:]+$/, '')
    .trim();
}

/** Throws UserError when q is costlier than QUERY_LIMITS allow. */
export function checkQueryCost(q: string): void {
  const L = QUERY_LIMITS;
  if (q.length > L.chars) throw new UserError(`q: at most ${L.chars} characters (got ${q.length})`);
  const tokens = tokenizeQuery(q);
  let clauses = 0,
    fuzzy = 0,
    prefix = 0,
    depth = 0;
  for (const t of tokens) {
    if (t.kind === 'op' && t.op === '(' && ++depth > L.depth)
      throw new UserError(`q: at most ${L.depth} nested parentheses`);
    if (t.kind === 'op' && t.op === ')') depth = Math.max(0, depth - 1);
    if (t.kind === 'phrase') {
      clauses++;
      if ((t.slop ?? 0) > L.maxSlop) throw new UserError(`q: a phrase's ~ proximity is at most ${L.maxSlop}`);
    }
    if (t.kind !== 'term') continue;
    // a prefix expands to every indexed word it starts: `*` or `a*` to most of the index. Only letters and digits
    // are indexed, so a prefix of punctuation alone (`*:*`) matches nothing and costs nothing.
    const wordChars = (t.text.match(/[\p{L}\p{N}]/gu) ?? []).length;
    if (t.prefix && (t.text === '' || (wordChars > 0 && wordChars < L.prefixMinChars)))
      throw new UserError(`q: a * needs at least ${L.prefixMinChars} letters before it ("${t.text.slice(0, 20)}*")`);
    if (!t.text) continue;
    clauses++;
    if (t.fuzzy !== undefined) fuzzy++;
    if (t.prefix) prefix++;
  }
  if (clauses > L.clauses) throw new UserError(`q: at most ${L.clauses} words and phrases (got ${clauses})`);
  if (fuzzy > L.fuzzyTerms) throw new UserError(`q: at most ${L.fuzzyTerms} fuzzy (~) words (got ${fuzzy})`);
  if (prefix > L.prefixTerms) throw new UserError(`q: at most ${L.prefixTerms} wildcard (*) words (got ${prefix})`);
}

const escapeWord = (w: string) => w.replace(/[\\"|+()*~-]/g, '\\$&');
const quote = (s: string) => `"${s.replace(/["\\]/g, ' ')}"`;

function renderToken(t: QueryToken, reduce: (words: string) => string): string {
  switch (t.kind) {
    case 'space':
      return ' ';
    case 'op':
      return t.op;
    case 'phrase':
      return quote(reduce(t.text)) + (t.slop !== undefined ? `~${t.slop}` : '');
    case 'term': {
      const words = reduce(t.text).split(/\s+/).filter(Boolean);
      // a term that is only punctuation reduces to nothing; its operators then stand alone, which the parser skips
      if (words.length !== 1) return words.length ? quote(words.join(' ')) : '';
      return escapeWord(words[0]!) + (t.prefix ? '*' : '') + (t.fuzzy !== undefined ? `~${t.fuzzy}` : '');
    }
  }
}

/** q with each word reduced by `reduce` (the lemmatiser) and every operator, quote and negation kept. */
export function mapQueryWords(q: string, reduce: (words: string) => string): string {
  return tokenizeQuery(q)
    .map((t) => renderToken(t, reduce))
    .join('')
    .trim();
}

/**
 * The terms and phrases negated at the top level of q (`-word`, `-"a phrase"`), as query strings of their own,
 * when q has no top-level `|` (under an OR a negation is not an exclusion). Applying these as must_not makes
 * the exclusion hold over every field, whichever clause matched.
 */
export function topLevelNegations(q: string): string[] {
  const tokens = tokenizeQuery(q);
  let depth = 0;
  const out: string[] = [];
  let nots = 0;
  for (const t of tokens) {
    if (t.kind === 'op' && t.op === '(') depth++;
    else if (t.kind === 'op' && t.op === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || (t.kind === 'op' && t.op === ')')) {
      nots = 0;
      continue;
    }
    if (t.kind === 'op' && t.op === '|') return [];
    if (t.kind === 'op' && t.op === '-') {
      nots++;
      continue;
    }
    if ((t.kind === 'term' || t.kind === 'phrase') && nots % 2 === 1 && t.text.trim())
      out.push(renderToken(t, (w) => w));
    if (t.kind !== 'op') nots = 0;
  }
  return out;
}
