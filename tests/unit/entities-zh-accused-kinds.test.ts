// Chinese perpetrators and businesses by kind of sentence (fresh real-news misses, helper round): a name after a
// role before a predicate the lists lacked ("女雇主王美凤明知…", "被告周丽娟共面对…", "被告人孙建军对被害人…",
// "负责人何志明判刑确定"), one role before a list of names ("被告人：郭大伟、郑小红、冯志刚。", "被告人郭大伟与郑小红以…"),
// a police step against a gang ("对黄某军等5名犯罪团伙成员采取刑事强制措施", "将叶某兰等3人抓获归案"); a quoted
// agency ("「远洋仲介」"), a registered name after a verb of going ("进入…有限公司"). Traps: a worker beside the boss,
// judges, people freed; "国际仲介公司" names no firm. Invented sentences; rules only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBusinessesIn } from '../../extractors/entities/businesses.js';
import { languagePack } from '../../extractors/lang/index.js';
import { type AccusedRow, checkAccusedRows } from './accused-rows.js';

// [kind, text, accused wanted, names never accused]
const ROWS: AccusedRow[] = [
  ['predicate', '女雇主王美凤明知女佣受伤，仍然逼她每天干活十八小时。', ['王美凤'], []],
  ['predicate', '被告周丽娟共面对五项蓄意伤人罪状。', ['周丽娟'], []],
  ['predicate', '被告人孙建军对被害人有殴打行为。', ['孙建军'], []],
  ['predicate', '仲介公司负责人何志明判刑确定，现正在柬埔寨服刑。', ['何志明'], []],
  ['predicate', '被告人梁永康入职后协助看管三名少年。', ['梁永康'], []],
  ['role list', '被告人：郭大伟、郑小红、冯志刚。', ['郭大伟', '郑小红', '冯志刚'], []],
  ['role list', '被告人郭大伟、郑小红是夫妻关系，租用民房做手袋加工。', ['郭大伟', '郑小红'], []],
  ['role list', '被告人郭大伟与郑小红以招工为名骗来三名少年。', ['郭大伟', '郑小红'], []],
  ['role list', '民警到场后将被告人郭大伟、郑小红、冯志刚抓获归案。', ['郭大伟', '郑小红', '冯志刚'], []],
  ['gang', '警方对黄某军等5名犯罪团伙成员采取刑事强制措施。', ['黄某军'], []],
  ['gang', '另一路民警在其家中将叶某兰等3人抓获归案。', ['叶某兰'], []],
  // traps
  ['trap', '老板王某与工人张某发生争执后，张某报警。', [], ['张某']],
  ['trap', '法官陈国华、林志明审理此案。', [], ['陈国华', '林志明']],
  ['trap', '被解救的工人刘某华等5人已被送回家乡。', [], ['刘某华']],
];

test('perpetrators (zh): predicates after a role, a role before a list, police steps against a gang; never workers, judges or the freed', () => {
  checkAccusedRows('zh', ROWS);
});

// [text, businesses wanted (exact names)]
const BUSINESSES: [string, string[]][] = [
  ['林某曾是台资公司「远洋仲介」的行政经理。', ['远洋仲介']],
  ['記者進入「順達勞務」的宿舍拍下工人睡地板的畫面。', ['順達勞務']],
  ['记者进入河北省保定市宏达建材有限公司暗访。', ['河北省保定市宏达建材有限公司']],
  ['这是國際仲介公司常用的手法。', []],
  ['涉事的是一家台资公司。', []],
];

test('businesses (zh): a quoted agency, a registered name after a verb of going; an international agency is no name', () => {
  for (const [text, want] of BUSINESSES)
    assert.deepEqual(
      findBusinessesIn(text, 0, languagePack('zh').entities).map((b) => b.name),
      want,
      text,
    );
});
