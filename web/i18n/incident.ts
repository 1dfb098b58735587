// The facts of one incident in the UI's language, beside its evidence in the reports' own languages (issue 11):
// a reader of none of the articles' languages still reads the country, the place, the date, the count, the
// victims' nationalities and the ILO indicators — and sees which language each quoted sentence is in. Pure:
// the incident page's content (search/detail.ts) and a locale in, the `display` block of the API answer out.
import {
  countryLabel,
  fieldLabel,
  formatCount,
  formatDate,
  formatDateRange,
  indicatorLabel,
  languageLabel,
  reviewLabel,
  uiText,
  type UiLocale,
} from './locale.js';

/** The parts of the incident page's content (search/detail.ts incidentDetail) that are shown as facts. */
export interface DetailForDisplay {
  date: string | null;
  firstSeenAt?: string | null;
  lastSeenAt?: string | null;
  places: { name: string; canonical?: string | null; country: string | null }[];
  countries: string[];
  victims: { count: number | null; minors: number | null; nationalities: string[] };
  victimsRange?: { min: number; max: number } | null;
  indicators: { id: string }[];
  review?: string;
  facts: { field: string; values: { value: string; articleIds: string[] }[]; disputed: boolean }[];
  evidence: { indicator: string; articleId: string | null }[];
  sourceArticles: { id: string; language: string | null; publishedAt: string | null }[];
}

export interface Named {
  code: string;
  name: string;
}
/** A language as the page marks it: the tag for the lang attribute and its name in the UI's language. */
export interface LanguageMark {
  lang: string | null;
  name: string | null;
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];
const country = (code: string, loc: UiLocale): Named => ({ code, name: countryLabel(code, loc) });
const language = (code: string | null | undefined, loc: UiLocale): LanguageMark =>
  code ? { lang: code, name: languageLabel(code, loc) } : { lang: null, name: null };

/** One fact's value as the UI's language says it (names as written stay as written). */
export function factValueText(field: string, value: string, loc: UiLocale): string {
  if (field === 'date') return formatDate(value, loc) ?? value;
  if (field === 'victims.count' || field === 'victims.minors') return formatCount(Number(value), loc) ?? value;
  if (field === 'nationality') return countryLabel(value, loc);
  if (field === 'indicator') return indicatorLabel(value, loc);
  return value;
}

export function incidentDisplay(d: DetailForDisplay, loc: UiLocale) {
  const langOf = new Map(d.sourceArticles.map((a) => [a.id, a.language]));
  const languages = uniq(d.sourceArticles.map((a) => a.language).filter((x): x is string => !!x));
  const v = d.victims;
  const range =
    d.victimsRange && d.victimsRange.min !== d.victimsRange.max
      ? `${formatCount(d.victimsRange.min, loc)}–${formatCount(d.victimsRange.max, loc)}`
      : null;
  return {
    locale: { lang: loc.lang, tag: loc.tag, dir: loc.dir, name: languageLabel(loc.lang, loc) },
    /** "Facts in Spanish; evidence quoted in the language of each report." */
    note: uiText('factsNote', loc, { language: languageLabel(loc.lang, loc) }),
    date: formatDate(d.date, loc),
    seen: formatDateRange(d.firstSeenAt, d.lastSeenAt, loc),
    review: d.review ? reviewLabel(d.review, loc) : null,
    victims: { count: formatCount(v.count, loc), range, minors: formatCount(v.minors, loc) },
    nationalities: v.nationalities.map((c) => country(c, loc)),
    countries: d.countries.map((c) => country(c, loc)),
    /** Each place by its canonical (GeoNames) name, the form the report wrote when that differs, and its country. */
    places: d.places.map((p) => {
      const name = p.canonical || p.name;
      return { name, written: p.name !== name ? p.name : null, country: p.country ? country(p.country, loc) : null };
    }),
    indicators: uniq(d.indicators.map((i) => i.id)).map((id) => ({ id, label: indicatorLabel(id, loc) })),
    facts: d.facts.map((f) => ({
      field: f.field,
      label: fieldLabel(f.field, loc),
      disputed: f.disputed,
      values: f.values.map((x) => ({ value: x.value, text: factValueText(f.field, x.value, loc) })),
    })),
    /** Per evidence sentence (same order as `evidence`): its indicator in the UI's language and the report's language. */
    evidence: d.evidence.map((e) => {
      const lang = (e.articleId ? langOf.get(e.articleId) : null) ?? (languages.length === 1 ? languages[0]! : null);
      const mark = language(lang, loc);
      return {
        indicator: e.indicator,
        label: indicatorLabel(e.indicator, loc),
        ...mark,
        originalIn: mark.name ? uiText('originalIn', loc, { language: mark.name }) : null,
      };
    }),
    /** Per source article (same order as `sourceArticles`): its language and publication day. */
    sources: d.sourceArticles.map((a) => ({
      id: a.id,
      ...language(a.language, loc),
      publishedAt: formatDate(a.publishedAt, loc),
    })),
  };
}
