// Chinese pack: invented reports (simplified and traditional; mainland, Taiwan and Malaysian Chinese forms —
// Chinese numerals, 籍/来自, ROC years, 2023年3月3日) and its traps (房奴, a minister forced to resign,
// sex-only trafficking, history). Written for these tests, never copied from articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runTable, type Case } from './lang-romance-table.js';
import { countsZh } from '../../extractors/lang/zh/victims.js';
import { chineseNumber } from '../../extractors/lang/zh/words.js';
import { nationalitiesZh } from '../../extractors/lang/zh/nationalities.js';
import { splitSentences } from '../../extractors/sentences.js';

const CASES: Case[] = [
  {
    name: 'mainland brick kiln: Chinese numerals, a written-out date, workers of a province',
    title: '湖南警方解救三十五名被强迫劳动的工人',
    text: '2023年3月3日，湖南省衡阳市公安局在一家砖厂解救三十五名工人。工头扣押了工人的身份证，并对他们进行殴打。工人每天工作十四个小时，长期被拖欠工资。目前砖厂老板已被刑事拘留。',
    published: '2023-03-05',
    label: 'incident',
    count: 35,
    nationalities: ['CN'],
    country: 'CN',
    date: '2023-03-03',
    indicators: [
      'retention_of_identity_documents',
      'physical_and_sexual_violence',
      'withholding_of_wages',
      'excessive_overtime',
    ],
  },
  {
    name: 'Taiwan fishing crew: traditional characters, 籍, ROC year',
    title: '外籍漁工遭強迫勞動 檢察署起訴船東',
    text: '檢察署偵辦12名印尼籍漁工遭人口販運一案，於112年5月起訴船東。漁工在高雄港的漁船上每天工作18小時，護照遭船東扣留，並被積欠薪資長達一年。',
    published: '2023-06-01',
    label: 'incident',
    count: 12,
    nationalities: ['ID'],
    country: 'TW',
    indicators: ['retention_of_identity_documents', 'withholding_of_wages'],
  },
  {
    name: 'Malaysian Chinese raid: groups listed together, 来自X',
    title: '警方取缔工厂 救出6名外籍劳工',
    text: '(吉隆坡8日讯)警方昨日在巴生一间工厂展开取缔行动，救出3名外籍男子和3名外籍女子，他们来自缅甸和越南。警方也逮捕2名中介嫌犯。所有外劳的护照都被中介扣留，工资也被拖欠。',
    published: '2024-05-08',
    label: 'incident',
    count: 6,
    nationalities: ['MM', 'VN'],
    country: 'MY',
  },
];

const TRAPS: Case[] = [
  {
    name: 'mortgage slave (房奴)',
    title: '当了十年房奴',
    text: '很多年轻人说自己是房奴，每月一半的收入都用来还房贷。房价越来越高，生活压力越来越大。',
    label: 'unrelated',
  },
  {
    name: 'a minister forced to resign',
    title: '部长被迫辞职',
    text: '劳动部长因丑闻被迫辞职，行政院长同意其请辞。反对党要求彻查此事。',
    label: 'unrelated',
  },
  {
    name: 'history: wartime forced labour in a film',
    title: '新电影讲述二战时期的强迫劳动',
    text: '这部纪录片讲述了二战期间日军强迫劳工修建铁路的历史。导演花了五年时间采访幸存者的后代。',
    label: 'unrelated',
  },
  {
    name: 'global figures only',
    title: '报告：全球数千万人沦为现代奴隶',
    text: '根据今天公布的全球奴隶指数报告，全球估计有五千万人沦为现代奴隶。报告说，人数比五年前的估计增加了百分之二十。',
    label: 'related',
  },
];

runTable('zh', [...CASES, ...TRAPS]);

test('zh: Chinese numerals', () => {
  assert.equal(chineseNumber('三十五'), 35);
  assert.equal(chineseNumber('十二'), 12);
  assert.equal(chineseNumber('一百零八'), 108);
  assert.equal(chineseNumber('两万'), 20000);
});

test("zh: approximate counts, suspects and dates are no victims' count", () => {
  assert.deepEqual(
    countsZh('警方找到20多名工人。', 1).map((c) => c.count),
    [],
  );
  assert.ok(countsZh('警方逮捕4名嫌犯。', 1).every((c) => c.score < 0));
  assert.deepEqual(
    countsZh('他于11日讯问了外籍男女。', 1).map((c) => c.count),
    [],
  );
  assert.deepEqual(
    countsZh('警方救出一批四川木工。', 1).map((c) => c.count),
    [],
  );
});

test('zh: nationality lists', () => {
  assert.deepEqual(nationalitiesZh('查获越南、菲律宾、印尼等国籍共30名船员遭限制自由。').sort(), ['ID', 'PH', 'VN']);
});

test('zh: sentences end at 。！？ without a space', () => {
  assert.equal(splitSentences('警方解救了工人。老板被拘留！工资呢？').length, 3);
});
