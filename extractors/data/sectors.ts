// The fixed vocabulary of business sectors (see README.md) and the words that point to each, English and
// Russian stems, compiled for this project from ILO sector names used in forced-labour reporting.
// Order matters: the first sector whose cue appears nearest the business wins, specific before general.
export const SECTORS = [
  'agriculture',
  'fishing',
  'construction',
  'manufacturing',
  'garment',
  'retail',
  'domestic_work',
  'hospitality',
  'mining',
  'brick_kilns',
  'car_wash',
  'cannabis_cultivation',
  'online_scams',
  'logistics',
  'food_processing',
  'entertainment',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_CUES: [Sector, string][] = [
  ['brick_kilns', 'brick ?kilns?|brickworks?|brick factor\\w+|kirpich|кирпич\\S*'],
  ['car_wash', 'car ?wash\\w*|hand car wash|автомойк\\S*'],
  [
    'cannabis_cultivation',
    'cannabis (?:farm|factor|grow|cultivat)\\w*|marijuana (?:farm|plantation|grow)\\w*|конопл\\S*',
  ],
  [
    'online_scams',
    'scam (?:compound|centre|center|centers|centres|operation|factor\\w+)s?|online (?:scams?|fraud)|call cent(?:re|er) scam|pig[- ]butchering|кол-?центр\\S*|мошенническ\\S* (?:центр|колл)',
  ],
  ['garment', 'garments?|textiles?|sewing|apparel|clothing factor\\w+|sweatshops?|швейн\\S*|текстил\\S*'],
  [
    'fishing',
    'fishing (?:boats?|vessels?|fleets?|industry)|trawlers?|fishermen|seafood|shrimp|prawns?|рыболов\\S*|траулер\\S*',
  ],
  ['mining', 'mines?\\b|mining|quarr\\w+|gold (?:mine|field)s?|шахт\\S*|рудник\\S*|золотодобы\\S*|карьер\\S*'],
  [
    'food_processing',
    'food (?:processing|factor\\w+|plant)|meat (?:plant|processing|packing)|poultry (?:plant|processing)|abattoir|slaughterhouse|bakery|мясокомбинат\\S*|пищев\\S*',
  ],
  [
    'domestic_work',
    'domestic (?:workers?|helpers?|servants?|servitude|work)|housemaids?|maids?\\b|nann(?:y|ies)|au pairs?|в домашн\\S* прислуг\\S*|домработниц\\S*|прислуг\\S*',
  ],
  [
    'hospitality',
    'restaurants?|hotels?|cafes?|caf\\u00e9s?|takeaways?|nail (?:bars?|salons?)|massage parlou?rs?|ресторан\\S*|кафе|гостиниц\\S*|отел\\S*',
  ],
  [
    'construction',
    'construction|building sites?|builders?|stadiums?|scaffold\\w*|roofing|стройк\\S*|строител\\S*|стройплощадк\\S*',
  ],
  [
    'retail',
    'supermarkets?|grocery|groceries|shops?|stores?|markets?|kiosks?|retailers?|магазин\\S*|супермаркет\\S*|рын(?:ок|ке|ка)|ларь\\S*|ларёк\\S*',
  ],
  ['logistics', 'warehouses?|logistics|delivery|trucking|couriers?|склад\\S*|логистик\\S*'],
  [
    'agriculture',
    'farms?\\b|farming|farmworkers?|plantations?|harvest\\w*|fields?|orchards?|greenhouses?|cotton|palm oil|sugar ?cane|cocoa|tomato\\w*|strawberr\\w+|crops?|ranch\\w*|cattle|livestock|ферм\\S*|плантац\\S*|хлопк\\S*|тепличн\\S*|сельхоз\\S*|урожа\\S*',
  ],
  [
    'manufacturing',
    'factor(?:y|ies)|manufactur\\w+|plants?\\b|workshops?|assembly line|завод\\S*|фабрик\\S*|цех\\S*|производств\\S*',
  ],
  ['entertainment', 'karaoke|nightclubs?|bars?\\b|casinos?|circus|клуб\\S*|сауна\\S*'],
];

/**
 * Workplace nouns that name an unnamed business ("a supermarket", «кирпичный завод»), with their sector.
 * Russian entries: a stem regex and the nominative phrase to report.
 */
export const WORKPLACES_EN: [string, Sector][] = [
  ['brick kiln', 'brick_kilns'],
  ['brick factory', 'brick_kilns'],
  ['car wash', 'car_wash'],
  ['cannabis farm', 'cannabis_cultivation'],
  ['scam compound', 'online_scams'],
  ['supermarket', 'retail'],
  ['grocery store', 'retail'],
  ['shop', 'retail'],
  ['store', 'retail'],
  ['market', 'retail'],
  ['fishing boat', 'fishing'],
  ['trawler', 'fishing'],
  ['vessel', 'fishing'],
  ['garment factory', 'garment'],
  ['workshop', 'garment'],
  ['sweatshop', 'garment'],
  ['farm', 'agriculture'],
  ['plantation', 'agriculture'],
  ['greenhouse', 'agriculture'],
  ['construction site', 'construction'],
  ['building site', 'construction'],
  ['mine', 'mining'],
  ['quarry', 'mining'],
  ['restaurant', 'hospitality'],
  ['hotel', 'hospitality'],
  ['nail bar', 'hospitality'],
  ['warehouse', 'logistics'],
  ['meat plant', 'food_processing'],
  ['processing plant', 'food_processing'],
  ['factory', 'manufacturing'],
  ['household', 'domestic_work'],
];
export const WORKPLACES_RU: [string, string, Sector][] = [
  ['кирпичн\\S* завод\\S*', 'кирпичный завод', 'brick_kilns'],
  ['автомойк\\S*', 'автомойка', 'car_wash'],
  ['продуктов\\S* магазин\\S*', 'продуктовый магазин', 'retail'],
  ['супермаркет\\S*', 'супермаркет', 'retail'],
  ['магазин\\S*', 'магазин', 'retail'],
  ['швейн\\S* цех\\S*', 'швейный цех', 'garment'],
  ['цех\\S*', 'цех', 'manufacturing'],
  ['теплиц\\S*', 'теплица', 'agriculture'],
  ['ферм\\S*', 'ферма', 'agriculture'],
  ['стройк\\S*|строительн\\S* объект\\S*', 'стройка', 'construction'],
  ['завод\\S*', 'завод', 'manufacturing'],
  ['склад\\S*', 'склад', 'logistics'],
  ['лесопилк\\S*|пилорам\\S*', 'лесопилка', 'manufacturing'],
  ['овощн\\S* баз\\S*|овощебаз\\S*', 'овощебаза', 'logistics'],
  ['кафе|ресторан\\S*', 'кафе', 'hospitality'],
  ['рын(?:ок|ке|ка)', 'рынок', 'retail'],
];
