// Businesses named in an article: names with a legal form ("ShineRite Valeting Ltd", "ООО «Балт-Монтаж»",
// "Agricola Pontina Verde srl"), names ending or starting with a trade word ("Sri Lakshmi Bricks",
// "Fazenda Santa Luzia"), and names set in apposition to a company noun ("Al Noor Gulf Contracting, a building
// contractor"). The workplace itself when unnamed ("a supermarket") is left to incidents.ts.
export interface BusinessMention { name: string; sentence: number }

const CAPW = `[\\p{Lu}\\d][\\p{L}\\d&'’.+-]*`;
const LINK = `(?:\\s+(?:de|del|di|da|do|dos|la|le|and|&|of|the|van|von|al|el|y|e))?`;
const RUN = `${CAPW}(?:${LINK}\\s+${CAPW}){0,5}`;
const LEGAL = `(?:Co\\.?,?\\s+Ltd\\.?|Pvt\\.?\\s+Ltd\\.?|Pty\\.?\\s+Ltd\\.?|Sdn\\.?\\s+Bhd\\.?|S\\.A\\.\\s+de\\s+C\\.V\\.|sp\\.\\s+z\\s+o\\.o\\.|Ltd\\.?|Limited|LLC|LLP|L\\.L\\.C\\.|Inc\\.?|Corp\\.?|Corporation|GmbH|AG|S\\.A\\.|SA|S\\.L\\.|SL|srl|S\\.r\\.l\\.|SpA|S\\.p\\.A\\.|PLC|plc|JSC|BV|NV|Bhd|Tbk|Co\\.?)`;
const TRADE_END = `(?:Farms?|Factory|Fisher(?:y|ies)|Seafoods?|Foods|Trading|Enterprises?|Industries|Textiles?|Tekstil|Garments?|Apparel|Valeting|Construction|Contracting|Contractors?|Logistics|Restaurants?|Hotels?|Supermarkets?|Mining|Plantations?|Works|Bricks?|Kirpich|Manpower|Recruitment(?:\\s+(?:Office|Agency))?|Services|Group|Holdings|Cooperative|Klaster|Cluster|Technology\\s+Park|Gloves|Embroidery\\s+Works|Agro|Estates?)`;
const TRADE_START = `(?:Fazenda|Agricola|Agrícola|Hacienda|Rancho|Coop[ée]rative|Cooperativa|Granja|Finca|Azienda)`;

const LEGAL_RX = new RegExp(`(${RUN}\\s+${LEGAL})(?![\\p{L}])`, 'gu');
const TRADE_END_RX = new RegExp(`(${CAPW}(?:${LINK}\\s+${CAPW}){0,4}\\s+${TRADE_END})(?![\\p{L}])`, 'gu');
const TRADE_START_RX = new RegExp(`(${TRADE_START}(?:${LINK}\\s+${CAPW}){1,4})`, 'gu');
const APPOSITION_RX = new RegExp(`(${RUN}),\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:company|firm|contractor|subcontractor|agency|supplier|manufacturer|maker|brand|retailer|exporter|processor|cooperative|employer|operator|producer|chain)\\b`, 'gu');
const RU_QUOTED = /(?:(?:ООО|ОАО|ЗАО|ПАО|АО|ИП|ТОО)\s+[«"“][^»"”]{2,60}[»"”])|(?:(?:компани\S*|фирм\S*|завод\S*|магазин\S*|цех\S*|бренд\S*|предприяти\S*|агентств\S*|ферм\S*|комбинат\S*)\s+[«"“]([^»"”]{2,60})[»"”])/gu;

// Words that start a capitalised run but are not part of a company name.
const LEAD = /^(?:The|A|An|In|At|By|For|From|With|And|But|When|After|Before|According to|Its|Their|His|Her|Manufacturer|Company|Firm|Contractor|Supplier|Agency|Both|Police|Officers|Workers)\s+/;
const BAD = /^(?:Ministry|Department|Police|Court|Embassy|University|Council|Commission|Office|Authority|Agency|Government|National|Federal|State|The)\b/;

// Public bodies written like firms ("the Border Guard, the service that…").
const BAD_END = /\b(?:Guard|Police|Army|Navy|Court|Commission|Authority|Inspectorate|Ministry|Prosecutor'?s? Office|Embassy|Consulate)$/;

function clean(name: string): string | null {
  let n = name.trim().replace(/[,;:]$/, '');
  while (LEAD.test(n)) n = n.replace(LEAD, '');
  n = n.replace(/^[\p{Lu}][\p{Ll}]+-based\s+/u, '');
  if (n.length < 3 || BAD.test(n) || BAD_END.test(n) || !/\s/.test(n)) return null;
  return n;
}

export function findBusinessesIn(text: string, sentence: number): BusinessMention[] {
  const out: BusinessMention[] = [];
  const add = (raw: string | undefined) => {
    const n = raw ? clean(raw) : null;
    if (n && !out.some((o) => o.name.includes(n) || n.includes(o.name))) out.push({ name: n, sentence });
    else if (n) { const i = out.findIndex((o) => n.includes(o.name)); if (i >= 0 && n.length > out[i].name.length) out[i] = { name: n, sentence }; }
  };
  for (const m of text.matchAll(LEGAL_RX)) add(m[1]);
  for (const m of text.matchAll(TRADE_END_RX)) add(m[1]);
  for (const m of text.matchAll(TRADE_START_RX)) add(m[1]);
  for (const m of text.matchAll(APPOSITION_RX)) add(m[1]);
  for (const m of text.matchAll(RU_QUOTED)) out.push({ name: (m[1] ?? m[0]).trim(), sentence });
  return out;
}
