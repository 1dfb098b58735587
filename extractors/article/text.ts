// Writes the chosen container(s) out as paragraphs separated by blank lines, leaving behind what reads like
// furniture even inside the story: link lists (related stories), link-only lines, "Advertisement"-style lines,
// and headings that only repeat the title.
import { FURNITURE_LINES } from './data/boilerplate.js';
import { isElement, type AnyNode, type Element } from './dom.js';
import { BLOCK_TAGS, linkDensity, type Stats } from './measure.js';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

interface Block {
  text: string;
  linkChars: number;
  chars: number;
  heading: boolean;
}

/** Link-heavy lists and boxes inside the story are related-story lists, tag clouds, share bars. */
function isLinkBox(el: Element, s: Stats | undefined): boolean {
  if (!s || s.chars === 0) return false;
  const ld = linkDensity(s);
  if (el.name === 'ul' || el.name === 'ol' || el.name === 'dl') return ld > 0.5;
  if (el.name === 'div' || el.name === 'section' || el.name === 'table' || el.name === 'header')
    return ld > 0.5 && s.chars < 2000;
  return false;
}

export function writeText(roots: Element[], stats: Map<Element, Stats>, title: string | null): string {
  const blocks: Block[] = [];
  let cur: string[] = [],
    curLinks = 0,
    curHeading = false;
  const flush = () => {
    const text = cur
      .join('')
      .replace(/[ \t\r\f\v\u00a0\u200b]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{2,}/g, '\n')
      .trim();
    if (text) blocks.push({ text, linkChars: curLinks, chars: text.replace(/\s/g, '').length, heading: curHeading });
    cur = [];
    curLinks = 0;
    curHeading = false;
  };
  const visit = (n: AnyNode, inLink: boolean) => {
    if (n.type === 'text') {
      const data = (n as unknown as { data: string }).data.replace(/\s+/g, ' ');
      cur.push(data);
      if (inLink) curLinks += data.replace(/\s/g, '').length;
      return;
    }
    if (!isElement(n)) return;
    if (n.name === 'br') {
      cur.push('\n');
      return;
    }
    const block = BLOCK_TAGS.has(n.name);
    if (block) {
      if (isLinkBox(n, stats.get(n))) return;
      flush();
      if (HEADINGS.has(n.name)) curHeading = true;
    }
    for (const c of n.children) visit(c, inLink || n.name === 'a');
    if (block) flush();
  };
  for (const r of roots) {
    visit(r, false);
    flush();
  }
  const titleKey = title ? key(title) : '';
  const kept = blocks.filter((b) => keep(b, titleKey));
  // A heading with nothing after it introduced something that was left out (comments, a related list).
  while (kept.length > 1 && kept[kept.length - 1]!.heading) kept.pop();
  return kept.map((b) => b.text).join('\n\n');
}

function key(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function keep(b: Block, titleKey: string): boolean {
  if (b.chars === 0) return false;
  if (b.chars < 120 && FURNITURE_LINES.test(b.text)) return false;
  if (b.linkChars / b.chars > 0.6) return false;
  if (b.heading && titleKey && key(b.text) === titleKey) return false;
  return true;
}
