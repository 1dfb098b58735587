// The words of site furniture that survives into a page's plain text: "read also" labels before a teaser of another
// article, headings of related/popular lists, share and advertising labels, photo-credit labels and byline labels.
// One table for every language the sources publish in, because the text is split into sentences before the
// language is known. Compiled for this project from the common labels of news CMSs in each language.

const alt = (words: string[]) => words.join('|');

/** A line that opens with one of these introduces a teaser of another article ("Baca juga: …", "Read more: …"). */
export const TEASER_LABELS = [
  // en
  'read (?:more|also|next)',
  'see also',
  'related(?: (?:stories|articles|news|coverage|content))?',
  'more (?:on this|from|stories)',
  'you may also like',
  'recommended(?: for you)?',
  'continue reading',
  'most (?:read|popular|viewed)',
  'latest(?: news| stories)?',
  'trending(?: now)?',
  'top stories',
  // de
  'lesen sie (?:auch|mehr)',
  'auch interessant',
  'mehr zum thema',
  'weitere artikel',
  'das könnte sie (?:auch )?interessieren',
  'meistgelesen',
  // fr
  '(?:à )?lire aussi',
  'voir aussi',
  'sur le même sujet',
  'les plus lus',
  // es / pt / it
  'lee (?:también|más)',
  'te puede interesar',
  'noticias relacionadas',
  'más leídas',
  'leia (?:também|mais)',
  'veja também',
  'notícias relacionadas',
  'mais lidas',
  'leggi anche',
  'potrebbe interessarti',
  'articoli correlati',
  // id / ms
  'baca (?:juga|lagi|selengkapnya)',
  'lihat juga',
  'simak juga',
  'berita terkait',
  'berita lainnya',
  'terpopuler',
  'artikel berkaitan',
  'berita berkaitan',
  // ru
  'читайте (?:также|еще|ещё)',
  'смотрите также',
  'по теме',
  'самое читаемое',
  'другие новости',
  // ar
  'اقرأ (?:أيضا|أيضاً|المزيد)',
  'إقرأ أيضا',
  'اقرأ ايضا',
  'مواضيع ذات صلة',
  'أخبار ذات صلة',
  'آخر الأخبار',
  'الأكثر قراءة',
  // zh
  '阅读全文',
  '延伸阅读',
  '相关新闻',
  '相關新聞',
  '热门新闻',
  '熱門新聞',
  '推荐阅读',
  '猜你喜欢',
];
/** The label alone on its line (a list's heading), or before a separator and a teaser's headline. */
export const TEASER_LABEL = new RegExp(`^[\\s\\p{P}]*(?:${alt(TEASER_LABELS)})\\s*(?:$|[:：|»›>–—-])`, 'iu');

/** A line that is only one of these is a share bar, an advertisement slot or a paywall prompt. */
export const FURNITURE_WORDS = [
  'share',
  'share this',
  'advertisement',
  'sponsored',
  'already a subscriber',
  'subscribe',
  'sign in',
  'log in',
  'teilen',
  'anzeige',
  'werbung',
  'partager',
  'publicité',
  'compartir',
  'publicidad',
  'compartilhar',
  'publicidade',
  'condividi',
  'pubblicità',
  'bagikan',
  'iklan',
  'kongsi',
  'поделиться',
  'реклама',
  'شارك',
  'إعلان',
  '分享',
  '广告',
  '示意图',
];
/** The label and at most a few words more ("Already a subscriber? Sign in"). */
export const FURNITURE_LINE = new RegExp(
  `^[\\s\\p{P}]*(?:${alt(FURNITURE_WORDS)})[\\s\\p{P}]*(?:[\\p{L}\\p{N}]+[\\s\\p{P}]*){0,3}$`,
  'iu',
);

/** Labels of a photo credit ("Foto: dpa", "صورة من: …", "图：…"); a short line with one is a caption. */
export const CREDIT_LABELS = [
  'photos?',
  'foto(?:s|grafia)?',
  'fotó',
  'фото',
  'images?',
  'imagen',
  'imagem',
  'bild(?:er)?',
  'cr[ée]dits?(?: photo)?',
  'picture',
  'gambar',
  'ilustrasi',
  'sumber foto',
  'صورة(?: من)?',
  'الصورة',
  '图片?',
  '圖片?',
  '摄影',
  '攝影',
  '[摄攝]',
];
export const CREDIT = new RegExp(`(?:^|[\\s(|,.])(?:${alt(CREDIT_LABELS)})\\s*[:：]`, 'iu');

/** News and photo agencies as wire captions credit them, the agency, a slash and the photographer ("…, Portugal,
 *  21 June 2023. REUTERS/Jane Roe", "(AP Photo/John Doe)", "EPA/JOHN DOE", "Photo: Cindy Liu/Bloomberg"). */
export const PHOTO_AGENCIES = ['REUTERS', 'Reuters', 'AP Photo', 'AP', 'AFP', 'EPA(?:-EFE)?', 'EFE', 'ANSA', 'dpa'];
/** A wire caption: the agency's credit with the photographer's name after a slash; such a line dates a photo. */
export const AGENCY_CREDIT = new RegExp(`(?<![\\p{L}])(?:${alt(PHOTO_AGENCIES)})\\s?/\\s?\\p{Lu}`, 'u');

/** Words before a name on a byline ("By Jane Roe", "Von Anika Haider", "Oleh Budi Santoso", «Автор: …»). */
export const BYLINE_LABELS = [
  'by',
  'von',
  'par',
  'por',
  'oleh',
  'penulis',
  'pewarta',
  'reporter',
  'editor',
  'redacción',
  'redação',
  'автор',
  'текст',
  'بقلم',
];
export const BYLINE_LABEL = new RegExp(`^(?:${alt(BYLINE_LABELS)})\\s*:?$`, 'iu');
