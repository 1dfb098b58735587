// Organisations: capitalised runs ending in (or containing) an organisation head word, acronyms used as names,
// and Russian legal-form names (ООО «…»). Businesses are the organisations whose heads are company forms.
import { BUSINESS_HEADS, ORG_HEADS } from '../data/lexicons/names.js';

export interface OrgMention {
  name: string;
  sentence: number;
  business: boolean;
}

const CAP = `(?:[\\p{Lu}][\\p{L}&'’.-]*|of|for|and|the|de|du|des|&)`;
const ORG_RUN = new RegExp(
  `(?:the\\s+)?((?:[\\p{Lu}][\\p{L}&'’.-]*\\s+)(?:${CAP}\\s+){0,5}?(?:${ORG_HEADS})\\b\\.?|(?:${ORG_HEADS})\\s+(?:of|for)\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}'’-]*\\s*){1,4})`,
  'gu',
);
const ACRONYM = /\b([A-Z]{2,6})\b(?!\s+[A-Z][a-z])/g;
const RU_LEGAL = /(?:ООО|ОАО|ЗАО|ПАО|АО|ИП|компани\S*|фирм\S*|предприяти\S*)\s+[«"“]([^»"”]{2,60})[»"”]/gu;
const NOT_ACRONYMS = new Set([
  'TV',
  'US',
  'UK',
  'EU',
  'UN',
  'AM',
  'PM',
  'OK',
  'ID',
  'CEO',
  'MP',
  'MPS',
  'BBC',
  'CNN',
  'AFP',
  'AP',
  'GMT',
  'UTC',
  'USD',
  'WATCH',
]);
const FUNCTION_LEAD =
  /^(?:The|A|An|In|On|At|By|For|From|With|And|But|When|After|Before|According|Officers|Police said)\s+/;

export function findOrganizationsIn(text: string, sentence: number): OrgMention[] {
  const out: OrgMention[] = [];
  for (const m of text.matchAll(ORG_RUN)) {
    let name = m[1]
      .trim()
      .replace(/[.,]$/, (c) => (c === '.' && /(?:Ltd|Inc|Co|Corp)\.$/.test(m[1].trim()) ? '.' : ''));
    while (FUNCTION_LEAD.test(name)) name = name.replace(FUNCTION_LEAD, '');
    if (name.split(/\s+/).length < 2 && !/^[\p{Lu}]{2,}/u.test(name)) continue;
    out.push({ name, sentence, business: BUSINESS_HEADS.test(name) });
  }
  for (const m of text.matchAll(ACRONYM)) {
    if (!NOT_ACRONYMS.has(m[1]) && !out.some((o) => o.name.includes(m[1])))
      out.push({ name: m[1], sentence, business: false });
  }
  for (const m of text.matchAll(RU_LEGAL))
    out.push({ name: m[0].replace(/^(?:компани\S*|фирм\S*|предприяти\S*)\s+/iu, ''), sentence, business: true });
  return out;
}
