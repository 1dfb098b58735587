// Reads what the page says about itself: <meta> tags, <link rel>, <title>, <html lang> and JSON-LD objects,
// collected in one walk so that later stages (title, byline, date, language) only look things up.
import { elements, textOf, type Document, type Element } from './dom.js';

export interface PageHead {
  /** meta name/property/itemprop (lower-cased) → contents, in document order. */
  meta: Map<string, string[]>;
  links: Map<string, string[]>;
  title: string | null;
  lang: string | null;
  /** JSON-LD objects, flattened (@graph and arrays unpacked). */
  jsonld: Record<string, unknown>[];
  /** <time> elements and itemprop date elements: [datetime or text, element]. */
  times: { value: string; el: Element }[];
  h1: Element[];
  /** Document order of each element, for "after the headline" tests. */
  order: Map<Element, number>;
  /** Text of the first byline-looking element, before cleaning removes it. */
  bylineText: string | null;
}

export function readHead(doc: Document): PageHead {
  const head: PageHead = {
    meta: new Map(),
    links: new Map(),
    title: null,
    lang: null,
    jsonld: [],
    times: [],
    h1: [],
    order: new Map(),
    bylineText: null,
  };
  const add = (m: Map<string, string[]>, k: string, v: string) => {
    const a = m.get(k);
    if (a) a.push(v);
    else m.set(k, [v]);
  };
  let i = 0;
  for (const el of elements(doc)) {
    const a = el.attribs;
    head.order.set(el, i++);
    if (
      !head.bylineText &&
      (a.rel === 'author' ||
        a.itemprop === 'author' ||
        (a.class !== undefined &&
          /byl|author-name/i.test(a.class) &&
          /\bbyline\b|\bbyline__|author-name|\bbyl\b/i.test(a.class)))
    )
      head.bylineText = textOf(el).slice(0, 200) || null;
    switch (el.name) {
      case 'html':
        head.lang = a.lang ?? a['xml:lang'] ?? null;
        break;
      case 'title':
        head.title ??= textOf(el) || null;
        break;
      case 'meta': {
        const k = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'])?.toLowerCase();
        const v = a.content ?? a.datetime;
        if (k && v) add(head.meta, k, v.trim());
        break;
      }
      case 'link':
        if (a.rel && a.href) for (const r of a.rel.toLowerCase().split(/\s+/)) add(head.links, r, a.href.trim());
        break;
      case 'script':
        if (a.type?.toLowerCase().includes('ld+json'))
          collectJsonLd(el.children.map((c) => (c as unknown as { data?: string }).data ?? '').join(''), head.jsonld);
        break;
      case 'time':
        head.times.push({ value: a.datetime ?? textOf(el), el });
        break;
      case 'h1':
        head.h1.push(el);
        break;
    }
    if (a.itemprop !== undefined && /date(published|created)/i.test(a.itemprop) && el.name !== 'meta')
      head.times.push({ value: a.datetime ?? a.content ?? textOf(el), el });
  }
  return head;
}

function collectJsonLd(src: string, out: Record<string, unknown>[]): void {
  let data: unknown;
  try {
    data = JSON.parse(src.trim().replace(/^<!--|-->$/g, ''));
  } catch {
    return;
  }
  const stack = [data];
  while (stack.length && out.length < 50) {
    const d = stack.pop();
    if (Array.isArray(d)) {
      stack.push(...d.slice().reverse());
      continue;
    }
    if (!d || typeof d !== 'object') continue;
    const o = d as Record<string, unknown>;
    out.push(o);
    if (Array.isArray(o['@graph'])) stack.push(...(o['@graph'] as unknown[]).slice().reverse());
    if (o.mainEntity && typeof o.mainEntity === 'object') stack.push(o.mainEntity);
  }
}

export function firstMeta(head: PageHead, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = head.meta.get(k)?.find((x) => x);
    if (v) return v;
  }
  return undefined;
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|NewsArticle|WebPage|LiveBlogPosting|Posting/;

/** JSON-LD objects that describe the article, best first. */
export function articleObjects(head: PageHead): Record<string, unknown>[] {
  const typed = (o: Record<string, unknown>) => [o['@type']].flat().map(String).join(' ');
  return head.jsonld.filter((o) => ARTICLE_TYPES.test(typed(o))).sort((a, b) => rank(typed(a)) - rank(typed(b)));
}
function rank(t: string): number {
  return /NewsArticle|Article|BlogPosting|Report|Posting/.test(t) ? 0 : 1;
}
