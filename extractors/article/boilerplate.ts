// Decides, element by element, what is page furniture (navigation, comments, related lists, share bars,
// consent and newsletter boxes, ads, captions) from tags, ARIA roles, class/id tokens and inline styles.
// The word lists are data, in data/boilerplate.ts.
import {
  AUTHOR_BOX_PARTS,
  CONTENT_PAIRS,
  CONTENT_TOKENS,
  DROP_ROLES,
  LEAD_TOKENS,
  DROP_TAGS,
  FURNITURE_SUBSTRINGS,
  FURNITURE_TOKENS,
} from './data/boilerplate.js';
import type { Element } from './dom.js';

/** drop: furniture by tag, role or hidden-ness; furniture / comments: by class or id words; body: marked as the
 * article body (itemprop, "article-body"); content: a weaker content-ish word ("content", "story"). */
export type Verdict = 'drop' | 'body' | 'content' | 'furniture' | 'comments' | 'neutral';

/** Class and id words, each as its parts (split on punctuation and camelCase) and its joined form. */
export function classWords(el: Element): string[][] {
  const raw = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.trim();
  if (!raw) return [];
  return raw.split(/\s+/).map((w) => {
    // Most class words are lower-case already: skip the camelCase split for them.
    const parts = (/[A-Z]/.test(w) ? w.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : w)
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    return [parts.length === 1 ? parts[0]! : parts.join(''), ...parts];
  });
}

function fromClass(el: Element): Verdict {
  const words = classWords(el);
  if (!words.length) return 'neutral';
  let furniture = false,
    strong = false,
    weak = false,
    comments = false;
  for (const [joined, ...parts] of words) {
    // CMS taxonomy classes ("tag-senate", "category-news", "author-jane") describe the post, not a page part.
    if (
      TAXONOMY_PREFIX.has(parts[0]!) &&
      parts.length > 1 &&
      !(parts[0] === 'author' && AUTHOR_BOX_PARTS.has(parts[1]!))
    )
      continue;
    if (CONTENT_PAIRS.test(parts.join(' '))) strong = true;
    else if (parts.length === 1 && CONTENT_TOKENS.has(joined!) && joined !== 'text') weak = true;
    if (joined!.includes('comment') || parts.includes('disqus') || parts.includes('respond')) comments = true;
    // A lead word ("dateline-first", "lede") makes the same class word story content, whatever else it says.
    if (parts.length > 1 && parts.some((p) => LEAD_TOKENS.has(p))) continue;
    if (parts.some((p) => FURNITURE_TOKENS.has(p)) || FURNITURE_SUBSTRINGS.some((s) => joined!.includes(s)))
      furniture = true;
  }
  if (comments) return 'comments';
  if (strong) return 'body';
  if (furniture) return 'furniture';
  return weak ? 'content' : 'neutral';
}

const TAXONOMY_PREFIX = new Set([
  'tag',
  'category',
  'categories',
  'format',
  'type',
  'status',
  'postid',
  'author',
  'topic',
  'section',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** How an element looks: by tag, role, hidden-ness and class/id words. */
export function verdict(el: Element): Verdict {
  // Cached on the element itself: every element is asked several times, and a property is the cheapest cache.
  const holder = el as Element & { lwVerdict?: Verdict };
  let v = holder.lwVerdict;
  if (v) return v;
  const role = el.attribs.role?.toLowerCase();
  if (
    DROP_TAGS.has(el.name) ||
    (role && DROP_ROLES.has(role)) ||
    el.attribs.hidden !== undefined ||
    HIDDEN_STYLE.test(el.attribs.style ?? '')
  )
    v = 'drop';
  else if (el.attribs.itemprop === 'articleBody' || el.attribs.itemprop === 'reviewBody') v = 'body';
  else if (el.name === 'html' || el.name === 'body') v = 'neutral';
  else v = fromClass(el);
  holder.lwVerdict = v;
  return v;
}

/** Elements that are never dropped on class words alone: the frame of the page and its main regions. */
export const FRAME_TAGS = new Set(['html', 'body', 'main', 'article']);
