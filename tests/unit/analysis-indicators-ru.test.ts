// Russian ILO indicator patterns: inflected wordings of each of the eleven indicators, the sentence quoted as
// evidence, and sentences whose words look alike but tell no indicator (fines, bank loans, fan passports).
// All sentences are written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findIndicators } from '../../extractors/indicators.js';
import type { IndicatorId } from '../../lib/types.js';

const FOUND: [sentence: string, id: IndicatorId][] = [
  ['Паспорта всех рабочих всё это время хранились у него в сейфе.', 'retention_of_identity_documents'],
  ['Документы были у хозяина, и уехать они не могли.', 'retention_of_identity_documents'],
  ['По приезде бригадир забрал паспорта у приезжих.', 'retention_of_identity_documents'],
  ['Работодатель так и не вернул им паспорта.', 'retention_of_identity_documents'],
  ['Хозяин держал у себя их паспорта.', 'retention_of_identity_documents'],
  ['Бригадир отбирал документы у каждого новичка.', 'retention_of_identity_documents'],
  ['Паспорта им не отдавали даже для продления патента.', 'retention_of_identity_documents'],
  ['За три месяца хозяин так и не выплатил мужчинам ни рубля.', 'withholding_of_wages'],
  ['Зарплату им не платили месяцами.', 'withholding_of_wages'],
  ['Обещанные деньги женщины так и не получили.', 'withholding_of_wages'],
  ['Рабочие не получили ни копейки за сезон.', 'withholding_of_wages'],
  ['Денег за свой труд они так и не увидели.', 'withholding_of_wages'],
  ['Зарплату постоянно задерживали.', 'withholding_of_wages'],
  ['Мужчины работали фактически за еду.', 'withholding_of_wages'],
  ['Заработанные деньги хозяин забирал себе.', 'withholding_of_wages'],
  ['За всё лето они ничего не получили.', 'withholding_of_wages'],
  ['Всю зиму мужчины жили в юрте без печи.', 'abusive_working_and_living_conditions'],
  ['Рабочие спали на полу в подвале цеха.', 'abusive_working_and_living_conditions'],
  ['Они ютились в бараке без отопления и воды.', 'abusive_working_and_living_conditions'],
  ['В вагончике не было отопления, кормили их объедками.', 'abusive_working_and_living_conditions'],
  ['Кормили работников один раз в день.', 'abusive_working_and_living_conditions'],
  ['Жили вшестером в тесной каморке при цехе.', 'abusive_working_and_living_conditions'],
  ['Им обещали работу на стройке с хорошей зарплатой, а на деле отправили на ферму.', 'deception'],
  ['Девушек заманили в город под предлогом трудоустройства официантками.', 'deception'],
  ['Хозяин не выпускал работников за территорию.', 'restriction_of_movement'],
  ['Ночью рабочие были заперты в ангаре.', 'restriction_of_movement'],
  ['Покидать территорию фермы им запрещалось.', 'restriction_of_movement'],
  ['Свободно передвигаться по городу они не могли.', 'restriction_of_movement'],
  ['Сбежавших поймали и вернули на стройку.', 'restriction_of_movement'],
  ['Покинуть ферму они не могли: двор охраняли с собаками.', 'restriction_of_movement'],
  ['У всех отобрали телефоны в первый же день.', 'isolation'],
  ['Несколько месяцев люди провели без связи с родными.', 'isolation'],
  ['Звонить родственникам им не разрешали.', 'isolation'],
  ['Скот пасли на отдалённой кошаре в степи.', 'isolation'],
  ['Тех, кто жаловался, избивали палкой.', 'physical_and_sexual_violence'],
  ['Одного из рабочих охранник жестоко избил.', 'physical_and_sexual_violence'],
  ['«Нас бьют за любую ошибку», — рассказал мужчина.', 'physical_and_sexual_violence'],
  ['Женщину держали в подсобке и пытали.', 'physical_and_sexual_violence'],
  ['Хозяин угрожал рабочим расправой.', 'intimidation_and_threats'],
  ['Он грозился убить любого, кто пожалуется.', 'intimidation_and_threats'],
  ['Беглецам хозяин пообещал сдать их в полицию.', 'intimidation_and_threats'],
  ['Им пригрозили сдать их в полицию как нелегалов.', 'intimidation_and_threats'],
  ['Каждому сказали, что за ним долг за дорогу в 50 тысяч рублей.', 'debt_bondage'],
  ['Мужчин заставили отрабатывать долг за билеты.', 'debt_bondage'],
  ['Из заработка вычитали стоимость перелёта, и долги только росли.', 'debt_bondage'],
  ['Трудились по 14 часов в сутки.', 'excessive_overtime'],
  ['Они работали без выходных почти год.', 'excessive_overtime'],
  ['Работали с 6 утра до 11 вечера.', 'excessive_overtime'],
  ['Смена длилась 16 часов.', 'excessive_overtime'],
  ['Работали ежедневно с 6 до 22 часов.', 'excessive_overtime'],
  ['На грядках приходилось стоять по четырнадцать часов.', 'excessive_overtime'],
  ['Все рабочие находились в России без документов.', 'abuse_of_vulnerability'],
  ['Среди пострадавших — нелегальные мигранты из Средней Азии.', 'abuse_of_vulnerability'],
  ['Несовершеннолетних подростков годами держали в неволе.', 'abuse_of_vulnerability'],
  ['Работали на него бездомные и люди, страдающие алкоголизмом.', 'abuse_of_vulnerability'],
];
for (const [s, id] of FOUND) {
  test(`ru indicator ${id}: ${s}`, () => {
    const got = findIndicators([s], 'ru').find((i) => i.id === id);
    assert.ok(got, `${id} not found`);
    assert.equal(got.evidence, s);
  });
}

// The evidence is the sentence that supports the indicator, not the first sentence of the case.
test('ru evidence: the supporting sentence is quoted', () => {
  const sentences = [
    'В Подмосковье полиция освободила 12 человек.',
    'Зарплату им не платили полгода.',
    'Паспорта хранились у бригадира.',
  ];
  const got = findIndicators(sentences, 'ru');
  assert.equal(got.find((i) => i.id === 'withholding_of_wages')?.evidence, sentences[1]);
  assert.equal(got.find((i) => i.id === 'retention_of_identity_documents')?.evidence, sentences[2]);
});

// A telling wording wins over a bare one that comes earlier in the article.
test('ru evidence: the most telling sentence is quoted', () => {
  const sentences = [
    'Полиция освободила девять человек, которых удерживали на заводе.',
    'Тех, кто пытался уйти, ловили и избивали.',
  ];
  assert.equal(findIndicators(sentences, 'ru').find((i) => i.id === 'restriction_of_movement')?.evidence, sentences[1]);
});

const NOT_FOUND: [sentence: string, id: IndicatorId][] = [
  ['Водитель выплатил штраф за превышение скорости.', 'withholding_of_wages'],
  ['Пенсионер так и не выплатил штраф за парковку.', 'withholding_of_wages'],
  ['Он не заплатил налог на имущество вовремя.', 'withholding_of_wages'],
  ['Семья не смогла погасить долг по кредиту и обратилась к коллекторам.', 'debt_bondage'],
  ['Полицейский исполнил свой служебный долг.', 'debt_bondage'],
  ['Переговоры шли долго, подолгу обсуждали детали.', 'debt_bondage'],
  ['Ему грозит до шести лет лишения свободы.', 'intimidation_and_threats'],
  ['Ему грозит до шести лет лишения свободы.', 'restriction_of_movement'],
  ['Суд приговорил его к трём годам лишения свободы.', 'restriction_of_movement'],
  ['Футболист отработал всю тренировку без замен.', 'debt_bondage'],
  ['Для входа на матч нужен паспорт болельщика, его забрали на стойке регистрации.', 'retention_of_identity_documents'],
  ['Следователи изъяли документы бухгалтерии и компьютеры.', 'retention_of_identity_documents'],
  ['По улицам ездили автомобили и мотоциклы.', 'physical_and_sexual_violence'],
  ['Они пытались уйти от погони.', 'physical_and_sexual_violence'],
  ['У инженера большой опыт работы.', 'physical_and_sexual_violence'],
  ['Компания продаёт страховку для путешественников.', 'intimidation_and_threats'],
  ['Губернатор пообещал разобраться в ситуации.', 'deception'],
  ['Рыбаки выловили и отловили много рыбы.', 'restriction_of_movement'],
  ['Он долго выходил на связь с редакцией.', 'isolation'],
  // Minors alone are counted as victims.minors, not as this indicator.
  ['Среди них двое несовершеннолетних.', 'abuse_of_vulnerability'],
  ['Магазин открыт с 8 до 20 часов.', 'excessive_overtime'],
  ['Он бьёт рекорды продаж.', 'physical_and_sexual_violence'],
  ['Магазин работает в 12 часов дня.', 'excessive_overtime'],
];
for (const [s, id] of NOT_FOUND) {
  test(`ru no ${id}: ${s}`, () => {
    assert.equal(
      findIndicators([s], 'ru').find((i) => i.id === id),
      undefined,
    );
  });
}
