// Shared pieces of the Chinese pack: Chinese numerals ("三十五" = 35, "两" = 2), the victims' nouns and the
// patterns of a counted group ("6名疑似智障人员", "81名船员") or a group by nationality ("印尼籍漁工", "外籍男女").
// Written for this project.

/** Digits of Chinese numerals (simplified, traditional, financial forms left out: news writes these). */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral up to 99 999 ("三十五" → 35, "十二" → 12, "一百零八" → 108, "两万" → 20000), or null. */
export function chineseNumber(s: string): number | null {
  if (!s || !/^[零〇一二两兩三四五六七八九十百千万萬]+$/.test(s)) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
      continue;
    }
    if (ch in UNITS) {
      section += (digit ?? 1) * UNITS[ch]!;
      digit = null;
      continue;
    }
    if (ch === '万' || ch === '萬') {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

export const NUMERAL = '[零〇一二两兩三四五六七八九十百千万萬]+';
/** Victims' nouns, simplified and traditional. */
export const NOUNS_ZH = [
  '工人',
  '劳工',
  '勞工',
  '外劳',
  '外勞',
  '外籍劳工',
  '外籍勞工',
  '漁工',
  '渔工',
  '船员',
  '船員',
  '木工',
  '男工',
  '女工',
  '童工',
  '员工',
  '員工',
  '男子',
  '女子',
  '男女',
  '男性',
  '女性',
  '妇女',
  '婦女',
  '儿童',
  '兒童',
  '孩子',
  '未成年人',
  '少年',
  '人员',
  '人員',
  '人士',
  '受害者',
  '被害人',
  '受害人',
  '大马人',
  '大馬人',
  '同胞',
  '移工',
  '家庭帮佣',
  '家庭幫傭',
  '女佣',
  '女傭',
  '农民工',
  '農民工',
  '民工',
  // "解救受害群众217名", "被强制劳动者23人", "11名流浪汉": the words of police reports for the people freed.
  '群众',
  '群眾',
  '劳动者',
  '勞動者',
  '流浪汉',
  '流浪漢',
  // "12名残疾人", "7名聋哑人", "31名窑工": the disabled and the kiln or mine workers of forced-labour cases.
  '残疾人',
  '殘疾人',
  '聋哑人',
  '聾啞人',
  '智障人',
  '智障者',
  '残障者',
  '殘障者',
  '流浪者',
  '奴工',
  '黑工',
  '窑工',
  '窯工',
  '矿工',
  '礦工',
  // "40名越南人", "11名台灣民眾": people named by their country with 人 (person) or 民众 (members of the public).
  ...[
    '越南',
    '印尼',
    '印度尼西亚',
    '印度尼西亞',
    '缅甸',
    '緬甸',
    '柬埔寨',
    '老挝',
    '寮國',
    '泰国',
    '泰國',
    '菲律宾',
    '菲律賓',
    '中国',
    '中國',
    '台湾',
    '台灣',
    '马来西亚',
    '馬來西亞',
    '孟加拉',
    '尼泊尔',
    '尼泊爾',
    '巴基斯坦',
    '印度',
    '斯里兰卡',
    '斯里蘭卡',
    '朝鲜',
    '北韓',
    '外国',
    '外國',
    '非洲',
  ].flatMap((country) => [`${country}人`, `${country}民众`, `${country}民眾`]),
]
  .sort((a, b) => b.length - a.length)
  .join('|');
export const MINORS_ZH = '童工|儿童|兒童|孩子|未成年|少年|女童|男童|学生|學生';

/** A counted group: a number, a measure word, up to six modifiers, a victims' noun ("6名疑似智障人员", "81名船员"). */
export const COUNT_GROUP = `(?:\\d+|${NUMERAL})(?:多|余|餘)?(?:名|个|個|位)[^，。、\\d]{0,6}?(?:${NOUNS_ZH})|(?:\\d+|${NUMERAL})(?:名|个|個|位)?(?:外籍|越南|印尼|缅甸|緬甸|菲律宾|菲律賓)[^，。]{0,4}(?:${NOUNS_ZH})`;
/** A group by nationality: "印尼籍漁工", "越南籍", "外籍男女", "来自四川的男木工". */
export const NATIONALITY_GROUP = `\\p{Script=Han}{1,4}籍(?:${NOUNS_ZH}|漁工|渔工|船员|船員)|外籍(?:${NOUNS_ZH})|外劳|外勞|[来來]自\\p{Script=Han}{2,4}的\\p{Script=Han}{0,2}(?:${NOUNS_ZH})`;
