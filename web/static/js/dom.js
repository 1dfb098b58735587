// Building DOM from untrusted data: every string becomes a text node or an attribute value, never HTML.
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Only http(s) links and our own routes; anything else (javascript:, data:) becomes inert. */
export function safeHref(v) {
  const s = String(v ?? '');
  if (s.startsWith('#') || (s.startsWith('/') && !s.startsWith('//'))) return s;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '#';
  } catch {
    return '#';
  }
}

function build(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.setAttribute('class', v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'href') el.setAttribute('href', safeHref(v));
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** h('a', {href}, 'text', child…) */
export const h = (tag, attrs, ...children) => build(document.createElement(tag), attrs, children);
export const s = (tag, attrs, ...children) => build(document.createElementNS(SVG_NS, tag), attrs, children);

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

export const fmtDate = (iso) => (iso ? String(iso).slice(0, 10) : t('undated', 'undated'));

const INDICATORS = {
  abuse_of_vulnerability: 'Abuse of vulnerability',
  deception: 'Deception',
  restriction_of_movement: 'Restriction of movement',
  isolation: 'Isolation',
  physical_and_sexual_violence: 'Physical and sexual violence',
  intimidation_and_threats: 'Intimidation and threats',
  retention_of_identity_documents: 'Retention of identity documents',
  withholding_of_wages: 'Withholding of wages',
  debt_bondage: 'Debt bondage',
  abusive_working_and_living_conditions: 'Abusive working and living conditions',
  excessive_overtime: 'Excessive overtime',
};
export const indicatorLabel = (id) => L.indicators[id] ?? INDICATORS[id] ?? id;

/** fetch JSON; errors come back as {error} from the API and are thrown with that message. */
export async function api(path, init) {
  const r = await fetch(path, { credentials: 'same-origin', ...init });
  if (r.status === 204) return null;
  const body = await r.json().catch(() => ({}));
  if (!r.ok) {
    const e = new Error(body.error ?? `HTTP ${r.status}`);
    e.status = r.status;
    throw e;
  }
  return body;
}

export function message(text, kind = 'info') {
  return h('p', { class: `msg ${kind}` }, text);
}

/**
 * A business sector as people say it, in the UI's language: GET /api/locale carries every sector's label (the
 * server's one table, search/labels.ts, with English where a language has none); the id itself only if that failed.
 */
export const sectorLabel = (id) =>
  L.sectors[id] ??
  String(id ?? '')
    .replace(/_/g, ' ')
    .replace(/^./, (c) => c.toUpperCase());

/** Writes with JSON bodies (the session cookie carries the token). */
export const send = (method, path, body) =>
  api(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/**
 * The UI's language (GET /api/locale: the user's choice, else the browser's Accept-Language): its tag and
 * direction, the language menu, and the UI's words; English until loadLocale() has run.
 */
export const L = {
  lang: 'en',
  tag: 'en',
  dir: 'ltr',
  languages: [],
  ui: {},
  fields: {},
  indicators: {},
  sectors: {},
  review: {},
};
let regions = null;
let pluralRules = null;
export async function loadLocale() {
  try {
    Object.assign(L, await api('/api/locale'));
  } catch {
    /* English */
  }
  document.documentElement.lang = L.tag;
  document.documentElement.dir = L.dir;
  regions = null;
  pluralRules = null;
  return L;
}
/** Items as one list in the UI's language ("a, b y c", "a، b و c"). */
export const listOf = (items) => {
  try {
    return new Intl.ListFormat(L.tag, { style: 'long', type: 'conjunction' }).format(items.map(String));
  } catch {
    return items.join(', ');
  }
};
/** One of the UI's words in its language ({name} slots filled), or the English given. */
export const t = (key, english, slots = {}) =>
  String(L.ui[key] ?? english).replace(/\{(\w+)\}/g, (m, k) => slots[k] ?? m);

/** A number in the UI's language's digits and grouping. */
export const num = (n) => {
  try {
    return new Intl.NumberFormat(L.tag).format(n);
  } catch {
    return String(n);
  }
};
/**
 * A count with its words, in the form the UI's language uses for that number. A table's value lists the forms by
 * CLDR plural category, "one:{n} incident|other:{n} incidents" (Russian adds few and many, Arabic zero, two, few
 * and many); {n} is the count in the language's digits unless a slot gives it (a range: "15–17").
 */
export const tn = (key, n, english, slots = {}) => {
  const forms = new Map(
    String(L.ui[key] ?? english)
      .split('|')
      .map((f) => {
        const at = f.indexOf(':');
        return [f.slice(0, at), f.slice(at + 1)];
      }),
  );
  let category = 'other';
  try {
    pluralRules ??= new Intl.PluralRules(L.tag);
    category = pluralRules.select(Number(n));
  } catch {
    /* other */
  }
  const form = forms.get(category) ?? forms.get('other') ?? [...forms.values()].at(-1) ?? '';
  return form.replace(/\{(\w+)\}/g, (m, k) => (k === 'n' ? (slots.n ?? num(n)) : (slots[k] ?? m)));
};

const REVIEW_EN = {
  unreviewed: 'not reviewed',
  verified: 'verified',
  rejected: 'rejected',
  needs_review: 'needs review',
};
/** An incident's review state in the UI's language (the locale's review table; English keeps its lower case). */
export const reviewLabel = (id) => (L.lang !== 'en' && L.review[id]) || REVIEW_EN[id] || String(id ?? '');
/** An incident's status: new, or updated by a later report. */
export const statusLabel = (status) =>
  status === 'new' ? t('statusNew', 'new') : status === 'updated' ? t('statusUpdated', 'updated') : status;
/** A fact's field (date, place, victims.count…) as the UI's language names it. */
export const fieldName = (field) => L.fields[field] ?? field;
/** The user's choice of language: a cookie the server reads (lw_lang), then the page is drawn again in it. */
export function chooseLanguage(code) {
  // biome-ignore lint/suspicious/noDocumentCookie: a plain preference the server reads; no secret, no Cookie Store API in every browser
  document.cookie = `lw_lang=${encodeURIComponent(code)}; path=/; max-age=31536000; SameSite=Lax`;
  location.reload();
}

/** Country and nationality codes as names in the UI's language (the browser knows them: Intl.DisplayNames). */
export const countryName = (cc) => {
  try {
    regions ??= new Intl.DisplayNames([L.tag, 'en'], { type: 'region' });
    return regions.of(String(cc)) ?? cc;
  } catch {
    return cc;
  }
};
/** An outlet id as words ("fergana-news" → "Fergana News") where the server gave no name. */
export const outletName = (id) =>
  String(id ?? t('unknownOutlet', 'unknown outlet'))
    .replace(/[-_]+/g, ' ')
    .replace(/\b\p{L}/gu, (c) => c.toUpperCase());
