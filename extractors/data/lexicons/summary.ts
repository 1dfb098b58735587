// Cues for choosing an incident's summary sentence (English and Russian news usage, compiled for this project):
// sentences that only cite a law, quote someone, give background or attribute the news are not the case itself.

/** Events the dates lexicon leaves out because they date nothing, but tell a case ("stranded without wages"). */
export const EXTRA_EVENTS_EN = /\b(?:stranded|trapped|abandoned|held captive|kept captive|confined)\b/i;
export const EXTRA_EVENTS_RU = /(?<![\p{L}])(?:изъял\S*|изъят\S*|удерживал\S*|застрял\S*|брошен\S*|задержал\S*)/iu;

/** A citation of the law the case falls under: «по статье 127.2 УК РФ», "under Section 370 of the penal code". */
export const LEGAL_EN =
  /\b(?:under|of|violating|breach of)\s+(?:section|article|sections|articles|s\.)\s*\d+[\w.()]*|\b(?:penal|criminal|labour|labor) code\b|\bAct,? \d{4}\b/i;
export const LEGAL_RU =
  /(?<![\p{L}])(?:по\s+)?(?:стать[еяиюй]|ч\.\s*\d+\s+ст\.|ст\.)\s*\d+(?:\.\d+)?|(?<![\p{L}])(?:УК|КоАП)(?![\p{L}])|уголовн\S+\s+кодекс\S*/iu;

/** A quote, or a sentence closing one with its speaker. */
export const QUOTE_EN =
  /^["“‘']|["”’]\s*,?\s*(?:said|says|told|added)\b|,["”]\s+(?:he|she|they|[A-Z][a-z]+)\s+(?:said|says|told|added)\b/;
export const QUOTE_RU =
  /^[«"“„]|[»"”]\s*,?\s*[—–-]\s*(?:рассказал|сказал|заявил|отметил|говорит|пояснил|добавил|подчеркнул)\S*/iu;

/** Background and context: the wider problem, campaigners' views, statistics, history. */
export const BACKGROUND_EN =
  /^(?:Rights groups|Activists|Campaigners|Advocates|Experts|Analysts|Critics|Unions)\s+(?:say|said|have (?:long )?said|warn|argue)\b|\b(?:tens|hundreds) of thousands\b|\b(?:in recent years|has long been|is one of the|have long|according to (?:the )?(?:ILO|International Labour Organi[sz]ation|UN))\b/i;
export const BACKGROUND_RU =
  /^(?:Правозащитники|Эксперты|Активисты|Аналитики)\s+(?:считают|настаивают|говорят|отмечают|напоминают|указывают)|(?:десятки|сотни)\s+тысяч|в\s+последние\s+годы|по\s+данным\s+МОТ|напомним/iu;

/** A sentence that only says who reported the news («Об этом сообщили в пресс-службе …»). */
export const ATTRIBUTION_EN =
  /^(?:This was|That was|The (?:news|information) was) (?:reported|announced|confirmed)|^(?:It|This) was (?:reported|announced)/i;
export const ATTRIBUTION_RU = /^(?:Об этом|Как сообщ\S+|Информацию подтвердил\S*|Это подтвердил\S*)/iu;

/**
 * A wire dateline at the head of a lead: "DUBAI, Nov 4 (Global Wire) - ", "PATTANI, Thailand, Nov 23 (…) - ",
 * "BISHKEK — ", «МОСКВА, 5 ноября —». The place is in capitals; a colon counts only after a date or agency,
 * so that "ILO: …" or "UN — …" openings are kept only if they carry neither (they rarely begin a lead).
 */
const CAPS = "[\\p{Lu}][\\p{Lu}.'’-]+(?:\\s+[\\p{Lu}][\\p{Lu}.'’-]+){0,3}";
const REGION = '(?:,\\s*[\\p{Lu}][\\p{Ll}.]+(?:\\s+[\\p{Lu}][\\p{Ll}.]+){0,2})?';
const DATE = '(?:,?\\s*(?:[\\p{L}]{3,9}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+[\\p{L}]{3,9})(?:,?\\s+\\d{4})?)';
const AGENCY = '(?:\\s*\\([^()]{1,40}\\))';
export const DATELINE = new RegExp(
  `^${CAPS}${REGION}(?:(?:${DATE}${AGENCY}?|${AGENCY})\\s*[-—–:]|\\s*[—–]|\\s+-)\\s+`,
  'u',
);

/** A sentence that details a group already told of («Среди освобождённых — …», "Among them were …"): a second sentence. */
export const DETAIL_EN =
  /^(?:Among (?:them|those|the)|They included|The (?:group|victims|workers) included|Including|Of (?:them|those))\b/i;
export const DETAIL_RU = /^(?:Среди\s|В\s+том\s+числе|В\s+их\s+числе|Из\s+них)/iu;
