// Victims' counts by kind in Arabic, German, Indonesian, Italian, Chinese and Russian: number words built by each
// language's grammar (Arabic units, teens and unit + و + tens; Russian tens and units apart), Arabic-Indic digits,
// the conjunction written onto a number (و3), a total stated after its parts, Chinese counts after the noun
// (被困人员46人); and no count where the text gives none (vague quantities, ages, years, articles of law, money,
// hours, suspects). Every sentence is invented for the test.
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
  // Arabic: digits of both kinds, number words by grammar, groups joined by و.
  ['ar', 'أنقذت الشرطة ٢٨ عاملة من مصنع للملابس في القاهرة.', 28],
  ['ar', 'تم تحرير خمسة وعشرين عاملا من مزرعة في الريف.', 25],
  ['ar', 'حررت السلطات ثلاثة عشر عاملا آسيويا كانوا محتجزين في ورشة.', 13],
  ['ar', 'أنقذت الشرطة أربعة أطفال كانوا يعملون في ورشة لإصلاح السيارات.', 4],
  ['ar', 'ضبطت الشرطة 15 عاملا أجنبيا في مزرعة دون أجور.', 15],
  ['ar', 'تم إنقاذ 12 امرأة و3 أطفال من منزل في المدينة.', 15],
  ['ar', 'أنقذت الشرطة سبع نساء وخمسة أطفال من مصنع للطوب.', 12],
  ['ar', 'حررت الشرطة اثنتي عشرة عاملة منزلية من مكتب استقدام.', 12],
  ['ar', 'تم تحرير ثلاثين عاملا من مزرعة للنخيل.', 30],
  ['ar', 'أنقذت الشرطة ٣٥ شخصا احتجزوا في مستودع.', 35],
  ['ar', 'اعتقلت الشرطة ثلاثة متهمين بالاتجار بالبشر.', null],
  ['ar', 'حكمت المحكمة بالسجن خمس سنوات على المتهم.', null],
  ['ar', 'عشرات العمال تعرضوا للاستغلال في المزارع.', null],
  ['ar', 'يعاقب القانون رقم 64 لسنة 2010 على الاتجار بالبشر.', null],
  // German: number words, approximate and total counts.
  ['de', 'Die Polizei befreite elf Erntehelfer aus Rumänien auf einem Hof.', 11],
  ['de', 'Rund 40 Arbeiter mussten bis zu 14 Stunden am Tag schuften.', 40],
  ['de', 'Der Zoll stieß auf einer Baustelle auf 23 ukrainische Arbeiter ohne Lohn.', 23],
  ['de', 'Die Ermittler fanden sieben Frauen, sieben Männer und vier Kinder in der Unterkunft.', 18],
  ['de', 'Insgesamt 35 Menschen wurden aus der Fabrik befreit.', 35],
  ['de', 'In der Halle lebten fünf Frauen und drei Männer, insgesamt neun Personen wurden befreit.', 9],
  ['de', 'Die Beamten trafen in dem Restaurant auf drei Vietnamesen, die ohne Lohn arbeiteten.', 3],
  ['de', 'Etwa 60 Arbeitskräfte aus Polen wurden auf dem Schlachthof ausgebeutet.', 60],
  ['de', 'Der Zoll befreite 14 Arbeiterinnen und Arbeiter aus einer Näherei.', 14],
  ['de', 'Zweiundzwanzig Saisonkräfte hatten monatelang keinen Lohn erhalten.', 22],
  ['de', 'Der 45-jährige Betreiber muss sich verantworten. Er beutete seit Jahren Arbeiter aus.', null],
  ['de', 'Zwei Männer wurden festgenommen. Sie sollen Erntehelfer ausgebeutet haben.', null],
  ['de', 'Dutzende Saisonarbeiter lebten in Containern.', null],
  ['de', 'Das Landgericht verurteilte den Mann zu drei Jahren Haft.', null],
  ['de', 'Die Männer arbeiteten zwölf Stunden am Tag für 3 Euro pro Stunde.', null],
  // Officers and an authority's staff are counted too, never as victims.
  ['de', 'An der Razzia waren rund 400 Einsatzkräfte verschiedener Hauptzollämter beteiligt.', null],
  ['de', 'Rund 200 Polizeikräfte durchsuchten die Unterkünfte.', null],
  ['de', '24 Mitarbeiter des Hauptzollamts kontrollierten die Baustelle.', null],
  ['de', 'Bundesweit arbeiten rund 300.000 Saisonkräfte in der Landwirtschaft.', null],
  ['de', 'Die drei Beschuldigten sollen Arbeiter ausgebeutet haben.', null],
  ['de', 'Die Polizei durchsuchte 12 Wohnungen und zwei Betriebe.', null],
  ['de', 'Die Kontrolleure befragten 45 Beschäftigte, 19 von ihnen erhielten keinen Mindestlohn.', 45],
  // Indonesian.
  ['id', 'Polisi menyelamatkan sebanyak 12 orang pekerja migran dari sebuah pabrik.', 12],
  ['id', 'Sebanyak 12 PMI ilegal berhasil digagalkan keberangkatannya.', 12],
  ['id', 'Tiga belas ABK asal Indonesia disekap di kapal ikan.', 13],
  ['id', 'Dua puluh lima calon pekerja migran diselamatkan di pelabuhan.', 25],
  ['id', 'Sebanyak 20 PMI asal NTT dipulangkan, lima di antaranya anak-anak.', 20],
  ['id', 'Lima pria dan tiga wanita ditemukan di penampungan, seluruhnya 8 orang korban.', 8],
  ['id', 'Polisi menangkap dua orang tersangka perekrut.', null],
  ['id', 'Puluhan pekerja tidak digaji selama berbulan-bulan.', null],
  ['id', 'Korban berusia 17 tahun itu dipaksa bekerja 18 jam sehari.', null],
  ['id', 'Kasus ini melanggar Pasal 4 UU Nomor 21 Tahun 2007 tentang TPPO.', null],
  ['id', 'Sebanyak 120 personel gabungan dikerahkan dalam penggerebekan itu.', null],
  ['id', 'Polisi mengerahkan 50 orang petugas ke lokasi.', null],
  ['id', 'BP2MI mencatat 1.200 kasus PMI bermasalah sepanjang 2023.', null],
  ['id', 'Tersangka dijanjikan upah Rp 5 juta per orang.', null],
  ['id', 'Para korban dijanjikan bekerja 8 jam sehari dengan gaji 1.500 ringgit.', null],
  // Italian.
  ['it', 'I carabinieri hanno liberato 13 braccianti indiani.', 13],
  ['it', 'Sono stati liberati sette uomini, sette donne e quattro bambini.', 18],
  ['it', 'Gli ispettori hanno trovato cinque operai e due donne, in totale otto lavoratori sfruttati.', 8],
  ['it', 'Decine di lavoratori erano costretti a lavorare 12 ore al giorno.', null],
  ['it', 'Il titolare, 54 anni, è stato arrestato.', null],
  ['it', 'Il tribunale ha condannato i due imprenditori a sei anni.', null],
  // Chinese: numerals, classifiers, approximate counts, counts after the noun.
  ['zh', '警方解救了三十五名工人。', 35],
  ['zh', '20余名工人被困在砖厂。', null],
  ['zh', '警方在该工厂解救出12名被拘禁的劳工，其中包括3名未成年人。', 12],
  ['zh', '警方共解救被困人员46人。', 46],
  ['zh', '此次行动共解救被拐妇女儿童十二名。', 12],
  ['zh', '两名嫌疑人被抓获。', null],
  ['zh', '警方抓获犯罪嫌疑人5名。', null],
  // One victim told without a number: the subject of a passive or the object of rescue; a suspect is not one.
  ['de', 'Eine 34-jährige Frau aus Rumänien wurde jahrelang in dem Haushalt ausgebeutet.', 1],
  ['de', 'Die Polizei befreite eine junge Frau aus einer Wohnung in Essen.', 1],
  ['de', 'Ein Erntehelfer war monatelang ohne Lohn festgehalten worden.', 1],
  ['de', 'Der Mann soll Arbeiter ausgebeutet haben.', null],
  ['de', 'Eine Frau wurde festgenommen, weil sie Arbeiter ausgebeutet haben soll.', null],
  ['es', 'Una mujer boliviana fue rescatada de un taller textil en Buenos Aires.', 1],
  ['es', 'La Policía liberó a una joven que era explotada como empleada del hogar.', 1],
  ['es', 'Un hombre fue detenido por explotar a temporeros.', null],
  ['es', 'Una mujer fue detenida por explotar a su empleada.', null],
  ['fr', 'Une jeune femme a été libérée après avoir été exploitée pendant trois ans.', 1],
  ['fr', 'Le couple exploitait une domestique philippine dans sa villa.', 1],
  ['fr', 'Un homme a été interpellé pour avoir exploité des ouvriers.', null],
  ['it', 'Una donna romena è stata liberata dai carabinieri.', 1],
  ['it', 'Sfruttavano una badante ucraina senza pagarla.', 1],
  ['it', 'Un uomo è stato arrestato per aver sfruttato braccianti.', null],
  ['pt', 'Uma mulher de 60 anos foi resgatada de condições análogas à escravidão.', 1],
  ['pt', 'Os auditores resgataram uma trabalhadora doméstica em Salvador.', 1],
  ['pt', 'A polícia resgatou uma idosa mantida em trabalho escravo.', 1],
  ['pt', 'Um homem foi preso por explorar trabalhadores.', null],
  // Russian: tens and units written apart.
  ['ru', 'В цеху нашли двадцать восемь рабочих.', 28],
  ['ru', 'Полиция освободила тридцать двух мигрантов из подвала.', 32],
  ['ru', 'Полиция освободила 18 граждан Узбекистана.', 18],
  ['ru', 'Десятки мигрантов работали без оплаты.', null],
  ['ru', 'Задержаны два организатора.', null],
];

for (const [lang, text, want] of ROWS) {
  test(`count ${lang}: ${text}`, () => {
    assert.equal(findVictims(s(text), lang, '').count, want);
  });
}
