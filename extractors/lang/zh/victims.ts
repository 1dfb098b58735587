// Counting victims in Chinese: a number (digits or Chinese numerals), a measure word (名/个/位), modifiers, a noun;
// "20多名", "百余名" and "数十名" are no exact count; people arrested (嫌犯, 被告) are suspects. Written for this project; the
// scoring follows extractors/lang/generic/counts.ts (lead and rescue sentences first, statistics and suspects down).
import type { CountMention } from '../../victims.js';
import type { VictimPack } from '../types.js';
import { INDICATORS_ZH } from './indicators.js';
import { EVENTS_ZH } from './relevance.js';
import { MINORS_ZH, NOUNS_ZH, NUMERAL, chineseNumber } from './words.js';

const STATISTICS = /截至|全年|今年以来|今年以來|每年|统计|統計|估计|估計|全球|全国|全國|\d+宗/u;
const AGGREGATE = /共接获|共接獲|投报|投報|涉及\d+名|\d+宗/u;
const SUSPECTS_AFTER = /^[^，。]{0,4}(?:嫌犯|嫌疑人|犯罪嫌疑人|被告|从犯|從犯|主犯|中介商|涉案)/u;
const ARRESTS = /逮捕|抓获|抓獲|刑事拘留|起诉|起訴|判处|判處|获刑|獲刑/u;
const RESCUE = new RegExp(`解救|获救|獲救|救出|拯救|找到|${INDICATORS_ZH.restriction_of_movement[0]}`, 'u');
const EVENT = new RegExp(EVENTS_ZH.slice(0, 6).join('|'), 'u');
const PART = /(?:其中|包括|当中|當中|中有|仍有)$/u;
const COUNT = new RegExp(
  `(?<![\\d.数數几幾])(\\d+|${NUMERAL})\\s?(多|余|餘|几|幾)?(?:(名|个|個|位)?([^，。、；：:,()（）「」《》\\d]{0,12}?)(${NOUNS_ZH})|(人))`,
  'gu',
);
// A victims' noun, then its count and 名/人 ("被困人员46人", "妇女儿童12名"); not followed by a time word ("人次").
const NOUN_FIRST = new RegExp(`(${NOUNS_ZH})(?:共|共计|共計)?(\\d+|${NUMERAL})(?:名|人)(?!次)`, 'gu');
/** Men and women counted apart with bare 男/女 ("35男5女", "9男2女"), not 男子/女性/男工 (nouns of their own). */
const MEN_AND_WOMEN = new RegExp(
  `(?<![\\d.])(\\d+|${NUMERAL})名?男(?![子性工童士])[、，,和及]?(\\d+|${NUMERAL})名?女(?![子性工童士儿兒])`,
  'gu',
);
/** Words right after a number that make it no count of people (a date, a time, money, an age, a duration). */
const NOT_PEOPLE = /^[日年月时時分秒元岁歲天次点點号號倍宗份万萬亿億批些群起間间家座]/u;
/** Words inside a counted phrase that make the people no victims (managers, suspects, officers). */
const ROLES = /管理|负责|負責|嫌|被告|犯|警|官|工头|工頭|中介|老板|老闆|雇主|僱主|船东|船東|志愿|志願|家属|家屬/u;

export const VICTIMS_ZH: VictimPack = {
  nouns: NOUNS_ZH,
  minors: MINORS_ZH,
  numberWords: {},
  statistics: STATISTICS,
  aggregate: AGGREGATE,
  notVictimRoles:
    '雇主|僱主|老板|老闆|工头|工頭|中介|嫌犯|嫌疑人|被告|主犯|从犯|從犯|负责人|負責人|检察官|檢察官|警员|警員',
  authorities: '警方|公安|检察|檢察|法院|移民局|劳工局|勞工局|调查局|調查局',
};

export const WORKERS_ZH = /工人|劳工|勞工|外劳|外勞|漁工|渔工|船员|船員|员工|員工|移工|民工|木工|男工|女工|童工/u;

function readCount(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : chineseNumber(s);
}

/** Counts of people in one Chinese sentence (index -1 = the headline). */
export function countsZh(sentence: string, index: number): CountMention[] {
  const stats = STATISTICS.test(sentence) || (index >= 0 && AGGREGATE.test(sentence));
  const rescue = RESCUE.test(sentence) || EVENT.test(sentence);
  const arrests = ARRESTS.test(sentence) && !rescue;
  const score =
    (index < 0 ? 4 : 0) +
    (rescue ? 3 : 0) +
    (index >= 0 && index < 3 ? 2 : index >= 0 && index < 6 ? 1 : 0) -
    (stats ? 6 : 0);
  const out: CountMention[] = [];
  for (const m of sentence.matchAll(COUNT)) {
    const [all, num, approx, measure, betweenRaw, noun, bare] = m;
    const between = betweenRaw ?? '';
    if (NOT_PEOPLE.test(between) || ROLES.test(between)) continue;
    // Without a measure word the noun follows the number at once ("六外劳" is rare; "一批四川木工" is no count).
    if (!bare && !measure && between.trim()) continue;
    const at = m.index ?? 0;
    const end = at + all.length;
    // "20多名", "百余名": approximately, no count. A year ("2007年") never reaches here (年 is no measure word).
    if (approx) continue;
    const n = readCount(num);
    if (n === null || n <= 0 || n > 100000) continue;
    // "1人" alone or a bare "人" after a number of a sum ("4人处于失联") is a part, unless with a measure.
    if (bare) {
      // "一行8人", "找到6人": a group only where a verb of finding or a group word leads.
      if (!/一行|找到|共|救出|获救|獲救|逮捕/u.test(sentence.slice(Math.max(0, at - 6), at))) continue;
    }
    const lead = sentence.slice(Math.max(0, at - 8), at);
    const subset = PART.test(lead) || /其中|仍有|至今/u.test(lead);
    const minors = new RegExp(MINORS_ZH, 'u').test(`${between}${noun ?? ''}`);
    const suspects =
      SUSPECTS_AFTER.test(sentence.slice(end)) ||
      (arrests && /男女|男子|女子|人/u.test(noun ?? '人') && !/工人|劳工|勞工|漁工|渔工|船员|船員/u.test(noun ?? '')) ||
      /逮捕|抓获|抓獲/u.test(sentence.slice(Math.max(0, at - 10), at));
    out.push({
      count: n,
      minors,
      subset,
      sentence: index,
      score: score - (suspects ? 8 : 0),
      at,
      end,
      reason: suspects
        ? 'people counted in a sentence of arrests (suspects)'
        : stats
          ? 'count in a sentence of statistics'
          : `"${all}"`,
    });
  }
  // "解救被困人员46人", "解救被拐妇女儿童12名": Chinese police reports name the group first and count it after.
  for (const m of sentence.matchAll(NOUN_FIRST)) {
    const [all, noun, num] = m;
    const n = readCount(num);
    const at = m.index ?? 0;
    if (n === null || n <= 0 || n > 100000 || out.some((x) => x.at! <= at && x.end! > at)) continue;
    const lead = sentence.slice(Math.max(0, at - 12), at);
    const suspects = /嫌|被告|犯|涉案|逮捕|抓获|抓獲|刑拘/u.test(lead) || (arrests && !rescue);
    out.push({
      count: n,
      minors: new RegExp(MINORS_ZH, 'u').test(noun),
      subset: PART.test(lead),
      sentence: index,
      score: score - (suspects ? 8 : 0),
      at,
      end: at + all.length,
      reason: suspects ? 'people counted in a sentence of arrests (suspects)' : `"${all}"`,
    });
  }
  // "救起了35男5女", "共有9男2女": men and women counted apart in one phrase are one group, their sum.
  for (const m of sentence.matchAll(MEN_AND_WOMEN)) {
    const men = readCount(m[1]!);
    const women = readCount(m[2]!);
    const at = m.index ?? 0;
    if (men === null || women === null || out.some((x) => x.at! <= at && x.end! > at)) continue;
    const lead = sentence.slice(Math.max(0, at - 12), at);
    const suspects = /嫌|被告|犯|涉案|逮捕|抓获|抓獲|刑拘/u.test(lead) || (arrests && !rescue);
    out.push({
      count: men + women,
      minors: false,
      subset: PART.test(lead),
      sentence: index,
      score: score - (suspects ? 8 : 0),
      at,
      end: at + m[0].length,
      reason: suspects
        ? 'people counted in a sentence of arrests (suspects)'
        : `"${m[0]}" (men and women counted apart)`,
    });
  }
  // "3名外籍男子和3名外籍女子": groups listed together are one group.
  const parts = out.filter((x) => !x.subset && x.score > -5);
  const sums: CountMention[] = [];
  for (let i = 0; i + 1 < parts.length; i++) {
    const a = parts[i]!;
    const b = parts[i + 1]!;
    if (/^\s*(?:和|及|与|與|、|以及)\s*$/u.test(sentence.slice(a.end!, b.at!))) {
      sums.push({
        count: a.count + b.count,
        minors: a.minors && b.minors,
        subset: false,
        sentence: index,
        score: Math.max(a.score, b.score) + 0.5,
        reason: `sum of the groups listed together (${a.count} + ${b.count})`,
      });
      a.subset = true;
      b.subset = true;
      i++;
    }
  }
  return [...out, ...sums];
}
