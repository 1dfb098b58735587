// Drops blocks that a heading introduces as furniture — "Related Articles", "Read more", "Читайте также",
// "Comments (12)" — together with their teaser items, wherever they sit, even inside the story's container
// (an embed between paragraphs) where class words and link density alone do not give them away.
import { COMMENT_HEADINGS, RELATED_HEADINGS } from './data/sections.js';
import { isElement, remove, type AnyNode, type Element, type ParentNode } from './dom.js';

const HEADINGS = new Set([...Object.values(RELATED_HEADINGS), ...Object.values(COMMENT_HEADINGS)].flat());
/** Elements that may carry such a heading: real headings, and the bold lines and labels of older layouts. */
const HEADING_LIKE = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'b',
  'strong',
  'p',
  'div',
  'span',
  'dt',
  'legend',
  'header',
  'th',
  'td',
]);
const STOP = new Set(['html', 'body', 'main', 'article']);
/** A teaser block holds at most this many characters of unlinked text besides its heading (titles are links,
 * each standfirst a sentence or two); more than that, and the container is the story. */
const TEASER_TEXT = 500;

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s:：.…»›>→|•·-]+$/u, '')
    .replace(/^[\s«‹<←|•·-]+/u, '')
    .replace(/\s*[([]\d+[)\]]$/, '')
    .replace(/^\d+\s+(?=comments?$)/, '')
    .trim();
}

/** The element's text if it is at most max characters, else null (stops walking early). */
function shortText(el: Element, max: number): string | null {
  let out = '';
  const visit = (n: AnyNode): boolean => {
    if (n.type === 'text') {
      out += (n as unknown as { data: string }).data;
      return out.length <= max * 2;
    }
    if (isElement(n)) for (const c of n.children) if (!visit(c)) return false;
    return true;
  };
  return visit(el) && out.trim().length <= max ? out : null;
}

/** Characters of text outside links under node (a teaser's titles are links; story paragraphs are not). */
function unlinked(node: AnyNode): number {
  if (node.type === 'text') return (node as unknown as { data: string }).data.replace(/\s+/g, '').length;
  if (!isElement(node) || node.name === 'a') return 0;
  let n = 0;
  for (const c of node.children) n += unlinked(c);
  return n;
}

function linked(node: AnyNode): number {
  if (node.type === 'text') return 0;
  if (!isElement(node)) return 0;
  if (node.name === 'a') return (node.children as AnyNode[]).reduce((n, c) => n + textLen(c), 0);
  return node.children.reduce((n, c) => n + linked(c), 0);
}
function textLen(n: AnyNode): number {
  if (n.type === 'text') return (n as unknown as { data: string }).data.replace(/\s+/g, '').length;
  return isElement(n) ? n.children.reduce((k, c) => k + textLen(c), 0) : 0;
}

function isSectionHeading(el: Element): boolean {
  if (!HEADING_LIKE.has(el.name)) return false;
  const t = shortText(el, 45);
  return t !== null && HEADINGS.has(norm(t));
}

/** Removes each furniture heading with the block it introduces; storyChars guards the story's own container. */
export function dropSections(root: ParentNode, storyChars: number): void {
  const found: Element[] = [];
  const visit = (n: ParentNode) => {
    for (const c of n.children) {
      if (!isElement(c)) continue;
      if (isSectionHeading(c)) {
        found.push(c);
        continue;
      }
      visit(c);
    }
  };
  visit(root);
  for (const h of found) {
    if (!h.parent) continue; // already gone with an earlier block
    const own = unlinked(h);
    // Climb to the largest container that is still only this block: its heading and short teasers.
    let block: Element = h;
    for (let p: ParentNode | null = h.parent; p && p.type === 'tag' && !STOP.has((p as Element).name); p = p.parent) {
      const extra = unlinked(p) - own;
      if (extra > TEASER_TEXT || extra > storyChars * 0.3) break;
      // A sibling that reads as a paragraph of its own (no linked title) means p is the story's container.
      if (p.children.some((c) => c !== block && isElement(c) && !teaserItem(c))) break;
      block = p as Element;
    }
    if (block === h) dropFollowing(h);
    remove(block);
  }
}

/** Part of a teaser block: a list, an item with a linked title, a date or label, a line break. */
function teaserItem(el: Element): boolean {
  if (el.name === 'ul' || el.name === 'ol' || el.name === 'dl' || el.name === 'br' || el.name === 'hr') return true;
  return linked(el) >= 15 || unlinked(el) < 40;
}

/** A heading right inside the story's container: its teasers are the following siblings — lists, link-heavy
 * items, and the short standfirst after a linked title — up to the next heading or ordinary paragraph. */
function dropFollowing(h: Element): void {
  const parent = h.parent;
  if (!parent) return;
  const sibs = parent.children.filter(isElement);
  let afterTitle = false;
  for (let i = sibs.indexOf(h) + 1, n = 0; i < sibs.length && n < 8; i++, n++) {
    const s = sibs[i]!;
    if (/^h[1-6]$/.test(s.name) || isSectionHeading(s)) break;
    const text = unlinked(s),
      links = linked(s);
    if (s.name === 'br' || s.name === 'hr') continue;
    const list = s.name === 'ul' || s.name === 'ol' || s.name === 'dl';
    const title = !list && links > 0 && links >= text;
    if (!list && !title && !(afterTitle && text < 300)) break;
    // Only a single linked title is followed by its standfirst; after a list comes the story again.
    afterTitle = title;
    remove(s);
  }
}
