// Chinese date reading: chrono's Chinese parser (simplified and traditional: "2023年3月3日", "3月3日", "周二",
// "昨日"), with rewrites for what it does not read: Taiwan's ROC years ("112年" = 2023, "106.09.18" = 2017-09-18),
// written for this project.
import * as chrono from 'chrono-node';
import type { DatePack } from '../types.js';

const cue = (list: string[], weight: number) => ({ pattern: new RegExp(list.join('|'), 'u'), weight });

/** ROC (民國) years 100–119 → Gregorian (+1911), before chrono reads them. */
const ROC: [RegExp, string][] = [];
for (let y = 100; y <= 119; y++) {
  ROC.push([new RegExp(`(?<![\\d.])(?:民國)?${y}\\.(\\d{1,2})\\.(\\d{1,2})(?![\\d.])`, 'gu'), `${y + 1911}年$1月$2日`]);
  ROC.push([new RegExp(`(?<![\\d.])(?:民國|民国)?${y}年`, 'gu'), `${y + 1911}年`]);
}

export const DATES_ZH: DatePack = {
  parser: chrono.zh.casual,
  rewrites: [
    ...ROC,
    // "8月9日(周二)": the weekday in brackets repeats the day.
    [/[(（](?:周|星期|週|礼拜|禮拜)[一二三四五六日天][)）]/gu, ''],
    // "昨日下午4时10分": chrono's Chinese parser reads 昨天, not the written 昨日.
    [/昨日/gu, '昨天'],
    [/前日/gu, '前天'],
  ],
  // Chinese puts the day of a statement before its verb ("警方9日表示"): a date after the verb belongs to the
  // reported clause ("他表示，警方于昨日…"), unless it follows at once ("称于3日").
  speech: /(?:表示|指出|透露|称|稱|说|說|披露)(?:于|於)?$/u,
  reported: /(?!)/u,
  // "警方9日表示": the day right before a verb of saying is the statement's.
  speechAfter: /^[^，。,]{0,4}?(?:表示|指出|透露|称|稱|说|說|通报|通報|介绍|介紹|告诉|告訴)/u,
  // "将于4月20日开庭": a hearing to come ("将" alone is also the object marker, so only with 于/在).
  future: /将于|将在|將於|將在|拟于|擬於|定于|定於|计划于|計劃於|预计于|預計於|下周|下週|下月|即将|即將/u,
  // "当天下午，警方解救了5人": that same day, the day the sentence before names.
  sameDay: /当天|当日|同日|当晚|當天|當日|當晚/u,
  // "警方12日表示", "民警于3日解救": a day of the month alone, as the wire writes the days of the report's month (not
  // "5月12日", which the parser reads, nor a span's "3日内" or "15日起").
  dayOfMonth: /(?<![\d月年.\/-])([1-9]|[12]\d|3[01])\s*[日号號](?![\d内內起至前后後])/u,
  dayWords: /昨天|今天|前天|昨日|今日|前日/u,
  // "上周" (last week) is vague, "上周二" (last week's Tuesday) names a day.
  vague:
    /月底|月初|年底|年初|上月|上个月|上個月|去年|今年|本月|(?:本|上)(?:周|週|星期)(?![一二三四五六日天])|年間|年间/u,
  events: [
    cue(
      [
        '解救',
        '获救',
        '獲救',
        '救出',
        '拯救',
        '取缔',
        '取締',
        '突击',
        '突擊',
        '查获',
        '查獲',
        '找到',
        '报警',
        '報警',
        '出警',
        '搜索',
        '行动',
        '行動',
      ],
      3,
    ),
    cue(['逮捕', '抓获', '抓獲', '刑事拘留', '控制'], 2),
    cue(['起诉', '起訴', '不起诉', '不起訴', '立案', '侦办', '偵辦', '举报', '舉報'], 1.5),
    cue(['判处', '判處', '宣判', '判决', '判決', '获刑', '獲刑', '开庭', '開庭'], 1.2),
  ],
};
