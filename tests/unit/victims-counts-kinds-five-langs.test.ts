// Victims' counts by kind in Russian, Chinese, Malay, French and Italian: words that look like victims' nouns but
// qualify things («800 рабочих мест»), people detained by the authorities ("67 individu ditahan", "menahan 14 warga
// asing") against victims held by an employer, Malay "hamba abdi", French compounds written apart ("cinquante sept")
// and from seventy to three hundred ("quatre-vingt-deux", "cent cinquante"), a part of a group told without its
// number ("vingt-deux d'entre eux", "dodici di loro"), Italian hundreds in one word ("centocinquanta"), people in
// apposition to a role after a comma, Chinese men and women counted apart ("12男3女"), people named by their country
// with 人 ("40名越南人") or by disability ("12名残疾人"), and "数十名" as no count; Russian «около сотни», «полсотни»,
// «23 потерпевших». Every sentence is invented for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findVictims } from '../../extractors/victims.js';

const s = (text: string) =>
  text
    .split(/(?<=[.。!?])\s*/u)
    .filter(Boolean)
    .map((t, index) => ({ text: t, index }));

// [lang, text, expected count]
const ROWS: [string, string, number | null][] = [
  // Russian: «рабочих» qualifying places, days, hours is no count of workers.
  ['ru', 'Полиция освободила 40 мигрантов; на складе было оборудовано 300 рабочих мест.', 40],
  ['ru', 'На фабрике с 500 рабочими местами нашли 25 граждан Вьетнама, которых удерживали без оплаты.', 25],
  ['ru', 'Хозяин обещал 8 рабочих часов в день, а удерживал девять мужчин на ферме.', 9],
  ['ru', 'Было обнаружено 20 цехов на 900 рабочих мест.', null],
  ['ru', 'Из подвала освободили 14 рабочих, мест для сна там не было.', 14],
  // Russian: a hundred told as a noun, and «потерпевших» of court reports; the plural «сотни» is no count.
  ['ru', 'Из рабства на кирпичном заводе освободили около сотни человек.', 100],
  ['ru', 'Полиция вызволила сотню рабочих с лесопилки.', 100],
  ['ru', 'На ферме удерживали полсотни мигрантов.', 50],
  ['ru', 'Следователи установили 23 потерпевших, которых заставляли работать бесплатно.', 23],
  ['ru', 'Сотни мигрантов работают на стройках без договоров.', null],
  // Malay: detained people are no victims; victims held by an employer or with wages withheld are.
  ['ms', 'Polis menyelamatkan lima wanita Indonesia, manakala 12 individu ditahan.', 5],
  ['ms', 'Seramai 40 hamba abdi moden diselamatkan dalam serbuan di ladang sawit.', 40],
  ['ms', 'Imigresen menahan 20 warga asing dan menyelamatkan tiga pekerja Nepal yang dieksploitasi.', 3],
  ['ms', 'Tujuh pekerja yang ditahan di rumah majikan diselamatkan polis.', 7],
  ['ms', 'Enam pekerja yang gajinya ditahan selama setahun diselamatkan.', 6],
  ['ms', 'Lebih 30 pekerja asing ditahan di bawah Akta Imigresen.', null],
  // French: compounds written apart, and "N d'entre eux" where the group has no number of its own.
  ['fr', "Des ouvriers vivaient dans un hangar insalubre. Vingt-deux d'entre eux ont porté plainte.", 22],
  ['fr', 'Le patron exploitait des saisonniers. Cinquante sept d’entre eux se sont constitués partie civile.', 57],
  ['fr', "Les gendarmes ont libéré 30 ouvriers exploités. Douze d'entre eux étaient sans papiers.", 30],
  ['fr', "Les gendarmes ont libéré 18 ouvriers exploités ; trois d'entre eux étaient mineurs.", 18],
  ['fr', 'Quarante trois travailleurs exploités ont été libérés par les gendarmes.', 43],
  ['fr', 'Cent cinquante saisonniers ont été exploités dans les vignes.', 150],
  ['fr', 'Les enquêteurs ont identifié quatre-vingt-deux victimes exploitées.', 82],
  ['fr', 'Soixante et onze ouvriers ont été libérés par les gendarmes.', 71],
  // Italian: hundreds in one word, roles in apposition, "N di loro".
  ['it', 'Centocinquanta braccianti sono stati sfruttati nei campi.', 150],
  ['it', 'I carabinieri hanno liberato centoventi lavoratori stranieri.', 120],
  ['it', 'Duecentotrenta operai sono stati sfruttati senza contratto.', 230],
  ['it', 'Denunciati anche altri tre cinesi, titolari dei laboratori, per sfruttamento.', null],
  ['it', 'Il blitz ha portato alla denuncia di altri quattro pakistani per caporalato.', null],
  ['it', 'Nel capannone lavoravano molti stranieri sfruttati. Dodici di loro hanno denunciato il titolare.', 12],
  // Chinese: men and women counted apart, nationality + 人, vague "数十名".
  ['zh', '警方救出了12男3女，他们被强迫劳动。', 15],
  ['zh', '共有9男2女获救。', 11],
  ['zh', '警方解救40名越南人。', 40],
  ['zh', '警方解救了6名缅甸人。', 6],
  ['zh', '法院查明，被告人强迫12名残疾人劳动。', 12],
  ['zh', '警方从砖厂解救出7名聋哑人。', 7],
  ['zh', '当地警方解救了31名窑工。', 31],
  ['zh', '数十名工人被解救。', null],
  ['zh', '警方抓获犯罪嫌疑人3男1女。', null],
];

for (const [lang, text, want] of ROWS) {
  test(`count ${lang}: ${text}`, () => {
    assert.equal(findVictims(s(text), lang, '').count, want);
  });
}

test("a part told with d'entre eux that are minors gives the minors, not the count", () => {
  const v = findVictims(s("Les gendarmes ont libéré 18 ouvriers exploités ; trois d'entre eux étaient mineurs."), 'fr');
  assert.equal(v.count, 18);
  assert.equal(v.minors, 3);
});
