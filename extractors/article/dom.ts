// The one parse of a page (htmlparser2 → domhandler, no jsdom) and the few tree helpers the article stage uses.
// Every walk is bounded in depth: hostile pages nest 200,000 elements deep, and recursion must not overflow.
import { DomHandler, Parser } from 'htmlparser2';
import type { AnyNode, Document, Element, ParentNode } from 'domhandler';

export type { AnyNode, Document, Element, ParentNode };

/** Elements nested deeper than this are cut off: no real article is, and walks stay shallow. */
export const MAX_DEPTH = 200;

export function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

/** Open elements at which parsing stops: htmlparser2's stack costs O(depth) per tag, so 200,000 unclosed
 * <div>s would take minutes. What was read before that point is kept. */
const MAX_PARSE_DEPTH = 1500;
class TooDeep extends Error {}

/** Parses and prunes what is nested deeper than MAX_DEPTH (iteratively, so deep input cannot overflow). */
export function parsePage(html: string): Document {
  const handler = new DomHandler();
  let depth = 0;
  const open = handler.onopentag.bind(handler),
    close = handler.onclosetag.bind(handler);
  handler.onopentag = (name, attribs) => {
    if (++depth > MAX_PARSE_DEPTH) throw new TooDeep();
    open(name, attribs);
  };
  handler.onclosetag = () => {
    depth--;
    close();
  };
  try {
    new Parser(handler, { decodeEntities: true }).end(html);
  } catch (err) {
    if (!(err instanceof TooDeep)) throw err;
  }
  const doc = handler.root;
  const stack: [ParentNode, number][] = [[doc, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth >= MAX_DEPTH) {
      node.children = [];
      continue;
    }
    for (const c of node.children) if (isElement(c)) stack.push([c, depth + 1]);
  }
  return doc;
}

/** All elements under root in document order (root excluded), optionally with a pruning predicate. */
export function elements(root: ParentNode, skip?: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const visit = (n: ParentNode) => {
    for (const c of n.children) {
      if (!isElement(c)) continue;
      if (skip?.(c)) continue;
      out.push(c);
      visit(c);
    }
  };
  visit(root);
  return out;
}

/** Raw text content (entities already decoded), whitespace collapsed. */
export function textOf(node: AnyNode): string {
  const parts: string[] = [];
  const visit = (n: AnyNode) => {
    if (n.type === 'text') parts.push((n as unknown as { data: string }).data);
    else if (n.type === 'tag' || n.type === 'root') for (const c of (n as ParentNode).children) visit(c);
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'figure',
  'figcaption',
  'tr',
  'ul',
  'ol',
  'aside',
  'footer',
]);

/** The text of a node with its blocks on lines of their own: a teaser or caption stays one line. */
export function linesOf(node: AnyNode): string {
  const parts: string[] = [];
  const visit = (n: AnyNode) => {
    if (n.type === 'text') parts.push((n as unknown as { data: string }).data.replace(/\s+/g, ' '));
    else if (n.type === 'tag' || n.type === 'root') {
      const block = n.type === 'tag' && BLOCKS.has((n as Element).name);
      if (block) parts.push('\n');
      for (const c of (n as ParentNode).children) visit(c);
      if (block) parts.push('\n');
    }
  };
  visit(node);
  return parts
    .join('')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

export function remove(n: AnyNode): void {
  const p = n.parent;
  if (!p) return;
  const i = p.children.indexOf(n as never);
  if (i >= 0) p.children.splice(i, 1);
  n.parent = null;
}
