// The UI's language: which one a request gets (the user's setting, else Accept-Language, else English), and the
// names and formats of the facts in it. Country and language names, dates and numbers come from CLDR through
// Node's Intl (DisplayNames, DateTimeFormat, NumberFormat); the labels of our own vocabularies (ILO indicators,
// review states, field names, the incident page's words) from one table per language in ./locales/<lang>.json,
// falling back to English (search/labels.ts and locales/en.json). Pure apart from reading those tables once.
import { readFileSync } from 'node:fs';
import { fromRoot } from '../../lib/paths.js';
import { INDICATOR_LABELS, REVIEW_LABELS, SECTOR_LABELS } from '../../search/index.js';

/** The UI's languages (issue 11): English, Russian and the languages the analysis reads. */
export const UI_LANGUAGES = ['en', 'ru', 'es', 'pt', 'fr', 'de', 'it', 'id', 'ms', 'zh', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** A negotiated locale: the table's language, the full tag for Intl (pt-BR keeps Brazil's formats), the direction. */
export interface UiLocale {
  lang: UiLanguage;
  tag: string;
  dir: 'ltr' | 'rtl';
}

/** The name of the cookie that holds the user's choice (set by the UI's language menu). */
export const LANG_COOKIE = 'lw_lang';

interface Table {
  indicators?: Record<string, string>;
  sectors?: Record<string, string>;
  review?: Record<string, string>;
  fields?: Record<string, string>;
  ui?: Record<string, string>;
}
const tables = new Map<UiLanguage, Table>();
function table(lang: UiLanguage): Table {
  let t = tables.get(lang);
  if (!t) {
    try {
      t = JSON.parse(readFileSync(fromRoot('web', 'i18n', 'locales', `${lang}.json`), 'utf8')) as Table;
    } catch {
      t = {};
    }
    tables.set(lang, t);
  }
  return t;
}

const isUiLanguage = (x: string): x is UiLanguage => (UI_LANGUAGES as readonly string[]).includes(x);
const RTL_SCRIPTS = new Set(['ar', 'fa', 'he', 'ur', 'yi', 'ps', 'dv', 'ckb', 'sd', 'ug']);

/** Right-to-left for Arabic (and other RTL languages, should the list grow): CLDR's text info where Node has it. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  try {
    const loc = new Intl.Locale(tag) as Intl.Locale & {
      textInfo?: { direction?: string };
      getTextInfo?: () => { direction?: string };
    };
    const dir = loc.getTextInfo?.().direction ?? loc.textInfo?.direction;
    if (dir === 'rtl' || dir === 'ltr') return dir;
  } catch {
    /* a bad tag: by the language below */
  }
  return RTL_SCRIPTS.has(tag.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

/** A language tag as one of ours, with its canonical spelling for Intl (null when it is none of ours or malformed). */
export function asUiLocale(tag: string | null | undefined): UiLocale | null {
  const raw = String(tag ?? '').trim();
  if (!raw || raw.length > 35 || raw === '*') return null;
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(raw.replace(/_/g, '-'))[0]!;
  } catch {
    return null;
  }
  const lang = canonical.split('-')[0]!.toLowerCase();
  if (!isUiLanguage(lang)) return null;
  return { lang, tag: canonical, dir: directionOf(canonical) };
}

/** Accept-Language as tags, best first (RFC 9110 §12.5.4: q-values, q=0 means "not this"). */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  return String(header ?? '')
    .slice(0, 1000)
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim().match(/^q=([0-9.]+)$/i)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.tag && Number.isFinite(x.q) && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((x) => x.tag);
}

export const DEFAULT_LOCALE: UiLocale = { lang: 'en', tag: 'en', dir: 'ltr' };

/**
 * The locale of a request: the user's explicit choice (a `lang` parameter or the lw_lang cookie, the UI's
 * language menu), else the first of Accept-Language's languages that the UI speaks, else English.
 */
export function negotiateLocale(opts: { setting?: string | null; acceptLanguage?: string | null }): UiLocale {
  const chosen = asUiLocale(opts.setting);
  if (chosen) return chosen;
  for (const tag of parseAcceptLanguage(opts.acceptLanguage)) {
    const l = asUiLocale(tag);
    if (l) return l;
  }
  return DEFAULT_LOCALE;
}

/** The value of one cookie in a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

// ---- names and labels

const displayNames = new Map<string, Intl.DisplayNames | null>();
function names(tag: string, type: 'region' | 'language'): Intl.DisplayNames | null {
  const key = `${type}:${tag}`;
  if (!displayNames.has(key)) {
    let dn: Intl.DisplayNames | null = null;
    try {
      dn = new Intl.DisplayNames([tag, 'en'], { type, fallback: 'none' });
    } catch {
      dn = null;
    }
    displayNames.set(key, dn);
  }
  return displayNames.get(key)!;
}

/** A country (ISO 3166-1 alpha-2) in the UI's language, from CLDR; the code itself when CLDR does not know it. */
export function countryLabel(code: string, loc: UiLocale): string {
  const cc = String(code ?? '').toUpperCase();
  if (!/^[A-Z]{2}$/.test(cc)) return String(code ?? '');
  try {
    return names(loc.tag, 'region')?.of(cc) ?? cc;
  } catch {
    return cc;
  }
}

/** A language (ISO 639-1, or any BCP 47 tag) in the UI's language, from CLDR. */
export function languageLabel(code: string, loc: UiLocale): string {
  const c = String(code ?? '');
  try {
    return names(loc.tag, 'language')?.of(c) ?? c;
  } catch {
    return c;
  }
}

/** A language named in itself ("español", "العربية"): for the language menu. */
export function autonym(lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

function fromTable(kind: keyof Table, id: string, loc: UiLocale, english: Record<string, string>): string {
  return table(loc.lang)[kind]?.[id] ?? english[id] ?? table('en')[kind]?.[id] ?? id;
}

export const indicatorLabel = (id: string, loc: UiLocale) => fromTable('indicators', id, loc, INDICATOR_LABELS);
export const reviewLabel = (id: string, loc: UiLocale) => fromTable('review', id, loc, REVIEW_LABELS);
export const fieldLabel = (id: string, loc: UiLocale) => fromTable('fields', id, loc, {});

/** One of the UI's words, with `{name}` slots filled. */
export function uiText(key: string, loc: UiLocale, slots: Record<string, string> = {}): string {
  const text = fromTable('ui', key, loc, {});
  return text.replace(/\{(\w+)\}/g, (m, k: string) => slots[k] ?? m);
}

/** Every word of the UI in one language (English where the table has none), for the browser. */
export function uiTexts(loc: UiLocale): {
  ui: Record<string, string>;
  fields: Record<string, string>;
  indicators: Record<string, string>;
  sectors: Record<string, string>;
  review: Record<string, string>;
} {
  const all = (kind: keyof Table, english: Record<string, string>) =>
    Object.fromEntries(
      Object.keys({ ...english, ...table('en')[kind] }).map((k) => [k, fromTable(kind, k, loc, english)]),
    );
  return {
    ui: all('ui', {}),
    fields: all('fields', {}),
    indicators: all('indicators', INDICATOR_LABELS),
    sectors: all('sectors', SECTOR_LABELS),
    review: all('review', REVIEW_LABELS),
  };
}

// ---- formats

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** A date (YYYY-MM-DD or a full ISO time) as the UI's language writes a day: "17 de noviembre de 2026". */
export function formatDate(iso: string | null | undefined, loc: UiLocale): string | null {
  const m = ISO_DAY.exec(String(iso ?? ''));
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime())) return null;
  return new Intl.DateTimeFormat(loc.tag, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** Two days as one range in the UI's language ("2–5 de marzo de 2024"); one day when both are the same. */
export function formatDateRange(
  from: string | null | undefined,
  to: string | null | undefined,
  loc: UiLocale,
): string | null {
  const a = ISO_DAY.exec(String(from ?? ''));
  const b = ISO_DAY.exec(String(to ?? ''));
  if (!a || !b) return formatDate(from ?? to, loc);
  const day = (m: RegExpExecArray) => new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const [x, y] = [day(a), day(b)].sort((p, q) => p.getTime() - q.getTime());
  const f = new Intl.DateTimeFormat(loc.tag, { dateStyle: 'long', timeZone: 'UTC' });
  return x!.getTime() === y!.getTime() ? f.format(x) : f.formatRange(x!, y!);
}

/** A count in the UI's language's digits and grouping. */
export function formatCount(n: number | null | undefined, loc: UiLocale): string | null {
  return typeof n === 'number' && Number.isFinite(n)
    ? new Intl.NumberFormat(loc.tag, { maximumFractionDigits: 0 }).format(n)
    : null;
}

/** What the UI needs to speak a locale: its tag, direction, the language menu and every word. */
export function localeBundle(loc: UiLocale) {
  return {
    lang: loc.lang,
    tag: loc.tag,
    dir: loc.dir,
    name: autonym(loc.lang),
    languages: UI_LANGUAGES.map((code) => ({ code, name: autonym(code), dir: directionOf(code) })),
    ...uiTexts(loc),
  };
}
