// Context words for place mentions (English, Russian), compiled for this project: what makes a capitalised
// word a place where something happened, and what makes it the victims' origin instead.
/** Words before a name that make it a location of events ("in", "near", "в", "под"). */
export const LOCATIVE_EN = /\b(?:in|at|near|outside|inside|across|around|to|into|on|within|(?:city|town|village|province|region|district|municipality|county|state|outskirts|suburb|port|island) of|based in)\s+(?:the\s+)?$/i;
export const ORIGIN_EN = /\b(?:from|natives? of|citizens? of|nationals? of|back to|return(?:ed|ing)? (?:home )?to|home to|deported to|repatriated to|flown (?:home )?to|embassy of|born in|consulate in|embassy in|(?:sister|brother|mother|father|family|families|relatives|parents|wife|husband|children|home|homes|village|villages) (?:back )?in)\s+(?:the\s+)?$/i;
export const LOCATIVE_RU = /(?:^|[\s(«"])(?:в|во|на|под|около|у|возле|близ|рядом с|г\.|город[ае]?|городе|поселке|посёлке|селе|деревне|области|района)\s+$/iu;
export const ORIGIN_RU = /(?:^|[\s(«"])(?:из|уроженц\S*|выходц\S* из|граждан\S*|подданн\S*|родом из|на родину в|в родной|посольств\S*|консульств\S*|депортирован\S* в|вернул\S* в)\s+$/iu;

/** Capitalised words that are also (small) place names but usually mean something else in news text. */
export const NOT_PLACES = new Set(`police court labour labor union justice liberty independence victoria florence aurora
mobile reading bath nice split march may june august deal hope unity progress mission delta marathon orange sale man bar
of the and but he she it we they this that these those monday tuesday wednesday thursday friday saturday sunday
january february april july september october november december president prime minister general university
church school hospital street road avenue university news times post mail daily herald sun star guardian telegraph
reuters afp associated press tass interfax ria kommersant center centre memorial national central north south east
west new old saint san santa gary eugene jackson lincoln clinton washington obama trump putin sochi-news home online
police, polizia мир победа октябрь май март июнь июль август сентябрь ноябрь декабрь январь февраль апрель суд
полиция правда центр россия-1 москва-сити заря свобода надежда вера любовь красный прогресс дружба восток запад
север юг новый новая старый asia africa europe america oceania азия африка европа америка`.split(/\s+/).filter(Boolean));

/** Colloquial Russian names of regions → the GeoNames region name (gazetteer-regions.tsv). */
export const RU_REGION_ALIASES: [stem: string, region: string][] = [
  ['подмосков', 'Moscow Oblast'], ['кубан', 'Krasnodar Krai'], ['ставропол', 'Stavropol Kray'], ['прикам', 'Perm Krai'],
  ['приморь', 'Primorye'], ['ленобласт', "Leningradskaya Oblast'"], ['дагестан', 'Dagestan'], ['урал', 'Sverdlovsk Oblast'],
  ['якути', 'Sakha'], ['камчатк', 'Kamchatka'],
];
