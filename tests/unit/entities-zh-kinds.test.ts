// Chinese businesses and perpetrators by kind of sentence (fresh real-news misses, round 5): a role glued to the
// word before it ("女僱主羅允彤"), a quote or a verb of naming between role and name ("“打手”赵延兵", "工头名叫张某"),
// a ruling's list of the convicted with no role ("衡明阳犯非法拘禁罪"), X某 joined by 和 before the deed, a day word
// after the name ("羅允彤周五…"); victims as the object of the deed (强迫谢某), judges and volunteers are never
// accused; vessels named without a number ("權宜船大旺號", "銪富號漁工"), a measure word after a number is no firm
// ("50家砖厂"), a Latin gloss of a firm is no person. Invented sentences; rules only (no NER).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBusinessesIn } from '../../extractors/entities/businesses.js';
import { findEntityMentions } from '../../extractors/entities/index.js';
import { languagePack } from '../../extractors/lang/index.js';
import { splitSentences } from '../../extractors/sentences.js';
import { accusedIn } from './accused-rows.js';

const accused = (text: string) => accusedIn('zh', text);

// [text, accused wanted, names never accused]
const PERPETRATORS: [string, string[], string[]][] = [
  ['虐待女傭的女僱主陳美玲周三在區域法院被判囚五年。', ['陳美玲'], []],
  ['黑砖窑窑主王德胜纵容工头殴打民工，被判处有期徒刑八年。', ['王德胜'], []],
  ['“打手”赵大勇犯故意伤害罪，判处有期徒刑十年。', ['赵大勇'], []],
  ['包工头冷建国犯强迫劳动罪，被判处有期徒刑五年。', ['冷建国'], []],
  ['法院宣判：郭小兵犯非法拘禁罪，判处有期徒刑两年；刘长江犯非法拘禁罪，判处有期徒刑一年。', ['郭小兵', '刘长江'], []],
  ['警方查明，这些人的工头名叫孙某，已被刑事拘留。', ['孙某'], []],
  ['38岁的黄某被提前抓获，另有5名看守落网。', ['黄某'], []],
  ['周某和吴某以5万元的价格“购买”了6名智力残疾人员，强迫他们劳动。', ['周某', '吴某'], []],
  ['养殖场老板邓某利用工人智力低下，长期不支付工资。', ['邓某'], []],
  ['厂长杨建华雇佣打手看管工人，被警方以涉嫌强迫劳动罪刑事拘留。', ['杨建华'], []],
  ['台中地院判處仲介業者黃美華有期徒刑三年。', ['黃美華'], []],
  ['蛇頭鄭文彬將20名漁工賣到遠洋漁船上。', ['鄭文彬'], []],
  // traps: the victim as the object of the deed, the judge, a volunteer who reported the case
  ['法院查明，被告人刘某以殴打、辱骂的方式强迫谢某从事劳动，判处刘某有期徒刑三年。', ['刘某'], ['谢某']],
  ['法官何美华判刑时表示，被告人李某长期虐待女佣，判处有期徒刑四年。', ['李某'], ['何美华']],
  ['志愿者马明亮报警后，民警解救了张某，砖厂老板韩某被抓获。', ['韩某'], ['马明亮', '张某']],
  ['船长严重虐待船员，公司负责人被起诉。', [], ['严重']],
];

test('perpetrators (zh): roles glued to the word before, naming verbs, rulings without roles; never victims or judges', () => {
  const failures: string[] = [];
  for (const [text, want, not] of PERPETRATORS) {
    const got = accused(text);
    for (const w of want) if (!got.includes(w)) failures.push(`missing ${w} in [${got}] | ${text}`);
    for (const n of not) if (got.some((g) => g.includes(n))) failures.push(`${n} accused | ${text}`);
  }
  assert.deepEqual(failures, []);
});

// [text, businesses wanted (exact names)]
const BUSINESSES: [string, string[]][] = [
  ['悬挂万那杜旗的权宜船金海號在公海上发生命案。', ['金海號']],
  ['长丰號漁工向记者讲述被拖欠薪资的经历。', ['长丰號']],
  ['这艘鱿钓船宏远號已被美国海关扣押。', ['宏远號']],
  ['超过30家砖厂被查出使用智障工人。', []],
  ['今年5号渔船出港后失联。', []],
];

test('businesses (zh): vessels named without a number, a counted measure word is no firm', () => {
  for (const [text, want] of BUSINESSES)
    assert.deepEqual(
      findBusinessesIn(text, 0, languagePack('zh').entities).map((b) => b.name),
      want,
      text,
    );
});

test('people (zh): a Latin gloss of a firm in a Chinese sentence is no person', () => {
  const sentences = splitSentences('林某曾是台资公司「远洋仲介」(Pacific Ocean)的经理，被判处十年徒刑。');
  const people = findEntityMentions(sentences, 'zh', '').people.map((p) => p.name);
  assert.ok(!people.includes('Pacific Ocean'), `${people}`);
});
