// The incident page's content, from the stored incident and its articles (pure): every fact with the
// articles it came from and whether the reports disagree, the evidence sentences in their paragraph, and each
// source article with outlet, date and link.
import type { ArticleDoc, FactSource, IncidentDoc } from '../lib/types.js';
import { indicatorLabel } from './labels.js';
import { presentIncident } from '../present/index.js';

export interface FactRow {
  field: FactSource['field'];
  values: { value: string; articleIds: string[]; evidence?: string }[];
  disputed: boolean;
}
export interface EvidenceInContext {
  indicator: string;
  label: string;
  sentence: string;
  articleId: string | null;
  before: string;
  after: string;
}

/** Facts that should have one value: more than one means the reports disagree. */
const SINGLE_VALUED = new Set<FactSource['field']>(['date', 'victims.count', 'victims.minors']);
const FIELD_ORDER: FactSource['field'][] = [
  'date',
  'place',
  'victims.count',
  'victims.minors',
  'nationality',
  'business',
  'perpetrator',
  'indicator',
  'summary',
];

export function factRows(provenance: FactSource[] = []): FactRow[] {
  const byField = new Map<FactSource['field'], Map<string, { articleIds: Set<string>; evidence?: string }>>();
  for (const f of provenance) {
    const values = byField.get(f.field) ?? new Map();
    byField.set(f.field, values);
    const v = values.get(f.value) ?? { articleIds: new Set<string>() };
    v.articleIds.add(f.articleId);
    v.evidence ??= f.evidence;
    values.set(f.value, v);
  }
  return FIELD_ORDER.filter((f) => byField.has(f)).map((field) => {
    const values = [...byField.get(field)!].map(([value, v]) => ({
      value,
      articleIds: [...v.articleIds],
      ...(v.evidence ? { evidence: v.evidence } : {}),
    }));
    return { field, values, disputed: SINGLE_VALUED.has(field) && values.length > 1 };
  });
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The paragraph around an evidence sentence, cut to a readable window, with the sentence itself apart. */
export function inContext(
  text: string,
  sentence: string,
  window = 200,
): { before: string; sentence: string; after: string } | null {
  const flat = norm(text);
  const s = norm(sentence);
  if (!s) return null;
  const at = flat.indexOf(s);
  if (at < 0) return null;
  // the window is cut at word boundaries, never mid-word
  let start = Math.max(0, at - window);
  if (start > 0) {
    const sp = flat.indexOf(' ', start);
    start = sp >= 0 && sp < at ? sp + 1 : at;
  }
  let end = Math.min(flat.length, at + s.length + window);
  if (end < flat.length) {
    const sp = flat.lastIndexOf(' ', end);
    end = Math.max(sp, at + s.length);
  }
  return {
    before: (start > 0 ? '… ' : '') + flat.slice(start, at),
    sentence: s,
    after: flat.slice(at + s.length, end) + (end < flat.length ? ' …' : ''),
  };
}

export function evidenceInContext(doc: IncidentDoc, articles: ArticleDoc[]): EvidenceInContext[] {
  const seen = new Set<string>();
  const rows: { indicator: string; evidence: string; articleId?: string }[] = [
    ...(doc.provenance ?? [])
      .filter((f) => f.field === 'indicator' && f.evidence)
      .map((f) => ({ indicator: f.value, evidence: f.evidence!, articleId: f.articleId })),
    ...(doc.indicators ?? []).map((i) => ({ indicator: i.id, evidence: i.evidence })),
  ];
  const out: EvidenceInContext[] = [];
  for (const r of rows) {
    const key = `${r.indicator}\u0000${norm(r.evidence)}`;
    if (seen.has(key) || !r.evidence) continue;
    seen.add(key);
    const candidates = r.articleId ? [articles.find((a) => a.id === r.articleId), ...articles] : articles;
    let hit: EvidenceInContext | null = null;
    for (const a of candidates) {
      const c = a ? inContext(a.text ?? '', r.evidence) : null;
      if (a && c) {
        hit = { indicator: r.indicator, label: indicatorLabel(r.indicator), articleId: a.id, ...c };
        break;
      }
    }
    out.push(
      hit ?? {
        indicator: r.indicator,
        label: indicatorLabel(r.indicator),
        sentence: norm(r.evidence),
        articleId: r.articleId ?? null,
        before: '',
        after: '',
      },
    );
  }
  return out;
}

export function incidentDetail(doc: IncidentDoc, articles: ArticleDoc[]) {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const refs = doc.articles ?? [];
  return {
    ...presentIncident(doc),
    history: doc.history ?? [],
    corrections: doc.corrections ?? {},
    mergedIds: doc.mergedIds ?? [],
    facts: factRows(doc.provenance),
    evidence: evidenceInContext(doc, articles),
    sourceArticles: refs.map((ref) => {
      const a = byId.get(ref.id);
      return {
        id: ref.id,
        url: ref.url ?? a?.url ?? null,
        title: ref.title ?? a?.title ?? null,
        source: ref.source ?? a?.source ?? null,
        publishedAt: ref.publishedAt ?? a?.publishedAt ?? null,
        language: ref.language ?? a?.language ?? null,
        byline: a?.byline ?? null,
        duplicateSources: a?.duplicateSources ?? [],
      };
    }),
  };
}
