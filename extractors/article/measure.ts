// Text statistics of every element, computed once bottom-up: characters, characters inside links, and the
// "inline" characters that belong to the element itself rather than to block-level children.
import { isElement, type AnyNode, type Element, type ParentNode } from './dom.js';

export const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'figure',
  'form',
  'fieldset',
  'hr',
  'br',
  'address',
  'center',
  'details',
  'summary',
  'body',
  'html',
  'caption',
  'hgroup',
]);

export interface Stats {
  chars: number;
  linkChars: number;
  inlineChars: number;
  commas: number;
}

const COMMAS = /[,，、،]/g;

export function measure(root: ParentNode): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  const visit = (el: Element, inLink: boolean): Stats => {
    const s: Stats = { chars: 0, linkChars: 0, inlineChars: 0, commas: 0 };
    const link = inLink || el.name === 'a';
    for (const c of el.children as AnyNode[]) {
      if (c.type === 'text') {
        const data = (c as unknown as { data: string }).data;
        const n = data.length - countSpaces(data);
        s.chars += n;
        s.inlineChars += n;
        if (link) s.linkChars += n;
        s.commas += data.match(COMMAS)?.length ?? 0;
      } else if (isElement(c)) {
        const k = visit(c, link);
        s.chars += k.chars;
        s.linkChars += k.linkChars;
        if (!BLOCK_TAGS.has(c.name)) {
          s.inlineChars += k.inlineChars;
          s.commas += k.commas;
        }
      }
    }
    stats.set(el, s);
    return s;
  };
  for (const c of root.children) if (isElement(c)) visit(c, false);
  return stats;
}

function countSpaces(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) n++;
  }
  return n;
}

export function linkDensity(s: Stats | undefined): number {
  return s?.chars ? s.linkChars / s.chars : 0;
}
