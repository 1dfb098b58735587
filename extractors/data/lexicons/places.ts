// Words that are never places in any language's text, and colloquial Russian region names, compiled for this
// project. The per-language context words (prepositions of place and origin, street and locality words) live in
// the language packs: extractors/lang/<code>/places.ts.
/** Capitalised words that are also (small) place names but usually mean something else in news text, whatever its
 *  language. English words that are towns elsewhere ("Nice", "Split", "Man", "Bar", "Reading", "Victoria") are the
 *  English pack's: in French "à Man" is the Ivorian town, in Italian "Florence" is no word at all. */
export const NOT_PLACES = new Set(
  `police court labour labor union justice liberty independence
mann mobile march may june august mission delta marathon orange
of the and but he she it we they this that these those monday tuesday wednesday thursday friday saturday sunday
january february april july september october november december president prime minister general university
church school hospital street road avenue university news times post mail daily herald sun star guardian telegraph
reuters afp associated press tass interfax ria kommersant center centre memorial national central north south east
west new old saint san santa gary eugene jackson lincoln clinton washington obama trump putin sochi-news home online
police, polizia мир победа октябрь май март июнь июль август сентябрь ноябрь декабрь январь февраль апрель суд
полиция правда центр россия-1 москва-сити заря свобода надежда вера любовь красный прогресс дружба восток запад
север юг новый новая старый asia africa europe america oceania азия африка европа америка`
    .split(/\s+/)
    .filter(Boolean),
);

/** Colloquial Russian names of regions → the GeoNames region name (gazetteer-regions.tsv). */
export const RU_REGION_ALIASES: [stem: string, region: string, nominative: string][] = [
  ['подмосков', 'Moscow Oblast', 'Подмосковье'],
  ['кубан', 'Krasnodar Krai', 'Кубань'],
  ['ставропол', 'Stavropol Kray', 'Ставрополье'],
  ['прикам', 'Perm Krai', 'Прикамье'],
  ['приморь', 'Primorye', 'Приморье'],
  ['ленобласт', "Leningradskaya Oblast'", 'Ленобласть'],
  ['дагестан', 'Dagestan', 'Дагестан'],
  ['урал', 'Sverdlovsk Oblast', 'Урал'],
  ['якути', 'Sakha', 'Якутия'],
  ['камчатк', 'Kamchatka', 'Камчатка'],
];
