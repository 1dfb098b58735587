// Cyrillic → Latin letters for comparing names across Russian, Ukrainian and English reports
// ("Иванов" ~ "Ivanov", "ООО Ромашка" ~ "Romashka LLC"). A simplified BGN/PCGN-style table written for this
// project; it only has to map two spellings of one name close enough for the token comparison in names.ts.
export const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u', қ: 'q', ғ: 'g', ұ: 'u',
  ү: 'u', ң: 'n', ө: 'o', һ: 'h', ә: 'a',
};

/** Legal forms and filler words that say nothing about which business is meant. */
export const NAME_STOPWORDS = new Set([
  'ooo', 'oao', 'zao', 'pao', 'ao', 'ip', 'tov', 'llc', 'ltd', 'limited', 'inc', 'corp', 'co', 'company', 'gmbh', 'sro',
  's', 'r', 'o', 'as', 'plc', 'kompaniya', 'firma', 'the', 'of', 'and', 'group', 'a', 'an', 'mr', 'mrs', 'ms',
  // Kazakh, Ukrainian, Polish, Spanish/Portuguese/Italian, Malaysian, South Asian and Dutch legal forms
  'too', 'tdo', 'llp', 'pp', 'sp', 'z', 'oo', 'sa', 'srl', 'spa', 'ltda', 'eireli', 'me', 'cv', 'sdn', 'bhd', 'pvt', 'pte', 'bv', 'nv',
]);
