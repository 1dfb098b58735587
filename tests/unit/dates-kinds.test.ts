// Event dates by kind, per language (extractors/dates.ts and the packs' dates): relative weekdays and phrases
// ("pada Senin (4/3)", "mardi dernier", "am Vortag", "上周二", "Ahad", "semalam"), day and month without a year
// anchored to the publication date, and which date is the event: traps for hearings to come, statement days, vague
// spans ("vergangene Woche", "去年") and older cases told beside the case. Invented sentences only; the publication
// date of every row is Thursday 14 March 2024.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findEventDates, pickEventDate, referenceDate } from '../../extractors/dates.js';

const REF = referenceDate('2024-03-14');

// [language, sentences of the article, expected event date (null: no day to give)]
const ROWS: [string, string[], string | null][] = [
  ['fr', ['Les gendarmes ont libéré 12 ouvriers mardi dernier dans une exploitation.'], '2024-03-12'],
  ['fr', ['Mardi, les gendarmes ont interpellé le gérant de la ferme.'], '2024-03-12'],
  ['fr', ["Le 12 mars, les policiers ont perquisitionné l'atelier."], '2024-03-12'],
  ['fr', ["Le gérant a été interpellé lundi 11 mars à l'aube."], '2024-03-11'],
  ['fr', ['Les inspecteurs ont découvert les saisonniers ce week-end.'], null],
  ['fr', ['Il a été condamné jeudi par le tribunal correctionnel.'], '2024-03-14'],
  ['fr', ['Mercredi 13 mars, une opération a été menée dans trois exploitations.'], '2024-03-13'],
  ['fr', ['Les victimes ont été secourues dans la nuit de mardi à mercredi.'], '2024-03-13'],
  ['fr', ["L'opération menée le 5 mars a permis de libérer 20 personnes."], '2024-03-05'],
  ['fr', ['Avant-hier, la police a démantelé un réseau.'], '2024-03-12'],
  ['de', ['Am Dienstag durchsuchten Zollbeamte die Baustelle.'], '2024-03-12'],
  ['de', ['Die Polizei hat am vergangenen Dienstag drei Männer festgenommen.'], '2024-03-12'],
  ['de', ['Bei einer Razzia am 12. März wurden 20 Arbeiter kontrolliert.'], '2024-03-12'],
  ['de', ['Am Dienstagmorgen befreiten Beamte die Erntehelfer.'], '2024-03-12'],
  ['de', ['Bereits am 12.3. hatten Ermittler das Gelände durchsucht.'], '2024-03-12'],
  ['de', ['Die Razzia fand bereits vergangene Woche statt.'], null],
  ['de', ['Das Landgericht verurteilte den Mann am Mittwoch zu drei Jahren Haft.'], '2024-03-13'],
  ['de', ['Am Montagabend wurden fünf Personen festgenommen.'], '2024-03-11'],
  ['de', ['Gestern durchsuchten Beamte 20 Objekte.'], '2024-03-13'],
  ['de', ['Am 12. März 2024 wurden die Arbeiter befreit.'], '2024-03-12'],
  ['id', ['Polisi menggerebek pabrik tersebut pada Senin (11/3).'], '2024-03-11'],
  ['id', ['Petugas menyelamatkan 20 pekerja pada Selasa lalu.'], '2024-03-12'],
  ['id', ['Para pekerja diselamatkan pada Selasa (12/3/2024) malam.'], '2024-03-12'],
  ['id', ['Tersangka ditangkap di Jakarta, Rabu (13/3).'], '2024-03-13'],
  ['id', ['Penggerebekan dilakukan pada 12 Maret lalu.'], '2024-03-12'],
  ['id', ['Polisi menangkap pelaku kemarin.'], '2024-03-13'],
  ['id', ['Pada Selasa malam, polisi menggerebek lokasi.'], '2024-03-12'],
  ['id', ['Sebanyak 20 pekerja berhasil diselamatkan pada Minggu (10/3) dini hari.'], '2024-03-10'],
  ['id', ['Pelaku diamankan pada Senin, 11 Maret 2024.'], '2024-03-11'],
  ['id', ['Polisi menggerebek rumah itu dua hari lalu.'], '2024-03-12'],
  ['id', ['Polisi menangkap pelaku pada Rabu di rumahnya.'], '2024-03-13'],
  ['id', ['Korban melarikan diri pada Minggu sebelum melapor ke polisi.'], '2024-03-10'],
  ['ms', ['Polis menyelamatkan 20 pekerja dalam serbuan pada Selasa lepas.'], '2024-03-12'],
  ['ms', ['Seramai 30 pekerja asing diselamatkan dalam operasi pada 12 Mac lalu.'], '2024-03-12'],
  ['ms', ['Suspek ditahan pada Isnin di Klang.'], '2024-03-11'],
  ['ms', ['Dalam serbuan kira-kira jam 10 pagi semalam, polis menyelamatkan 12 wanita.'], '2024-03-13'],
  ['ms', ['Polis menahan tiga lelaki pada Selasa (12 Mac).'], '2024-03-12'],
  ['ms', ['Mangsa diselamatkan pada Khamis lalu.'], '2024-03-07'],
  ['ms', ['Serbuan dilakukan pada 12 Mac.'], '2024-03-12'],
  ['ms', ['Majikan itu ditahan kelmarin.'], '2024-03-12'],
  ['ms', ['Mereka diselamatkan pada 12hb Mac.'], '2024-03-12'],
  ['ms', ['Mangsa berjaya melarikan diri pada Ahad sebelum membuat laporan polis.'], '2024-03-10'],
  ['pt', ['Os trabalhadores foram resgatados na última terça-feira (12).'], '2024-03-12'],
  ['pt', ['Os fiscais resgataram 20 pessoas no dia 12 de março.'], '2024-03-12'],
  ['es', ['La policía liberó a 20 trabajadores el pasado martes.'], '2024-03-12'],
  ['es', ['Los agentes detuvieron al empresario el martes 12 de marzo.'], '2024-03-12'],
  ['it', ['I carabinieri hanno arrestato il titolare lunedì scorso.'], '2024-03-11'],
  ['it', ["Il blitz è scattato martedì 12 marzo all'alba."], '2024-03-12'],
  ['ru', ['Полицейские освободили рабочих во вторник.'], '2024-03-12'],
  ['ru', ['12 марта полицейские освободили рабочих.'], '2024-03-12'],
  ['ar', ['داهمت الشرطة المصنع يوم الثلاثاء الماضي.'], '2024-03-12'],
  ['ar', ['تم القبض على المتهم في 12 مارس.'], '2024-03-12'],
  ['ar', ['تمكنت الشرطة من تحرير 20 عاملا أمس.'], '2024-03-13'],
  ['ar', ['ضبطت الأجهزة الأمنية يوم الأحد 10 مارس ثلاثة متهمين.'], '2024-03-10'],
  ['ar', ['ألقت الشرطة القبض على صاحب المزرعة يوم الاثنين.'], '2024-03-11'],
  ['ar', ['قضت المحكمة يوم الأربعاء بإدانة المتهمين.'], '2024-03-13'],
  ['ar', ['ستعقد المحكمة جلستها في 20 أبريل للنظر في القضية.'], null],
  ['ar', ['الأسبوع الماضي داهمت الشرطة المصنع.'], null],
  ['ar', ['في 5 مارس 2024 تم تحرير 12 عاملة منزلية.'], '2024-03-05'],
  ['ar', ['تم تحرير العمال فجر اليوم.'], '2024-03-14'],
  ['zh', ['警方于上周二解救了20名工人。'], '2024-03-05'],
  ['zh', ['3月12日，警方解救了被困工人。'], '2024-03-12'],
  ['zh', ['昨日下午，民警在砖厂解救出12名工人。'], '2024-03-13'],
  ['zh', ['警方9日表示，已抓获3名嫌疑人。'], null],
  ['zh', ['3月10日晚，警方在一家工厂内解救了8名被强迫劳动的工人。'], '2024-03-10'],
  ['zh', ['法院于3月13日作出判决，判处被告人有期徒刑五年。'], '2024-03-13'],
  ['zh', ['该案将于4月20日开庭审理。'], null],
  ['zh', ['去年，警方曾在该地解救过工人。'], null],
  ['zh', ['周三，警方捣毁了一个团伙并解救了工人。'], '2024-03-13'],
  ['zh', ['2024年3月11日，警方抓获了砖厂老板。'], '2024-03-11'],
  ['zh', ['中午，警方解救了工人。'], null],
  [
    'fr',
    [
      'Ce mardi, les gendarmes ont contrôlé une exploitation viticole.',
      'Quinze saisonniers y travaillaient sans contrat.',
    ],
    '2024-03-12',
  ],
  [
    'fr',
    ['Mardi 12 mars, une vaste opération a été menée dans la Marne.', 'Le procès se tiendra le 20 juin.'],
    '2024-03-12',
  ],
  [
    'fr',
    [
      'Les deux gérants ont été interpellés lundi matin.',
      'En 2019, une affaire similaire avait été jugée à Reims le 12 juin 2019 après une perquisition.',
    ],
    '2024-03-11',
  ],
  [
    'fr',
    [
      "L'enquête avait été ouverte le 3 janvier 2023 après une plainte.",
      'Les gendarmes ont libéré 12 ouvriers mercredi.',
    ],
    '2024-03-13',
  ],
  ['fr', ['Dans la nuit de lundi à mardi, les policiers ont démantelé un atelier clandestin.'], '2024-03-12'],
  ['fr', ['Le patron a été condamné hier à deux ans de prison par le tribunal correctionnel.'], '2024-03-13'],
  ['fr', ['Jeudi dernier, la police aux frontières a interpellé trois passeurs.'], '2024-03-07'],
  ['fr', ['Les ouvriers ont été retrouvés le 8 mars dans un hangar.'], '2024-03-08'],
  ['fr', ['Une vingtaine de travailleurs ont été secourus samedi 9 mars.'], '2024-03-09'],
  ['fr', ['Un homme de 45 ans a été mis en examen vendredi pour traite des êtres humains.'], '2024-03-08'],
  ['fr', ["L'inspection du travail a découvert en 2022 des conditions indignes."], null],
  ['fr', ['Le prévenu sera jugé le 4 avril.'], null],
  [
    'de',
    ['Der Zoll hat am Dienstag eine Baustelle in Kiel kontrolliert.', 'Bereits 2021 war die Firma aufgefallen.'],
    '2024-03-12',
  ],
  [
    'de',
    ['Wie das Hauptzollamt heute mitteilte, waren am Vortag 76 Beamte im Einsatz und durchsuchten mehrere Wohnungen.'],
    '2024-03-13',
  ],
  [
    'de',
    ['Die Ermittlungen laufen seit Januar 2023.', 'Am Mittwochmorgen nahmen Polizisten zwei Männer fest.'],
    '2024-03-13',
  ],
  ['de', ['Das Amtsgericht verurteilte den Landwirt am Montag zu einer Bewährungsstrafe.'], '2024-03-11'],
  ['de', ['Die Razzia fand am 5. März statt, bei der 30 Arbeiter angetroffen wurden.'], '2024-03-05'],
  ['de', ['Der Prozess beginnt am 20.', 'April vor dem Landgericht.'], null],
  ['de', ['Bei der Durchsuchung am Dienstagabend wurden Pässe beschlagnahmt.'], '2024-03-12'],
  ['de', ['Ein 52-Jähriger wurde in der Nacht zu Mittwoch festgenommen.'], '2024-03-13'],
  [
    'de',
    [
      'Am 12.',
      'Juni 2019 hatten Beamte bereits einen ähnlichen Betrieb durchsucht.',
      'Am Dienstag wurden nun zwei Männer festgenommen.',
    ],
    '2024-03-12',
  ],
  ['de', ['Vergangene Woche befreite die Polizei 20 Arbeiter.'], null],
  [
    'id',
    [
      'Polisi menggerebek sebuah pabrik di Tangerang, Selasa (12/3/2024).',
      'Kapolres mengatakan, Rabu (13/3), bahwa 20 pekerja diselamatkan.',
    ],
    '2024-03-12',
  ],
  ['id', ['Kasus ini terungkap pada Senin (11/3) lalu setelah seorang pekerja melarikan diri.'], '2024-03-11'],
  ['id', ['Tersangka ditangkap pada Minggu malam (10/3) di rumahnya.'], '2024-03-10'],
  ['id', ['Sidang putusan digelar pada Rabu (13/3) di Pengadilan Negeri Medan.'], '2024-03-13'],
  [
    'id',
    [
      'Pada tahun 2019, pelaku pernah ditangkap dalam kasus serupa.',
      'Polisi kembali menangkap pelaku pada Selasa (12/3).',
    ],
    '2024-03-12',
  ],
  ['id', ['Para korban dievakuasi pada Jumat pekan lalu.'], null],
  ['id', ['Penyelamatan dilakukan pada Sabtu, 9 Maret 2024 sekitar pukul 21.00 WIB.'], '2024-03-09'],
  ['id', ['Petugas menyelamatkan 15 ABK pada 10 Maret 2024.'], '2024-03-10'],
  ['id', ['Sidang lanjutan akan digelar pada Kamis (21/3) mendatang.'], null],
  ['id', ['Kejadian bermula pada Januari lalu ketika korban direkrut.'], null],
  ['ms', ['Polis menyelamatkan 20 wanita warga Indonesia dalam serbuan di Klang pada Selasa.'], '2024-03-12'],
  ['ms', ['Dalam operasi jam 10 pagi semalam, pihak Imigresen menahan 40 pekerja asing.'], '2024-03-13'],
  ['ms', ['Ketua Polis Daerah berkata, suspek ditahan pada 11 Mac lalu.'], '2024-03-11'],
  ['ms', ['Serbuan dilakukan kira-kira pukul 3 petang Isnin lepas.'], '2024-03-11'],
  ['ms', ['Majikan itu didakwa di Mahkamah Sesyen semalam.'], '2024-03-13'],
  ['ms', ['Mangsa berjaya melarikan diri pada Ahad sebelum membuat laporan polis.'], '2024-03-10'],
  ['ms', ['Kes itu akan disebut semula pada 2 April.'], null],
  [
    'ms',
    ['Pada 2019, syarikat sama pernah diserbu pihak berkuasa.', 'Semalam, polis menahan pengurus syarikat itu.'],
    '2024-03-13',
  ],
  ['ms', ['Operasi itu dijalankan pada 12hb Mac.'], '2024-03-12'],
  ['zh', ['2019年6月3日，警方曾查获类似案件。', '3月12日，警方在该厂解救了15名工人。'], '2024-03-12'],
  ['ar', ['في عام 2019 تم ضبط شبكة مماثلة في 3 يونيو 2019.', 'داهمت الشرطة المصنع يوم الثلاثاء.'], '2024-03-12'],
  // French event nouns and set phrases, whole-word vague spans ("dimanche", "janvier" are days), hearings to come
  ['fr', ['Ce mardi 12 mars, les inspecteurs du travail sont intervenus sur un chantier.'], '2024-03-12'],
  ['fr', ['Le 1er mars, une descente de police a eu lieu dans un restaurant.'], '2024-03-01'],
  ['fr', ['Les deux hommes ont écopé de trois ans de prison mercredi.'], '2024-03-13'],
  ['fr', ['Un coup de filet a été réalisé mardi dans les Bouches-du-Rhône.'], '2024-03-12'],
  ['fr', ["L'arrestation du patron a eu lieu lundi soir."], '2024-03-11'],
  ['fr', ['Dans la matinée de mardi, les enquêteurs ont procédé à plusieurs interpellations.'], '2024-03-12'],
  ['fr', ["Les ouvriers ont été mis à l'abri jeudi 7 mars."], '2024-03-07'],
  ['fr', ['Le réseau a été démantelé la semaine dernière.'], null],
  ['fr', ['Les faits ont été découverts le lundi 11 mars dernier.'], '2024-03-11'],
  ['fr', ['Le tribunal a rendu son jugement ce jeudi.'], '2024-03-14'],
  ['fr', ['Les gendarmes ont découvert, mardi, vingt saisonniers logés dans des conditions indignes.'], '2024-03-12'],
  ['fr', ['Selon le parquet, qui a communiqué mardi, les victimes ont été libérées dimanche.'], '2024-03-10'],
  ['fr', ["Le procès doit s'ouvrir le 2 avril prochain."], null],
  ['fr', ['Il avait déjà été condamné en 2018 pour des faits similaires.'], null],
  ['es', ['Los agentes liberaron el pasado lunes a 12 trabajadores.'], '2024-03-11'],
  ['es', ['La Guardia Civil detuvo este martes al dueño de la finca.'], '2024-03-12'],
  ['es', ['El juicio se celebrará el próximo 20 de abril.'], null],
  ['pt', ['A Polícia Federal deflagrou nesta terça-feira (12) uma operação.'], '2024-03-12'],
  ['pt', ['O julgamento será no dia 20 de abril.'], null],
  ['it', ['I carabinieri hanno arrestato ieri il titolare.'], '2024-03-13'],
  ['it', ["L'udienza è fissata per il 20 aprile."], null],
  ['en', ['The trial will start on April 20.'], null],
  ['en', ['Police raided the farm on Tuesday.'], '2024-03-12'],
  ['ru', ['Суд состоится 20 апреля.'], null],
  ['fr', ['Les ouvriers ont été libérés le 12 janvier.'], '2024-01-12'],
  ['fr', ['Les gendarmes sont intervenus dimanche matin.'], '2024-03-10'],
  ['pt', ['Os trabalhadores foram resgatados em 12 de janeiro.'], '2024-01-12'],
  ['es', ['La policía liberó a los trabajadores el 12 de enero.'], '2024-01-12'],
  ['it', ['I braccianti sono stati liberati il 12 gennaio.'], '2024-01-12'],
];

describe('event dates by kind', () => {
  for (const [lang, sentences, want] of ROWS)
    it(`${lang}: ${sentences.join(' ').slice(0, 90)}`, () =>
      assert.equal(
        pickEventDate(
          findEventDates(
            sentences.map((text, index) => ({ text, index })),
            REF,
            lang,
          ),
        ),
        want,
      ));
});

describe('reasons', () => {
  it('an old date says it is old', () => {
    const e = findEventDates([{ text: 'Am 12. Juni 2019 durchsuchten Beamte den Hof.', index: 0 }], REF, 'de');
    assert.match(e[0]!.reason, /before publication/);
  });
});
