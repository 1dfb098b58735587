// Finds the element that holds the story: every paragraph votes for its parent and, less, for its grandparents
// (longer, comma-rich paragraphs vote more); votes are discounted by link density and shifted by whether the
// class names look like a body or like furniture. Siblings of the winner that read like more of the same story
// join it (stories split across several containers, e.g. around an ad slot).
import { classWords, verdict } from './boilerplate.js';
import { isElement, type Element, type ParentNode } from './dom.js';
import { linkDensity, type Stats } from './measure.js';

const PARAGRAPHS = new Set(['p', 'pre', 'td', 'blockquote', 'li', 'dd']);
const TEXT_HOLDERS = new Set(['div', 'section', 'article', 'span', 'font', 'main', 'center', 'td']);
const MIN_PARAGRAPH = 25;

function baseScore(el: Element): number {
  let s = 0;
  switch (el.name) {
    case 'div':
    case 'article':
    case 'main':
      s = 5;
      break;
    case 'section':
    case 'pre':
    case 'td':
    case 'blockquote':
      s = 3;
      break;
    case 'ul':
    case 'ol':
    case 'dl':
    case 'li':
    case 'form':
    case 'address':
      s = -3;
      break;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      s = -5;
      break;
  }
  const v = verdict(el);
  if (v === 'body' || v === 'content') s += 25;
  else if (v === 'furniture' || v === 'comments') s -= 25;
  return s;
}

export function selectContent(body: ParentNode, stats: Map<Element, Stats>): Element[] {
  const scores = new Map<Element, number>();
  // A paragraph votes for its container; a div that holds text directly (<br>-separated text) is its own container.
  const vote = (el: Element, points: number) => {
    let anc = (PARAGRAPHS.has(el.name) ? el.parent : el) as Element | null;
    for (let level = 0; anc && anc.type === 'tag' && level < 4; level++, anc = anc.parent as Element | null) {
      if (!scores.has(anc)) scores.set(anc, baseScore(anc));
      scores.set(anc, scores.get(anc)! + points / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  };
  const visit = (node: ParentNode) => {
    for (const c of node.children) {
      if (!isElement(c)) continue;
      const s = stats.get(c);
      if (
        s &&
        (PARAGRAPHS.has(c.name) || TEXT_HOLDERS.has(c.name)) &&
        s.inlineChars >= MIN_PARAGRAPH &&
        linkDensity(s) < 0.5
      ) {
        vote(c, 1 + s.commas + Math.min(Math.floor(s.inlineChars / 100), 3));
      }
      visit(c);
    }
  };
  visit(body);
  let top: Element | undefined,
    best = -Infinity;
  const final = new Map<Element, number>();
  for (const [el, score] of scores) {
    const f = score * (1 - linkDensity(stats.get(el)));
    final.set(el, f);
    if (f > best) {
      best = f;
      top = el;
    }
  }
  if (!top) return [];
  // A lone child adds nothing: climb to the wrapper, which is what siblings hang from.
  while (top.parent && top.parent.type === 'tag' && top.parent.children.filter(isElement).length === 1)
    top = top.parent as Element;
  const chosen = new Set(withSiblings(top, best, final, stats));
  // Bodies split into chunks around ad rails repeat the body's class on each chunk: take the other chunks too.
  const cls = top.attribs.class?.trim();
  if (cls)
    for (const [el, f] of final)
      if (el.attribs.class?.trim() === cls && f >= Math.max(5, best * 0.05) && !related(el, chosen)) chosen.add(el);
  return chosen.size === 1 ? [...chosen] : inDocumentOrder(body, chosen);
}

function related(el: Element, set: Set<Element>): boolean {
  for (let a: ParentNode | null = el; a; a = a.parent) if (set.has(a as Element)) return true;
  for (const other of set) for (let a: ParentNode | null = other.parent; a; a = a.parent) if (a === el) return true;
  return false;
}

function inDocumentOrder(root: ParentNode, set: Set<Element>): Element[] {
  const out: Element[] = [];
  const visit = (n: ParentNode) => {
    for (const c of n.children)
      if (isElement(c)) {
        if (set.has(c)) out.push(c);
        else visit(c);
      }
  };
  visit(root);
  return out;
}

function withSiblings(top: Element, best: number, final: Map<Element, number>, stats: Map<Element, Stats>): Element[] {
  const parent = top.parent;
  if (parent?.type !== 'tag') return [top];
  const threshold = Math.max(10, best * 0.2);
  const topClass = classWords(top)
    .map((w) => w[0])
    .join(' ');
  const out: Element[] = [];
  for (const sib of parent.children) {
    if (!isElement(sib)) continue;
    if (sib === top) {
      out.push(sib);
      continue;
    }
    let score = final.get(sib) ?? 0;
    if (
      topClass &&
      classWords(sib)
        .map((w) => w[0])
        .join(' ') === topClass
    )
      score += best * 0.2;
    const s = stats.get(sib);
    const ld = linkDensity(s);
    if (score >= threshold) out.push(sib);
    else if (s && (sib.name === 'p' || (TEXT_HOLDERS.has(sib.name) && textLike(sib, s)))) {
      if (s.chars > 80 && ld < 0.25) out.push(sib);
      else if (s.chars > 0 && s.chars <= 80 && ld === 0 && /[.!?。]["”’]?\s*$/.test(textTail(sib))) out.push(sib);
    }
  }
  return out;
}

/** A div that reads like one more paragraph: text of its own or in a single <p>, few links. */
function textLike(el: Element, s: Stats): boolean {
  if (s.inlineChars >= s.chars * 0.8) return true;
  const kids = el.children.filter(isElement);
  return kids.length <= 2 && kids.filter((k) => k.name === 'p').length === 1;
}

function textTail(el: Element): string {
  let last = '';
  const visit = (n: ParentNode) => {
    for (const c of n.children) {
      if (c.type === 'text') last = (c as unknown as { data: string }).data.trim() || last;
      else if (isElement(c)) visit(c);
    }
  };
  visit(el);
  return last;
}
