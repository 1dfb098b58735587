// First pass over the parsed page: drops furniture (see boilerplate.ts) before any scoring, so that a comment
// thread or a related-stories rail can never win. A guard keeps any element that holds most of the page's
// paragraph text, so one over-eager class name (e.g. a wrapper called "main-with-sidebar") cannot erase the story.
import { FRAME_TAGS, verdict } from './boilerplate.js';
import { dropSections } from './sections.js';
import { isElement, remove, textOf, type AnyNode, type Document, type Element, type ParentNode } from './dom.js';

/** Inline elements are never removed for their class words: inside a sentence they carry words of it. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'code',
  'em',
  'i',
  'mark',
  'q',
  's',
  'strong',
  'sub',
  'sup',
  'u',
  'dfn',
  'kbd',
  'var',
]);

const PARAGRAPH_TEXT = new Set(['p', 'pre', 'blockquote', 'h2', 'h3', 'h4']);

/** Characters of unlinked text inside paragraph-like elements under node (a cheap measure of "story mass"). */
function paragraphChars(node: ParentNode, inPara = false): number {
  let n = 0;
  for (const c of node.children) {
    if (c.type === 'text') {
      if (inPara) n += (c as unknown as { data: string }).data.trim().length;
    } else if (c.type === 'tag' && (c as Element).name !== 'a')
      n += paragraphChars(c as Element, inPara || PARAGRAPH_TEXT.has((c as Element).name));
  }
  return n;
}

/** Elements that hold something marked as the article body (itemprop=articleBody, class "article-body"…). */
function contentHolders(doc: Document): Set<Element> {
  const holders = new Set<Element>();
  const visit = (node: ParentNode) => {
    for (const c of node.children) {
      if (!isElement(c)) continue;
      if (verdict(c) === 'body')
        for (let a = c.parent; a && a.type !== 'root' && !holders.has(a as Element); a = a.parent)
          holders.add(a as Element);
      visit(c);
    }
  };
  visit(doc);
  return holders;
}

/** A short furniture-named part of a paragraph that the paragraph's own sentence runs on from — a
 * <span class="dateline">MOSCOW —</span> before the lead's first words — is part of the story. A longer part
 * (an image caption inside a <p>) is not. */
function opensSentence(el: Element, para: Element | null): boolean {
  if (!para) return false;
  const own = textOf(el).length;
  return own > 0 && own <= 40 && textOf(para).length - own >= 80;
}

export function cleanPage(doc: Document): void {
  const holders = contentHolders(doc);
  // Comments and processing instructions carry no text; scripts and styles go with DROP_TAGS.
  const total = paragraphChars(doc) || 1;
  const visit = (node: ParentNode, para: Element | null) => {
    for (let i = node.children.length - 1; i >= 0; i--) {
      const c = node.children[i]! as AnyNode;
      if (c.type === 'comment' || c.type === 'directive' || c.type === 'cdata') {
        remove(c);
        continue;
      }
      if (!isElement(c)) continue;
      const v = verdict(c);
      if (v === 'drop') {
        remove(c);
        continue;
      }
      // Class words alone never remove the page frame, a wrapper of the marked body, or most of the page's text.
      if (v === 'comments' && !FRAME_TAGS.has(c.name)) {
        remove(c);
        continue;
      }
      if (
        v === 'furniture' &&
        !FRAME_TAGS.has(c.name) &&
        !INLINE.has(c.name) &&
        !holders.has(c) &&
        paragraphChars(c) < total * 0.5 &&
        !opensSentence(c, para)
      ) {
        remove(c);
        continue;
      }
      visit(c, para ?? (c.name === 'p' ? c : null));
    }
  };
  visit(doc, null);
  dropSections(doc, total);
}
