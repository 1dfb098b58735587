// Month names (full forms and common abbreviations, all grammatical cases used in datelines) for the languages
// the sources publish in, and the meta keys that carry publication dates. Compiled for this project from
// CLDR month names (Unicode licence) and common CMS meta conventions.

export const MONTHS: Record<string, number> = {};
const add = (names: string[][]) =>
  names.forEach((forms, i) =>
    forms.forEach((f) => {
      MONTHS[f] = i + 1;
    }),
  );

add([
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
]);
// Russian (nominative, genitive, abbreviations)
add([
  ['январь', 'января', 'янв'],
  ['февраль', 'февраля', 'фев'],
  ['март', 'марта', 'мар'],
  ['апрель', 'апреля', 'апр'],
  ['май', 'мая'],
  ['июнь', 'июня', 'июн'],
  ['июль', 'июля', 'июл'],
  ['август', 'августа', 'авг'],
  ['сентябрь', 'сентября', 'сен', 'сент'],
  ['октябрь', 'октября', 'окт'],
  ['ноябрь', 'ноября', 'ноя', 'нояб'],
  ['декабрь', 'декабря', 'дек'],
]);
// Ukrainian
add([
  ['січень', 'січня'],
  ['лютий', 'лютого'],
  ['березень', 'березня'],
  ['квітень', 'квітня'],
  ['травень', 'травня'],
  ['червень', 'червня'],
  ['липень', 'липня'],
  ['серпень', 'серпня'],
  ['вересень', 'вересня'],
  ['жовтень', 'жовтня'],
  ['листопад', 'листопада'],
  ['грудень', 'грудня'],
]);
// Spanish, Portuguese, French, Indonesian/Malay, German, Uzbek/Turkmen/Azerbaijani (Latin)
add([
  ['enero', 'janeiro', 'janvier', 'januari', 'januar', 'yanvar', 'ýanwar', 'janvier'],
  ['febrero', 'fevereiro', 'février', 'februari', 'februar', 'fevral', 'fewral'],
  ['marzo', 'março', 'mars', 'maret', 'mac', 'märz', 'mart'],
  ['abril', 'avril', 'aprel', 'aprel'],
  ['mayo', 'maio', 'mai', 'mei', 'may', 'maý'],
  ['junio', 'junho', 'juin', 'juni', 'iyun', 'iýun'],
  ['julio', 'julho', 'juillet', 'juli', 'julai', 'iyul', 'iýul'],
  ['agosto', 'août', 'agustus', 'ogos', 'avgust', 'awgust'],
  ['septiembre', 'setembro', 'septembre', 'sentyabr', 'sentýabr'],
  ['octubre', 'outubro', 'octobre', 'oktober', 'oktyabr', 'oktýabr'],
  ['noviembre', 'novembro', 'novembre', 'november', 'noyabr', 'noýabr'],
  ['diciembre', 'dezembro', 'décembre', 'desember', 'dezember', 'dekabr', 'dekabr'],
]);

// The CLDR month names of the languages news here is written in, as the runtime's Intl data gives them: long,
// short (with and without the dot) and the form used with a day (genitive in Slavic languages). Regional Arabic
// calendars (Levantine كانون الثاني…, Maghrebi جانفي…) come from their locales. Names of two words are stored
// joined (see monthKey), as textDate joins them in the text.
/** Month names of two words (Levantine Arabic), as they are written: textDate joins them before it reads a date. */
export const TWO_WORD_MONTHS: string[] = [];
const CLDR_LOCALES = [
  'en',
  'ru',
  'uk',
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'nl',
  'id',
  'ms',
  'tr',
  'pl',
  'ro',
  'ar',
  'ar-LB',
  'ar-SY',
  'ar-IQ',
  'ar-DZ',
  'ar-MA',
  'ar-TN',
  'uz',
  'kk',
  'az',
];

/** The key a month name is looked up by: lower case, no dots, Arabic alef forms folded, words joined. */
export const monthKey = (w: string): string =>
  w.toLowerCase().replace(/\./g, '').replace(/[أإآ]/g, 'ا').replace(/\s+/g, '');

for (const locale of CLDR_LOCALES) {
  let formats: Intl.DateTimeFormat[];
  try {
    formats = [
      new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
    ];
  } catch {
    continue; // a runtime without this locale's data keeps the hand-written tables
  }
  for (let i = 0; i < 12; i++) {
    const day = new Date(Date.UTC(2020, i, 15));
    for (const f of formats) {
      const name = f.formatToParts(day).find((p) => p.type === 'month')?.value;
      // Only names: a locale that writes the month as a number gives none.
      if (!name || !/^\p{L}[\p{L}\p{M}.\s]*$/u.test(name)) continue;
      MONTHS[monthKey(name)] ??= i + 1;
      if (/\s/.test(name.trim()) && !TWO_WORD_MONTHS.includes(name)) TWO_WORD_MONTHS.push(name);
    }
  }
}
// Forms CLDR lacks that news still prints: Austrian Jänner/Feber, older Indonesian spellings, Egyptian -يه endings.
add([
  ['jänner', 'jän'],
  ['feber', 'pebruari', 'peb'],
  [],
  [],
  [],
  ['يونيه'],
  ['يوليه'],
  ['agt', 'agu'],
  [],
  [],
  ['nopember', 'nop'],
  [],
]);
for (const k of Object.keys(MONTHS)) MONTHS[monthKey(k)] ??= MONTHS[k]!;

/** Meta keys (name / property / itemprop, lower-cased) that carry the publication date, best first. */
export const DATE_META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'article.published',
  'published_time',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'date',
  'dc.date.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'dcterms.issued',
  'sailthru.date',
  'parsely-pub-date',
  'article_date_original',
  'original-publish-date',
  'cxenseparse:recs:publishtime',
  'og:published_time',
  'datecreated',
  'article:published',
  'dc.date.created',
];

/** Meta keys of the last modification: used only when nothing says when the page was published. */
export const MODIFIED_META_KEYS = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'last-modified',
  'dcterms.modified',
];

/** Weekday names and the labels around a date or byline line ("Published:", "by", "Опубликовано", "Соб. корр."),
 * lower-cased without dots: a first line made only of these, a date and a name is metadata, not story. */
export const DATELINE_LABELS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thurs',
  'fri',
  'sat',
  'sun',
  'понедельник',
  'вторник',
  'среда',
  'четверг',
  'пятница',
  'суббота',
  'воскресенье',
  'пн',
  'вт',
  'ср',
  'чт',
  'пт',
  'сб',
  'вс',
  'lunes',
  'martes',
  'miércoles',
  'jueves',
  'viernes',
  'sábado',
  'domingo',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  'lunedì',
  'martedì',
  'mercoledì',
  'giovedì',
  'venerdì',
  'sabato',
  'domenica',
  'by',
  'von',
  'par',
  'por',
  'di',
  'de',
  'and',
  'und',
  'et',
  'y',
  'e',
  'и',
  'in',
  'at',
  'on',
  'am',
  'pm',
  'h',
  'hrs',
  'gmt',
  'utc',
  'ist',
  'cet',
  'cest',
  'msk',
  'bst',
  'est',
  'edt',
  'pst',
  'published',
  'updated',
  'posted',
  'last',
  'date',
  'time',
  'publicado',
  'actualizado',
  'publié',
  'mis',
  'à',
  'jour',
  'veröffentlicht',
  'aktualisiert',
  'pubblicato',
  'aggiornato',
  'опубликовано',
  'обновлено',
  'дата',
  'публикации',
  'автор',
  'текст',
  'фото',
  'г',
  'года',
  'в',
  'соб',
  'корр',
  'собкор',
  'спецкор',
  'корреспондент',
  'staff',
  'reporter',
  'correspondent',
  'agencies',
  'agency',
  'wire',
  'writer',
]);

// Labels a CMS prints before the publication date in the text ("Publicado em 12/03/2024 às 10h30", "Diterbitkan:
// Senin, 4 Maret 2024", «Опубликовано: 12 марта 2024», "نشر في 12 مارس 2024", "发布时间：2024-03-12"). Lower case;
// regular-expression sources. Compiled for this project from the common labels of news CMSs in each language.
export const PUBLISHED_LABELS = [
  // en
  'published(?: on| at)?',
  'first published(?: on)?',
  'posted(?: on| at)?',
  'date published',
  'publication date',
  // pt / es
  'publicad[oa](?: em| el| a las| no dia)?',
  'data de publicação',
  'fecha de publicación',
  // fr / it
  'publié(?:e)?(?: le)?',
  'mis en ligne(?: le)?',
  'pubblicato(?: il)?',
  'data di pubblicazione',
  // de
  'veröffentlicht(?: am)?',
  'erschienen(?: am)?',
  'erstellt(?: am)?',
  // id / ms
  'diterbitkan(?: pada)?',
  'dipublikasikan(?: pada)?',
  'dipublikasi(?: pada)?',
  'diposting(?: pada)?',
  'diunggah(?: pada)?',
  'terbit(?: pada)?',
  'tayang(?: pada)?',
  'disiarkan(?: pada)?',
  // ru
  'опубликовано',
  'дата публикации',
  'размещено',
  // ar
  'نشر(?: في| بتاريخ)?',
  'نُشر(?: في| بتاريخ)?',
  'تاريخ النشر',
  // zh
  '发布时间',
  '發布時間',
  '發佈時間',
  '发表时间',
  '發表時間',
  '发布日期',
  '發布日期',
  '发稿时间',
  '發稿時間',
  '发表于',
  '發表於',
];
/** Labels that are ordinary words too ("Stand der Ermittlungen", "la date"): a label only with a colon after. */
export const PUBLISHED_LABELS_COLON = [
  'stand',
  'datum',
  'date',
  'data',
  'fecha',
  'tanggal',
  'tarikh',
  'дата',
  'التاريخ',
  '时间',
  '時間',
  '日期',
];
/** Labels of a later change: such a date dates the page only when nothing else does. */
export const UPDATED_LABELS = [
  'updated?(?: on| at)?',
  'last updated',
  'modified',
  'actualizad[oa](?: el| a las)?',
  'atualizad[oa](?: em| às)?',
  'mis à jour(?: le)?',
  'aktualisiert(?: am)?',
  'zuletzt aktualisiert(?: am)?',
  'aggiornat[oa](?: il| alle)?',
  'diperbarui(?: pada)?',
  'dikemaskini(?: pada)?',
  'обновлено',
  'تحديث',
  'تم التحديث',
  'آخر تحديث',
  '更新时间',
  '更新時間',
  '更新日期',
  '更新',
];

/** CLDR weekday names (long, and short of three letters or more) of the same locales, lower case, no dots: a
 *  weekday before a date belongs to the stamp ("Senin, 4 Maret 2024", "الثلاثاء 12 مارس 2024"). */
export const WEEKDAYS = new Set<string>();
/** The same names with their day of the week (0 Sunday … 6 Saturday, as Date.getUTCDay counts). */
export const WEEKDAY_INDEX = new Map<string, number>();
for (const locale of CLDR_LOCALES.concat('zh')) {
  for (const weekday of ['long', 'short'] as const) {
    let f: Intl.DateTimeFormat;
    try {
      f = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
    } catch {
      continue;
    }
    for (let i = 0; i < 7; i++) {
      const name = monthKey(f.format(new Date(Date.UTC(2024, 0, i + 1))));
      if (name.length >= 3 || /\p{Script=Han}/u.test(name)) {
        WEEKDAYS.add(name);
        // 1 January 2024 was a Monday
        if (!WEEKDAY_INDEX.has(name)) WEEKDAY_INDEX.set(name, (i + 1) % 7);
      }
    }
  }
}

/** Verbs and phrases of a statement in Indonesian and Malay police news. Such a sentence closes on the day it was
 *  said, and that day is the report's: "…,” kata Kapolres, Kamis (15/6/2023).", "ujarnya dalam keterangan tertulis,
 *  Senin (4/3/2024)." Regular-expression sources, lower case. */
export const STATEMENT_CUES = [
  // kata, ujar, ucap, tutur, jelas, ungkap, terang, tegas, imbuh, tambah, pungkas, sebut, papar, beber (+nya)
  '(?:kata|ujar|ucap|tutur|jelas|ungkap|terang|tegas|imbuh|tambah|pungkas|sebut|papar|beber|katanya)(?:nya)?',
  'mengatakan|menjelaskan|menyampaikan|mengungkapkan|menegaskan|menerangkan|menuturkan|menyebutkan',
  'dalam keterangan(?:nya| tertulis| resmi| pers)?|keterangan tertulis',
  'kepada (?:wartawan|awak media|media|pers)',
  'saat dikonfirmasi|ketika dikonfirmasi|saat ditemui|dikutip',
  // the passive of saying: "Hal itu disampaikan Kapolres dalam konferensi pers, Sabtu (10/6/2023)."
  'disampaikan|dikatakan|diungkapkan|dijelaskan',
];

/** Words of a byline right after a date standing apart: "Lundi 15 janvier 2018 par Marion Ivaldi",
 *  "3 May 2024 by Jane Doe", "12. März 2024 von Max Muster", "4 Maret 2024 oleh Budi". */
export const BYLINE_WORDS = ['by', 'par', 'por', 'von', 'di', 'da', 'oleh', 'door'];

/** Chinese and Japanese words that may follow a page's own date stamp on its line: the source, author, editor,
 *  weekday, counters and comment links ("2021-05-06 来源：某某网", "2024年3月12日 星期二", "2019-01-20 我要评论").
 *  Any other Han text right after a date, or a comma, means a sentence goes on ("2019年1月4日，法院公布…",
 *  "2023年10月20日上午，民警…"): the date is an event's. Regular-expression sources. */
export const CJK_STAMP_WORDS = [
  // source, author, editor, reporter
  '来源|來源|稿源|出处|出處|作者|记者|記者|编辑|編輯|责任编辑|責任編輯|责编|責編|通讯员|通訊員',
  // weekday
  '星期|周[一二三四五六日天]|週[一二三四五六日天]|礼拜|禮拜',
  // counters, comments, font size, share: the CMS's furniture
  '浏览|瀏覽|阅读|閱讀|点击|點擊|评论|評論|我要评论|字号|字號|分享|收藏|打印|关闭|關閉',
  // publication and update labels after the date ("2024-03-12 发布")
  '发布|發布|發佈|更新',
];
