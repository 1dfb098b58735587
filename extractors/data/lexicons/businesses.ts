// Business names: the shapes that make a capitalised run a firm, farm, vessel or brand, kept per language so that
// they can move into the language packs (extractors/lang/<code>/) unchanged. Each entry is a regex source of
// alternatives. Compiled for this project from company-registry forms and news usage.

/** Legal forms written after a name ("Harrow Valley Packers Ltd", "Nasir & Sons", "Kinta Jaya Sdn Bhd"). */
export const LEGAL_SUFFIXES = [
  'Co\\.?,?\\s+Ltd\\.?', 'Pvt\\.?\\s+Ltd\\.?', 'Pty\\.?\\s+Ltd\\.?', 'Pte\\.?\\s+Ltd\\.?', 'Sdn\\.?\\s+Bhd\\.?', 'S\\.A\\.\\s+de\\s+C\\.V\\.',
  // German partnerships with a limited partner: 'Müller Agrar GmbH & Co. KG' (before the bare 'GmbH').
  'GmbH\\s*&\\s*Co\\.?\\s*KG(?:aA)?', 'AG\\s*&\\s*Co\\.?\\s*KG(?:aA)?', 'KGaA', 'KG', 'OHG', 'e\\.\\s?K\\.', 'UG\\s+\\(haftungsbeschränkt\\)',
  'sp\\.\\s+z\\s+o\\.o\\.', 'Ltd\\.?', 'Limited', 'LLC', 'LLP', 'L\\.L\\.C\\.', 'Inc\\.?', 'Corp\\.?', 'Corporation', 'GmbH', 'AG',
  'S\\.A\\.', 'SA', 'S\\.L\\.', 'SL', 'srl', 'S\\.r\\.l\\.', 'SpA', 'S\\.p\\.A\\.', 'PLC', 'plc', 'JSC', 'BV', 'NV', 'Bhd', 'Tbk',
  's\\.r\\.o\\.', 'd\\.o\\.o\\.', 'Kft\\.?', 'A/S', 'ApS', 'AB', 'Oy', 'SAS', 'SARL', 'K\\.K\\.',
  // Brazil, Portugal, Italy, France: 'Confecções Aurora Ltda.', 'Agro Serra EIRELI', 'Rossi S.n.c.', 'Dupont S.A.S.'.
  'Ltda\\.?', 'LTDA\\.?', 'EIRELI', 'S/A', 'S\\.A\\.S\\.', 'S\\.n\\.c\\.', 'S\\.a\\.s\\.', 'SRL', 'S\\.R\\.L\\.', 'Lda\\.?',
  // Family firms: "Nasir & Sons", "Iqbal Bros", "Ahmed and Brothers".
  '(?:&|and)\\s+Sons', '&\\s+Co\\.?', 'Bros\\.?', '(?:&|and)\\s+Brothers', 'Brothers',
  'Co\\.?',
];

/** Legal forms written before a name ("PT Samudra Jaya", "CV Maju Bersama", "FV Hai Feng 8"). */
export const LEGAL_PREFIXES = ['PT', 'CV', 'UD', 'FV', 'F/V', 'MV', 'M/V', 'KM'];

/** Russian (and other Cyrillic) legal forms before a name: «ООО «Ромашка»», «ИП Иванов», «ОсОО "Ак-Таш"». */
export const LEGAL_PREFIXES_RU = ['ООО', 'ОАО', 'ЗАО', 'ПАО', 'АО', 'ИП', 'ТОО', 'ОсОО', 'ЧП', 'СПК', 'КФХ', 'ИЧП'];

/** Trade words that end a business name ("Sri Lakshmi Bricks", "Golden Fortune Technology Park"). */
export const TRADE_END = [
  'Farms?', 'Factory', 'Fisher(?:y|ies)', 'Seafoods?', 'Foods', 'Trading', 'Enterprises?', 'Industries', 'Textiles?', 'Tekstil',
  'Garments?', 'Apparel', 'Valeting', 'Construction', 'Contracting', 'Contractors?', 'Logistics', 'Restaurants?', 'Hotels?',
  'Supermarkets?', 'Mining', 'Plantations?', 'Works', 'Bricks?', 'Brick\\s+Kiln', 'Brick\\s+Field', 'Kirpich', 'Manpower',
  'Recruitment(?:\\s+(?:Office|Agency|Services))?', 'Services', 'Group', 'Holdings', 'Cooperative', 'Klaster', 'Cluster',
  'Technology\\s+Park', 'Gloves', 'Agro', 'Estates?', 'Packers', 'Packing', 'Produce', 'Nurser(?:y|ies)', 'Dairy', 'Mills?',
  'Poultry', 'Meats?', 'Car\\s+Wash', 'Hand\\s+Car\\s+Wash', 'Nails', 'Takeaway', 'Bakery', 'Laundry', 'Cleaning', 'Staffing',
  'Labou?r\\s+(?:Hire|Supply|Services)', 'Employment\\s+Agency', 'Overseas', 'Exports?', 'Imports?', 'Shipping', 'Marine',
  'Plastics', 'Electronics', 'Fashions?', 'Knitwear', 'Tannery', 'Ranch',
];

/** Words that open a business name ("Fazenda Santa Luzia", "Hacienda El Mirador"). */
export const TRADE_START = ['Fazenda', 'Agricola', 'Agrícola', 'Hacienda', 'Rancho', 'Coop[ée]rative', 'Cooperativa', 'Granja', 'Finca', 'Azienda'];

/** Company nouns in apposition or before a name ("X, a labour supplier", "the recruitment agency X"). */
export const COMPANY_NOUNS = [
  'company', 'firm', 'contractor', 'subcontractor', 'agency', 'supplier', 'manufacturer', 'maker', 'brand', 'retailer',
  'exporter', 'processor', 'cooperative', 'employer', 'operator', 'producer', 'chain', 'factory', 'farm', 'business',
  'kiln', 'vessel', 'trawler', 'longliner', 'seiner', 'ship', 'boat', 'plantation', 'estate', 'restaurant', 'hotel', 'label', 'conglomerate',
];

/**
 * Context that makes a named organisation (from the NER or compromise) a business of the case: ownership,
 * employment, supply, an import ban against it. The reason string is returned with the business.
 */
export const BUSINESS_CONTEXT_EN: [string, string][] = [
  ['(?:owned|run|operated|managed|controlled)\\s+by\\s*$', 'owned or run by'],
  ['(?:work(?:ed|ing)?|employed|labou?red|hired|recruited)\\s+(?:at|for|by|in)\\s+(?:the\\s+)?$', 'place of work'],
  ['(?:supplier|subcontractor|contractor|firm|company|agency|brand|factory|farm|kiln|vessel|trawler|employer|producer|manufacturer|exporter)\\s*,?\\s*$', 'company noun before'],
  // An order or ban against the firm, or goods from it; a bare "from"/"on" is not ("specialists from Hope for Justice").
  ['(?:(?:orders?|bans?|WROs?|sanctions?|actions?|lawsuits?|complaints?|case|fines?)\\s+(?:against|on)|banning|blocking|detaining|imports?\\s+from|(?:goods|products|shipments|seafood|cotton|gloves|tomatoes)\\s+(?:from|made\\s+by|produced\\s+by|sourced\\s+from)|sourced\\s+from|supplied\\s+by|produced\\s+by|made\\s+by)\\s+(?:the\\s+)?$', 'order against'],
];
export const BUSINESS_CONTEXT_AFTER_EN: [string, string][] = [
  ['^\\s*,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:company|firm|contractor|subcontractor|agency|supplier|manufacturer|maker|brand|exporter|producer|processor|employer|operator|farm|factory|plantation)\\b', 'company noun in apposition'],
  ['^(?:[’\']s)?\\s+(?:[\\p{L}-]+\\s+)?(?:factory|farm|plant|site|kiln|vessel|boat|premises|warehouse|workers|employees|staff|managers?|owners?|director|supply chain)\\b', 'its workplace or staff'],
  ['^\\s+(?:employed|hired|recruited|paid|housed|supplied|exported|denied|said\\s+it|has\\s+denied)\\b', 'employer verb'],
];
/** Organisations that are never businesses of a case, whatever tagger found them. */
export const PUBLIC_BODY = /\b(?:for (?:Justice|Freedom|Change|Peace|Children|Migrants|Workers|Human Rights|Women|Survivors|Victims)|Children['’]s Services|Social (?:Services|Care|Work)|Ministry|Department|Police|Polizei|Court|Tribunal|Embassy|Consulate|University|Council|Commission|Office|Authority|Agency of|Government|Parliament|Senate|Congress|Guard|Army|Navy|Inspectorate|Prosecutor|Prosecution|Service|Union|Association|Foundation|Institute|Trust|Coalition|Watch|Amnesty|Rights|Network|Federation|Centre|Center|Organi[sz]ation|Bureau|Directorate|Committee|Customs|Border|Home Office|Interpol|Europol|UN|ILO|IOM|UNICEF|NGO|Charity|Church|Mission|Project|Initiative|Campaign|Alliance|News|Times|Post|Herald|Guardian|Reuters|Press|Media|Television|Radio|BBC|CNN|Gazette|Journal|Tribune|Daily|Express|Mirror|Telegraph)\b/;
