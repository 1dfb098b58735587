// Businesses named in an article: names with a legal form ("ShineRite Valeting Ltd", "ООО «Балт-Монтаж»",
// "Agricola Pontina Verde srl"), names ending or starting with a trade word ("Sri Lakshmi Bricks",
// "Fazenda Santa Luzia"), and names set in apposition to a company noun ("Al Noor Gulf Contracting, a building
// contractor"). The workplace itself when unnamed ("a supermarket") is left to incidents.ts.
import { businessesZh } from '../lang/zh/businesses.js';
import { isPlaceName } from './shared.js';
import { exampleNames, listedNames } from './business-lists.js';
import type { BusinessCue, EntityPack } from '../lang/types.js';
import { businessesAr } from '../lang/ar/businesses.js';
import { businessesRu } from '../lang/ru/businesses.js';
import {
  BUSINESS_CUE_THRESHOLD,
  BUSINESS_CUES_EN,
  COMPANY_NOUNS,
  GENERIC_ACRONYMS,
  LEGAL_PREFIXES,
  LEGAL_SUFFIXES,
  LOCALITY_START,
  PUBLIC_BODY,
  PUBLIC_BODY_INTL,
  TRADE_END as TRADE_END_WORDS,
  TRADE_START as TRADE_START_WORDS,
} from '../data/lexicons/businesses.js';

/** A business named in a sentence, with the rule that found it (returned with the fact). */
export interface BusinessMention {
  name: string;
  sentence: number;
  reason?: string;
}

const alt = (xs: string[]) => `(?:${xs.join('|')})`;
const CAPW = `[\\p{Lu}\\d][\\p{L}\\d&'’.+-]*`;
const LINK = `(?:\\s+(?:de la|de las|de los|van der|van den|von der|de|del|du|des|di|da|do|dos|la|le|and|&|of|the|van|von|al|el|y|e|bin))?`;
// Inside a name a word may carry an elided article or preposition ("Les Jardins d'Oc", "Domaine de l'Étang").
const CAPW_IN = `(?:[dl]['’])?${CAPW}`;
const RUN = `${CAPW}(?:${LINK}\\s+${CAPW_IN}){0,5}`;
const LEGAL = alt(LEGAL_SUFFIXES);
// Longest first, so that 'Manpower Agency' wins over 'Manpower'.
const TRADE_END = alt([...TRADE_END_WORDS].sort((a, b) => b.length - a.length));
const TRADE_START = alt(TRADE_START_WORDS);

const LEGAL_RX = new RegExp(`(${RUN}\\s+${LEGAL})(?![\\p{L}])`, 'gu');
const PREFIX_RX = new RegExp(
  `(?<![\\p{L}])((?:${LEGAL_PREFIXES.map((x) => x.replace('/', '\\/')).join('|')})\\s+${CAPW}(?:${LINK}\\s+${CAPW}){0,3})`,
  'gu',
);
const TRADE_END_RX = new RegExp(`(${CAPW}(?:${LINK}\\s+${CAPW}){0,4}\\s+${TRADE_END})(?![\\p{L}])`, 'gu');
const TRADE_START_RX = new RegExp(`(${TRADE_START}(?:${LINK}\\s+${CAPW_IN}){1,4})`, 'gu');
const APPOSITION_RX = new RegExp(
  `(${RUN}),\\s+(?:a|an|the|one of the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${COMPANY_NOUNS.join('|')})s?\\b`,
  'gu',
);
// Vessels named with a hull number ("Hangton No. 112", "Yu Long No 2"), or a name and number right after a vessel
// noun ("the longliner Jin Hong 168", "aboard the Ocean Star 7"): a fishing or cargo vessel is a business of the case.
const VESSEL_NO_RX = /(?<![\p{L}])((?:\p{Lu}[\p{L}'’-]*\s+){1,4}No\.?\s?\d{1,4})(?![\d\p{L}])/gu;
// Vessel and crew nouns of the packs' languages, in either case of the first letter (headlines capitalise them), and
// the flag between noun and name ("kapal ikan China, Lu Qing Yuan Yu 623"): "ABK Long Xing 629" (the crew of), "el pesquero Hai Da 8", "a bordo
// do navio X 12", "le chalutier X 3", "der Kutter X 7", "il peschereccio X 2".
const VESSEL_NOUNS = [
  'vessels?',
  'boats?',
  'ships?',
  'trawlers?',
  'longliners?',
  'seiners?',
  'reefers?',
  'carriers?',
  'aboard',
  'on board',
  'crew of(?: the)?',
  'ABK',
  'awak kapal',
  'kapal(?: ikan| nelayan| penangkap ikan)?',
  'barcos?',
  'buques?',
  'pesqueros?',
  'navío',
  'navios?',
  'pesqueiros?',
  'embarcaç(?:ão|ões)',
  'embarcaci(?:ón|ones)',
  'a bordo del?',
  'a bordo do',
  'tripulantes del?',
  'tripulação do',
  'navires?',
  'chalutiers?',
  'bateaux?',
  'thoniers?',
  'Schiffe?s?',
  'Trawlern?',
  'Kuttern?',
  'pescherecci[oa]?',
  'motopesca',
];
const VESSEL_AFTER_RX = new RegExp(
  `(?<![\\p{L}])(?:${VESSEL_NOUNS.map((n) => `(?:${n}|${n[0]!.toUpperCase()}${n.slice(1)})`).join('|')})\\s+(?:the\\s+|el\\s+|o\\s+|le\\s+|il\\s+|der\\s+|called\\s+(?:the\\s+)?|named\\s+(?:the\\s+)?|\\p{Lu}\\p{Ll}+,\\s+)?((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}(?:No\\.?\\s?)?\\d{1,4})(?![\\d\\p{L}])`,
  'gu',
);

/** A numbered name is a vessel only in a sentence about the sea, and never a numbered document, plot or room. */
const MARITIME =
  /\b(?:vessels?|boats?|ships?|trawlers?|longliners?|seiners?|fishing|fishermen|fishers|crews?|seafood|tuna|squid|catch|flagged|high seas|port)\b/i;
const NOT_VESSEL =
  /\b(?:Case|Article|Section|Rule|Room|Plot|House|Flat|Gate|Ward|Sector|Block|Road|Street|Lane|FIR|Order|Resolution|Law|Act|Bill|Decree|Notification|Circular|Form|Platform|Unit|Shop|Building|Phase|Camp|Line|Route|Bus|Train|Flight|Highway|Number|Model|Vol|Volume|Issue|Pier|Berth|Dock|Terminal|Wharf)\s+No\.?\s?\d/;

// Words that start a capitalised run but are not part of a company name.
const LEAD =
  /^(?:The|A|An|In|At|By|For|From|With|And|But|When|After|Before|According to|Its|Their|His|Her|Manufacturer|Company|Firm|Contractor|Supplier|Agency|Both|Police|Officers|Workers|Copyright|©|\(c\)|All rights reserved|(?:19|20)\d\d)\s+/i;
// Articles and company nouns of other languages glued to the front of a legal-form name ("Das Unternehmen Krause
// Logistik AG", "der Firma Baltic Montage UG"); case-sensitive, so a name's own capitalised word stays.
const LEAD_INTL =
  /^(?:Der|Die|Das|Dem|Den|Des|Firma|Unternehmen|Subunternehmer|Subunternehmen|Empresa|Sociedad|Société|Entreprise|Società|Ditta|Perusahaan|Majikan(?:\s+di)?|\p{Lu}\p{Ll}+(?:dienst|firma|unternehmen|betrieb|fabrik|konzern|händler|lieferant))\s+(?=[\p{Lu}\d])/u;
const BAD =
  /^(?:Ministry|Department|Police|Court|Embassy|University|Council|Commission|Office|Authority|Agency|Government|National|Federal|State|The)\b/;

const PUBLIC_IN_NAME =
  /\b(?:Immigration|Customs|Border|Police|Ministry|Department|Government|Council|Commission|Court|Embassy|Inspectorate|Inspection|Prosecution|Municipal|Child Labou?r|Forced Labou?r|Modern Slavery|Anti-Slavery|Anti-Trafficking|Rights)\b/;
// Charities named for a cause ("Hope for Justice") and care services ("Children's Services") are no firms.
const CHARITY_OR_CARE =
  /\bfor (?:Justice|Freedom|Change|Peace|Children|Migrants|Workers|Human Rights|Women|Survivors|Victims)\b|\b(?:Children['’]s|Social|Health|Care|Support|Victim) Services\b|\bSocial (?:Care|Work)\b/;
const LEGAL_END = new RegExp(`\\s${LEGAL}$`, 'u');
const LIST_AFTER_LEGAL = new RegExp(
  `^.*\\s${LEGAL}\\.?,?\\s+(?:and|&|e|y|et|und|dan)\\s+(?=\\p{Lu})(?!(?:${LEGAL}|Co\\.?|Cie\\.?|Sons)(?![\\p{L}]))`,
  'u',
);
const ARTICLE_AND_FORM = new RegExp(
  `^(?:La|Le|Les|Il|Lo|El|Los|Las|Os|As|Der|Die|Das|Una|Une|Un|Uma|Eine)\\s+${LEGAL}$`,
  'u',
);

// Public bodies written like firms ("the Border Guard, the service that…").
const BAD_END =
  /\b(?:Guard|Police|Army|Navy|Court|Commission|Authority|Inspectorate|Ministry|Prosecutor'?s? Office|Embassy|Consulate)$/;

// A trade word followed by a public body's head is part of that body's name ("Lincolnshire Trading Standards").
const PUBLIC_HEAD_AFTER =
  /^\s+(?:Standards|Authority|Commission|Council|Board|Office|Department|Ministry|Inspectorate|Union|Association|Federation|Institute|Committee|Watch|Forum|Alliance|Network)\b/;

function clean(name: string): string | null {
  let n = name
    .trim()
    .replace(/[,;:]$/, '')
    .replace(/[’']s$/, '');
  while (LEAD.test(n) || LEAD_INTL.test(n)) n = n.replace(LEAD, '').replace(LEAD_INTL, '');
  // A sentence's full stop is not part of the name; an abbreviation's is ("Co.", "Sdn. Bhd.", "S.A.").
  if (
    /\.$/.test(n) &&
    !/(?:\.\p{L}{1,2}\.|\s\p{L}\.|\b(?:Co|Ltd|Inc|Corp|Bros|Lda|Ltda|Bhd|Tbk|Pty|Pvt|Pte)\.)$/u.test(n)
  )
    n = n.slice(0, -1);
  n = n.replace(/^[\p{Lu}][\p{Ll}]+-based\s+/u, '');
  // A run read across a list ("Northfield Packers Ltd and Greenway Produce"): the first firm closed by its legal form
  // is its own mention; this one is what follows the conjunction.
  n = n.replace(LIST_AFTER_LEGAL, '');
  // The town a firm is in is not part of its name ("PT Sinar Jaya di Tangerang", "Confezioni Stella di Prato").
  n = n.replace(/\s+(?:di|de|in|en|em|à)\s+(\p{Lu}[\p{L}\s-]*)$/u, (all, place: string) =>
    isPlaceName(place) ? '' : all,
  );
  if (n.length < 3 || BAD.test(n) || BAD_END.test(n) || !/\s/.test(n)) return null;
  // A count and what is counted ("19 Unternehmen und führten 82 Personenbefragungen") is no name.
  if (/^\d+(?:[.,]\d+)?\s+\p{L}/u.test(n)) return null;
  // "La SARL", "Die GmbH": an article and a legal form are no name.
  if (ARTICLE_AND_FORM.test(n)) return null;
  // A public body named with a trade word ("UK Immigration Services", "Labour Inspection Services").
  if ((PUBLIC_IN_NAME.test(n) || CHARITY_OR_CARE.test(n) || PUBLIC_BODY_INTL.test(n)) && !LEGAL_END.test(n))
    return null;
  return n;
}

/**
 * Businesses named in the headline (sentence index -1): where most words are capitalised ("Police Raid Golden
 * Lotus Nails", "Polisi Tetapkan Tersangka ABK Long Xing 629") a trade word proves nothing, so only names with a
 * legal form, a vessel's number, quotes or a script's own shapes are kept; a headline in sentence case is read
 * like any sentence.
 */
export function findBusinessesInTitle(title: string, pack?: EntityPack): BusinessMention[] {
  const tokens = title.split(/\s+/);
  const titleCase = tokens.filter((t) => /^\p{Lu}/u.test(t)).length > tokens.length * 0.6;
  // A "headline" that is nothing but a firm's name is the site's masthead (the publisher), not news of a case.
  const masthead = (b: BusinessMention) => b.name.length >= title.trim().length * 0.8;
  return findBusinessesIn(title, -1, pack).filter(
    (b) => !masthead(b) && (!titleCase || !/trade word|company noun/.test(b.reason ?? '')),
  );
}

/** Site chrome: a copyright or rights line names the publisher, never a business of the case. */
export const CHROME_LINE = /^(?:Copyright|©|\(c\)|All rights reserved)/i;

// A language's company nouns and trade words (extractors/lang/<code>/entities.ts), compiled once per pack. Nouns
// match in either case of their first letter; the name after them keeps its capitals ('iu' would let \p{Lu} match
// any letter).
// Inside a name opened by a trade word: 'di' and 'de' mostly bring the owner ("la Confezione Shunan di Jia").
// An article after 'de' ("de la", "du", "des") belongs to the name: "SARL Cerseuillat de la Gravelle".
const TRADE_LINK = `(?:\\s+(?:de la|de las|de los|du|des|del|da|do|dos|la|le|and|&|y|e))?`;
// Words between a company noun and a name that show a clause, not an attribute ("la société a embauché Pierre").
const CLAUSE_WORD =
  /^(?:a|ont|est|sont|avait|était|qui|que|dont|ha|hanno|è|era|che|aveva|tem|têm|foi|é|es|fue|han|había|y|et|e|ou|o|per|pour|para|por|avec|con|com|au|aux|à|dans|en|em|no|na|in|nel|nella|sur|su|sobre|contre|contro|contra|le|la|les|il|lo|gli|el|los|las|os|as|un|une|uno|una|um|uma|de|di|da|du|des|del|do|dos|das|della|delle|dei|degli|für|von|mit|der|die|das|den|dem|des|ke|dari|yang|untuk|dan|milik|oleh|tra|fra|presso|entre)$/iu;
// A name in quotes after a company or shop noun, perhaps after a verb of naming: "a restaurant called “Golden
// Dragon”", "el restaurante «El Rincón de Pepe»", "das Nagelstudio „Beauty Nails“", "il ristorante "Il Gabbiano"".
const OPEN_Q = '[«"“„「『]';
const CLOSE_Q = '[»"”“」』]';
const NAMING =
  '(?:called|named|known\\s+as|llamad[oa]|denominad[oa]|conocid[oa]\\s+como|chamad[oa]|nommée?|appelée?|baptisée?|namens|chiamat[oa]|denominat[oa]|bernama|dengan\\s+nama)';
function quotedAfter(nouns: string[]): RegExp {
  return new RegExp(
    `(?<![\\p{L}])${alt(nouns.map(anyCase))}\\s+(?:[\\p{Ll}][\\p{L}'’-]*\\s+){0,2}?(?:${NAMING}\\s+)?${OPEN_Q}\\s*([\\p{Lu}\\d][^»"”“」』]{1,58}?)\\s*${CLOSE_Q}`,
    'gu',
  );
}
/** English shop and workplace nouns before a quoted name, beside COMPANY_NOUNS. */
const QUOTED_NOUNS_EN = ['café', 'cafe', 'bar', 'shop', 'store', 'salon', 'nail bar', 'car wash', 'takeaway', 'bakery'];
let quotedEn: RegExp | null = null;

const PREP_OF = /^(?:de|di|da|do|du|d['’]\p{L}+)$/u;
/**
 * Words between a company noun and the name that tell its trade ("la marca de roupas X", "l'entreprise de nettoyage
 * X", "as marcas de roupas de luxo X e Y"): a preposition of, then up to three words, another "de" among them
 * allowed; a clause word ends it ("a empresa de Pedro foi …").
 */
function tradeAttribute(gap: string[]): boolean {
  if (gap.length < 2 || gap.length > 4 || !PREP_OF.test(gap[0]!) || CLAUSE_WORD.test(gap[gap.length - 1]!))
    return false;
  return gap.slice(1, -1).every((w) => PREP_OF.test(w) || !CLAUSE_WORD.test(w));
}
const anyCase = (src: string) => `(?:${src}|${src[0]!.toUpperCase()}${src.slice(1)})`;
interface PackRules {
  quoted: RegExp | null;
  noun: RegExp | null;
  plural: RegExp | null;
  nounEnd: RegExp | null;
  trade: RegExp | null;
}
const packRules = new WeakMap<EntityPack, PackRules>();
function rulesOf(e: EntityPack): PackRules {
  let r = packRules.get(e);
  if (!r) {
    const nouns = e.companyNouns?.length ? alt(e.companyNouns.map(anyCase)) : null;
    const quotable = [...(e.companyNouns ?? []), ...(e.quotedNouns ?? [])];
    r = {
      quoted: quotable.length ? quotedAfter(quotable) : null,
      // "l'entreprise chimique Borealis", "la società agricola Rossi": the noun, up to two lower-case words, the name.
      noun: nouns ? new RegExp(`(?<![\\p{L}])${nouns}\\s+(?:[\\p{Ll}][\\p{L}'’-]*\\s+){0,4}?(${RUN})`, 'gu') : null,
      // "as vinícolas Aurora, Cooperativa Garibaldi e Salton", "les sociétés X et Y": a plural noun, then a list.
      plural: pluralNouns(e.companyNouns ?? []),
      nounEnd: nouns ? new RegExp(`(?<![\\p{L}])${nouns}\\s+(?:[\\p{Ll}][\\p{L}'’-]*\\s+){0,2}$`, 'u') : null,
      trade: e.tradeStart?.length
        ? new RegExp(`(?<![\\p{L}])(${alt(e.tradeStart)}(?:${TRADE_LINK}\\s+${CAPW_IN}){1,4})`, 'gu')
        : null,
    };
    packRules.set(e, r);
  }
  return r;
}

/** The plural forms of the simple company nouns of a pack (-s, -es; Italian -a/-o/-e → -e/-i; German -a → -en). */
function pluralNouns(nouns: string[]): RegExp | null {
  const heads = [...new Set(nouns.map((n) => /^\p{L}{4,}/u.exec(n)?.[0]).filter((n): n is string => !!n))];
  const forms = heads.flatMap((n) =>
    [
      `${n}s`,
      `${n}es`,
      `${n.slice(0, -1)}[ei]`,
      `${n.slice(0, -1)}en`,
      // marchio → marchi, fabbrica → fabbriche; società, Unternehmen stay as they are
      ...(/io$/.test(n) ? [n.slice(0, -1)] : []),
      ...(/[cg]a$/.test(n) ? [`${n.slice(0, -1)}he`] : []),
      ...(/[àèéìòù]$|en$/u.test(n) ? [n] : []),
    ].map(anyCase),
  );
  return forms.length
    ? new RegExp(
        `(?<![\\p{L}])(?:${forms.join('|')})(?![\\p{L}])((?:\\s+[\\p{Ll}][\\p{L}'’-]*){0,4}?)\\s+(?=\\p{Lu})`,
        'gu',
      )
    : null;
}
/** A one-word name after a company noun ("la société Borealis") is kept where clean() wants two words. */
function cleanSingle(name: string, listed = false): string | null {
  const n = name.trim().replace(/[,;:.]$/, '');
  if (
    !/^\p{Lu}[\p{L}\d&'’-]*(?:\.[\p{L}\d&'’-]+)*$/u.test(n) ||
    n.length < 3 ||
    GENERIC_ACRONYMS.test(n) ||
    BAD.test(n) ||
    PUBLIC_BODY.test(n) ||
    PUBLIC_BODY_INTL.test(n)
  )
    return null;
  // In a list after a plural company noun a town's name is a brand ("as vinícolas Aurora, … e Salton").
  if (!listed && isPlaceName(n)) return null;
  return n;
}

export function findBusinessesIn(text: string, sentence: number, pack?: EntityPack): BusinessMention[] {
  const out: BusinessMention[] = [];
  if (CHROME_LINE.test(text.trim())) return out;
  const add = (raw: string | undefined, reason: string) => {
    const n = raw ? clean(raw) : null;
    if (n && !out.some((o) => o.name.includes(n) || n.includes(o.name))) out.push({ name: n, sentence, reason });
    else if (n) {
      const i = out.findIndex((o) => n.includes(o.name));
      if (i >= 0 && n.length > out[i].name.length) out[i] = { name: n, sentence, reason };
    }
  };
  for (const m of text.matchAll(LEGAL_RX)) add(m[1], 'legal form after the name');
  for (const m of text.matchAll(PREFIX_RX)) add(m[1], 'legal form before the name');
  for (const m of text.matchAll(TRADE_END_RX))
    if (!PUBLIC_HEAD_AFTER.test(text.slice((m.index ?? 0) + m[0].length))) add(m[1], 'trade word ends the name');
  for (const m of text.matchAll(TRADE_START_RX)) add(m[1], 'trade word opens the name');
  for (const m of text.matchAll(APPOSITION_RX)) add(m[1], 'company noun in apposition');
  // Quoted names keep their words as written (an article opening the name is part of it: «El Rincón de Pepe»).
  quotedEn ??= quotedAfter([...COMPANY_NOUNS, ...QUOTED_NOUNS_EN]);
  const quoted = [quotedEn, pack ? rulesOf(pack).quoted : null];
  for (const rx of quoted)
    for (const m of rx ? text.matchAll(rx) : []) {
      const n = m[1]!.trim();
      if (PUBLIC_BODY.test(n) || PUBLIC_BODY_INTL.test(n) || out.some((o) => o.name.includes(n) || n.includes(o.name)))
        continue;
      out.push({ name: n, sentence, reason: 'quoted name after a company or shop noun' });
    }
  // In headline-like lines (most words capitalised) a capitalised word after a company noun proves nothing.
  const tokens = text.split(/\s+/);
  // A sentence closed by a full stop or a quote is prose, however many names it holds.
  const headline =
    tokens.filter((t) => /^\p{Lu}/u.test(t)).length > tokens.length * 0.6 && !/[.!?»"”]$/u.test(text.trim());
  if (pack && !headline) {
    const r = rulesOf(pack);
    if (r.trade) for (const m of text.matchAll(r.trade)) add(m[1], 'trade word of the language opens the name');
    if (r.noun)
      for (const m of text.matchAll(r.noun)) {
        const gap = m[0]
          .slice(0, m[0].length - m[1]!.length)
          .split(/\s+/)
          .slice(1, -1);
        // "la marca de roupas X", "l'entreprise de nettoyage X": a preposition and the trade it names is an
        // attribute; a preposition alone ("di Montalto") or before an article is a clause or an owner.
        const trade = tradeAttribute(gap);
        if (!trade && (gap.length > 2 || gap.some((w) => CLAUSE_WORD.test(w)))) continue;
        // A public body named with a company noun ("la Hacienda Pública").
        if (PUBLIC_BODY_INTL.test(m[0])) continue;
        // A street, an estate or a district after the noun is where the firm is, not its name.
        if (LOCALITY_START.test(m[1]!)) continue;
        // A sentence's full stop is not part of the name ("… Services SARL."), an abbreviation's is ("Co.").
        const name = /\b(?:Co|Ltd|Inc|Corp|Bros|Lda|Ltda)\.$/.test(m[1]!) ? m[1]! : m[1]!.replace(/\.$/, '');
        if (/\s/.test(name.trim())) add(name, 'company noun of the language before the name');
        else {
          const n = cleanSingle(m[1]!);
          if (n && !out.some((o) => o.name.includes(n)))
            out.push({ name: n, sentence, reason: 'company noun of the language before the name' });
        }
      }
  }
  if (pack && !headline) {
    const r = rulesOf(pack);
    for (const m of r.plural ? text.matchAll(r.plural) : []) {
      // "le aziende agricole X e Y" — but "le aziende di Latina e Sabaudia", "as fazendas visitadas em Goiás e …".
      const gap = m[1]!.trim().split(/\s+/).filter(Boolean);
      if (!tradeAttribute(gap) && (gap.some((w) => CLAUSE_WORD.test(w)) || gap.length > 1)) continue;
      const names = listedNames(text, (m.index ?? 0) + m[0].length)
        .map((raw) => (/\s/.test(raw.trim()) ? clean(raw) : cleanSingle(raw, true)))
        .filter((n): n is string => !!n);
      // A trade-word rule read across the list's conjunction ("Cooperativa Garibaldi e Salton"): the items win.
      for (let k = out.length - 1; k >= 0; k--)
        if (names.filter((n) => out[k]!.name.includes(n)).length > 1) out.splice(k, 1);
      for (const n of names) {
        // A longer item wins over a shorter name another rule cut from it ("Agri Services" of "Agri Services Ouest").
        const k = out.findIndex((o) => n.includes(o.name) && n !== o.name);
        if (k >= 0) out.splice(k, 1);
        if (!out.some((o) => o.name.includes(n)))
          out.push({ name: n, sentence, reason: 'listed after a plural company noun' });
      }
    }
  }
  // Buyers and suppliers given as examples of a plural kind: "brands, including Barbour and PVH", "retailers such as
  // Walmart, Whole Foods, and Red Lobster"; an item already read by another rule keeps the longer form.
  if (!headline)
    for (const { names, kind } of exampleNames(text))
      for (const raw of names) {
        const n = /\s/.test(raw.trim()) ? clean(raw) : cleanSingle(raw);
        if (!n || out.some((o) => o.name.includes(n))) continue;
        const k = out.findIndex((o) => n.includes(o.name));
        if (k >= 0) out.splice(k, 1);
        out.push({ name: n, sentence, reason: `listed as an example of ${kind}` });
      }
  if (MARITIME.test(text))
    for (const m of text.matchAll(VESSEL_NO_RX))
      if (!NOT_VESSEL.test(m[1])) add(m[1], 'vessel named with a hull number');
  for (const m of text.matchAll(VESSEL_AFTER_RX)) add(m[1], 'vessel named after a vessel noun');
  // Cyrillic: quoted names after legal forms and nouns, sole traders, works named by a place (extractors/lang/ru).
  if (/[\u0400-\u04FF]/.test(text))
    for (const b of businessesRu(text)) out.push({ name: b.name, sentence, reason: b.reason });
  // Scripts without capitals: Chinese legal forms and trade words, Arabic company nouns (extractors/lang/{zh,ar}).
  if (/\p{Script=Han}/u.test(text))
    for (const b of businessesZh(text)) out.push({ name: b.name, sentence, reason: b.reason });
  if (/\p{Script=Arabic}/u.test(text))
    for (const b of businessesAr(text)) out.push({ name: b.name, sentence, reason: b.reason });
  return out;
}

const SHAPED = [LEGAL_RX, TRADE_END_RX, TRADE_START_RX, PREFIX_RX].map((r) => new RegExp(`^(?:${r.source})$`, 'u'));
interface CompiledCue {
  side: 'before' | 'after';
  rx: RegExp;
  weight: number;
  reason: string;
}
const compile = (cues: BusinessCue[]): CompiledCue[] =>
  cues.map((c) => ({ side: c.side, rx: new RegExp(c.pattern, 'iu'), weight: c.weight, reason: c.reason }));
const CUES_EN = compile(BUSINESS_CUES_EN);
const packCues = new WeakMap<EntityPack, CompiledCue[]>();
function cuesOf(pack?: EntityPack): CompiledCue[] {
  if (!pack?.businessCues) return CUES_EN;
  let c = packCues.get(pack);
  if (!c) packCues.set(pack, (c = [...CUES_EN, ...compile(pack.businessCues)]));
  return c;
}

/**
 * Whether an organisation name found by a tagger (the NER server's ORGANIZATION, compromise's organizations)
 * is a business of the case, and why: its shape (legal form, trade word), else the words around it in the
 * sentence (owned by, worked for, a supplier, its factory). Public bodies, NGOs and media never are.
 */
/** The name a tagged organisation is kept under (leading articles, copyright words and years removed). */
export function businessName(name: string): string {
  return clean(name) ?? name.trim();
}

export function businessReason(name: string, text: string, at: number, pack?: EntityPack): string | null {
  if (CHROME_LINE.test(text.trim())) return null;
  const n = clean(name) ?? (/^\p{Lu}[\p{L}\d&'’.-]{2,}$/u.test(name.trim()) ? name.trim() : null);
  if (!n) return null;
  if (SHAPED.some((r) => r.test(n))) return 'tagged organisation with a business shape';
  // A town tagged as an organisation ("Bradford") is a place, not a firm.
  if (PUBLIC_BODY.test(n) || PUBLIC_BODY_INTL.test(n) || isPlaceName(n)) return null;
  const before = text.slice(Math.max(0, at - 50), at);
  const after = text.slice(at + name.length, at + name.length + 60);
  // The role is read from the words around the name: each cue that matches adds its weight.
  let score = 0;
  const why: string[] = [];
  for (const c of cuesOf(pack))
    if (c.rx.test(c.side === 'before' ? before : after)) {
      score += c.weight;
      if (c.weight > 0) why.push(c.reason);
    }
  const nounEnd = pack ? rulesOf(pack).nounEnd : null;
  if (nounEnd?.test(before)) {
    score += 1;
    why.push('company noun of the language before');
  }
  return score >= BUSINESS_CUE_THRESHOLD && why.length ? `tagged organisation: ${why.join(', ')}` : null;
}
