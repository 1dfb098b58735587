// The fixed vocabulary of business sectors (see README.md) and the words that point to each, English and
// Russian stems, compiled for this project from ILO sector names used in forced-labour reporting.
// Order matters: the first sector whose cue appears nearest the business wins, specific before general.
export const SECTORS = [
  'agriculture', 'fishing', 'construction', 'manufacturing', 'garment', 'retail', 'domestic_work', 'hospitality',
  'mining', 'brick_kilns', 'car_wash', 'cannabis_cultivation', 'online_scams', 'logistics', 'food_processing',
  'entertainment', 'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_CUES: [Sector, string][] = [
  ['brick_kilns', 'brick ?kilns?|brickworks?|brick factor\\w+|кирпичн\\S*'],
  ['car_wash', 'car ?wash\\w*|hand car wash|автомойк\\S*'],
  ['cannabis_cultivation', 'cannabis (?:farm|factor|grow|cultivat)\\w*|marijuana (?:farm|plantation|grow)\\w*|конопл\\S*'],
  ['online_scams', 'scam (?:compound|centre|center|centers|centres|operation|factor\\w+)s?|online (?:scams?|fraud)|call cent(?:re|er) scam|pig[- ]butchering|кол-?центр\\S*|мошенническ\\S* (?:центр|колл)'],
  ['garment', 'garments?|textiles?|sewing|apparel|clothing factor\\w+|sweatshops?|швейн\\S*|текстил\\S*'],
  ['fishing', 'fishing (?:boats?|vessels?|fleets?|industry)|trawlers?|fishermen|seafood|shrimp|prawns?|рыболов\\S*|траулер\\S*'],
  ['mining', 'mines?\\b|mining|quarr\\w+|gold (?:mine|field)s?|шахт\\S*|рудник\\S*|золотодобы\\S*|карьер\\S*'],
  ['food_processing', 'food (?:processing|factor\\w+|plant)|meat (?:plant|processing|packing)|poultry (?:plant|processing)|abattoir|slaughterhouse|bakery|мясокомбинат\\S*|пищев\\S*'],
  ['domestic_work', 'domestic (?:workers?|helpers?|servants?|servitude|work)|housemaids?|maids?\\b|nann(?:y|ies)|au pairs?|в домашн\\S* прислуг\\S*|домработниц\\S*|прислуг\\S*'],
  ['hospitality', 'restaurants?|hotels?|cafes?|caf\\u00e9s?|takeaways?|nail (?:bars?|salons?)|massage parlou?rs?|ресторан\\S*|кафе|гостиниц\\S*|отел\\S*'],
  ['construction', 'construction|building sites?|builders?|stadiums?|scaffold\\w*|roofing|стройк\\S*|строител\\S*|стройплощадк\\S*'],
  ['retail', 'supermarkets?|grocery|groceries|shops?|stores?|markets?|kiosks?|retailers?|магазин\\S*|супермаркет\\S*|рын(?:ок|ке|ка)|ларь\\S*|ларёк\\S*'],
  ['logistics', 'warehouses?|logistics|delivery|trucking|couriers?|склад\\S*|логистик\\S*'],
  ['agriculture', 'farms?\\b|farming|farmworkers?|plantations?|harvest\\w*|fields?|orchards?|greenhouses?|cotton|palm oil|sugar ?cane|cocoa|tomato\\w*|strawberr\\w+|crops?|ranch\\w*|cattle|livestock|ферм\\S*|плантац\\S*|хлопк\\S*|тепличн\\S*|сельхоз\\S*|урожа\\S*'],
  ['manufacturing', 'factor(?:y|ies)|manufactur\\w+|plants?\\b|workshops?|assembly line|завод\\S*|фабрик\\S*|цех\\S*|производств\\S*'],
  ['entertainment', 'karaoke|nightclubs?|bars?\\b|casinos?|circus|клуб\\S*|сауна\\S*'],
];
