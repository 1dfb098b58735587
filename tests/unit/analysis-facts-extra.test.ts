// Extra tables for the facts of a case (victims' count, places, event dates) on phrasings the dev corpus lacks:
// totals beside subgroups, background statistics, oblique Russian place names, acronyms, datelines.
// Short synthetic sentences written for these tests; each table has its false positives beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findVictims } from '../../extractors/victims.js';
import { findEventDates, pickEventDate, referenceDate } from '../../extractors/dates.js';
import { lookupRussian } from '../../extractors/gazetteer.js';
import { victimNationalities } from '../../extractors/demonyms.js';
import { datelinePlace, findPlaceMentions, type PlaceMention } from '../../extractors/places.js';
import { rankPlaces } from '../../extractors/place-ranking.js';

const s = (...texts: string[]) => texts.map((text, index) => ({ text, index }));

// [headline, sentences, lang, expected count]
const COUNTS: [string, string[], string, number | null][] = [
  // A subgroup ("nine of them", "N of the workers") is not the count; the whole group freed is.
  [
    'Inspectors free 52 melon pickers, eight of them teenagers',
    ['Eight of the workers are under 18, the inspectors said.'],
    'en',
    52,
  ],
  [
    '',
    [
      'Labour inspectors removed 30 sugar cane cutters from an estate near the river.',
      'Six of the workers are teenagers.',
    ],
    'en',
    30,
  ],
  // "N X among M rescued": the nationality group is part of the whole.
  [
    '15 Kenyans among 64 rescued from scam compound',
    ['Fifteen Kenyan nationals are among 64 foreigners rescued from a compound.'],
    'en',
    64,
  ],
  ['', ['Four Nepali women were among 23 workers freed from the factory on Friday.'], 'en', 23],
  // Background totals of the year or since a date are not the incident's count.
  [
    'Agency rescues five girls held as house helps',
    [
      'The agency has rescued five girls who were kept as servants.',
      'The agency says it rescued more than 900 victims of trafficking in 2025.',
    ],
    'en',
    5,
  ],
  [
    '',
    ['Police freed 14 workers from a farm on Monday.', 'So far this year 2,300 people have been rescued.'],
    'en',
    14,
  ],
  [
    '',
    [
      'Officers rescued six boys from a workshop.',
      'The unit rescued more than 800 children across the country in 2024, it said.',
    ],
    'en',
    6,
  ],
  // Russian: people held or trafficked in a sentence about a suspect are the victims, not suspects.
  [
    '',
    ['Его подозревают в незаконном удержании документов 31 гражданина Непала.', '20 человек уже вернулись домой.'],
    'ru',
    31,
  ],
  ['', ['Police freed 9 labourers from a kiln.', 'Since 2020 the unit has freed 4,100 people.'], 'en', 9],
  [
    '',
    [
      'The embassy said 12 maids had been rescued from a house.',
      'It received 1,140 complaints from domestic workers last year.',
    ],
    'en',
    12,
  ],
  // Russian: the headline count and subgroups «среди них».
  ['В Приморье освободили 21 гражданина Таджикистана', ['Среди освобождённых — 5 женщин.'], 'ru', 21],
  [
    '',
    ['Полиция освободила рабочих кирпичного завода.', 'Среди освобождённых — 12 женщин, из них 3 несовершеннолетних.'],
    'ru',
    null,
  ],
  ['', ['Police freed a group of workers from a garment unit, including nine women.'], 'en', null],
  ['', ['Police freed 26 workers, including nine women, from a garment unit.'], 'en', 26],
  ['', ['Полиция освободила 16 мигрантов с завода.', 'С начала года в регионе освобождены 310 человек.'], 'ru', 16],
];

for (const [title, sentences, lang, want] of COUNTS) {
  test(`count: ${title || sentences[0]}`, () => {
    assert.equal(findVictims(s(...sentences), lang, title).count, want);
  });
}

// False positives: numbers that are not the victims of this case.
const NOT_COUNTS: [string[], string, number][] = [
  [['Police freed seven workers.', 'Across the country 3,000 workers were rescued in 2024.'], 'en', 3000],
  [['Police freed seven workers.', 'Eight of the workers are from Ghana.'], 'en', 8],
];
for (const [sentences, lang, not] of NOT_COUNTS) {
  test(`count is not ${not}: ${sentences.join(' ')}`, () => {
    assert.notEqual(findVictims(s(...sentences), lang).count, not);
  });
}

// Russian place names in oblique cases, including names the gazetteer holds only in English transliteration.
const RU_FORMS: [form: string, country: string, name: RegExp][] = [
  ['Камчатке', 'RU', /Kamchatka/],
  ['Камчатку', 'RU', /Kamchatka/],
  ['Петропавловске-Камчатском', 'RU', /Petropavlovsk/],
  ['Новосибирске', 'RU', /Novosibirsk/],
  ['Кыргызстана', 'KG', /Kyrgyzstan/],
  ['Татарстане', 'RU', /Tatarstan/],
  ['Бурятии', 'RU', /Buryat/],
  ['Санкт-Петербурге', 'RU', /Petersburg/],
  ['Южно-Сахалинске', 'RU', /Sakhalinsk/],
  ['Ханты-Мансийске', 'RU', /Khanty/],
];
for (const [form, cc, name] of RU_FORMS) {
  test(`ru lookup: ${form}`, () => {
    const hit = lookupRussian(form)[0];
    assert.ok(hit, `no entry for ${form}`);
    assert.equal(hit.country, cc);
    assert.match(hit.name, name);
  });
}
test('ru lookup: common words are not places', () => {
  for (const w of ['Сотрудники', 'Работники', 'Мигранты', 'Прокуратура', 'Следователи'])
    assert.deepEqual(lookupRussian(w), [], w);
});

/** Countries of the case's places, ranked as the incident stage ranks them (every sentence weighing the same). */
function countries(title: string, sentences: string[], lang: string): string[] {
  const mentions: PlaceMention[] = sentences.flatMap((t, i) => findPlaceMentions(t, i, lang, i === 0));
  if (title) mentions.push(...findPlaceMentions(title, -1, lang));
  const dl = sentences.length ? datelinePlace(sentences[0]) : null;
  if (dl && !mentions.some((m) => m.dateline)) mentions.unshift(dl);
  return rankPlaces(mentions, () => 1).map((p) => p.country ?? '');
}

// [headline, sentences, lang, expected first country, countries that must not appear]
const PLACES: [string, string[], string, string, string[]][] = [
  // The victims' origin is never the place of work, however it is declined.
  [
    'На Камчатке с завода освободили 30 граждан Узбекистана',
    [
      'Полицейские освободили 30 граждан Кыргызстана и Узбекистана.',
      'Посольство Узбекистана в Москве занимается их возвращением.',
    ],
    'ru',
    'RU',
    ['UZ', 'KG'],
  ],
  ['', ['Мигрантов из Таджикистана освободили в Петропавловске-Камчатском.'], 'ru', 'RU', ['TJ']],
  ['', ['Рабочих из Подмосковья и Узбекистана освободили в Ташкенте.'], 'ru', 'UZ', ['RU']],
  ['', ['Представитель диаспоры Киргизии на Камчатке рассказал о рабочих, которых освободили.'], 'ru', 'RU', ['KG']],
  // A multiword name ending in a country's name is another place ("Victoria Island" is not Iceland).
  ['', ['Police raided a compound in the Victoria Island business district of Lagos.'], 'en', 'NG', ['IS']],
  // Acronyms in capitals are organisations, not towns (ILO is not Ilo, Peru).
  [
    '',
    ['A report by the ILO said 40 workers were freed from a farm in Kenya.', 'ILO officials visited the site.'],
    'en',
    'KE',
    ['PE'],
  ],
  ['', ['Police in Western Kenya freed 20 workers from a quarry.'], 'en', 'KE', ['GH']],
  // Names with lower-case particles are one name ("Rio de Janeiro" is not Río, Greece); continents are not towns.
  ['', ['Inspectors freed 20 workers from a building site in Rio de Janeiro.'], 'en', 'BR', ['GR']],
  ['', ['Migrants from Central Asia were freed from a warehouse in Kazan.'], 'en', 'RU', ['PH']],
  // A wire dateline is where the reporter files from; the event sentence says where the case was.
  [
    '',
    ['ROME, June 12 (Continental Press) - Police freed 30 Indian workers from a farm in Tunisia, near Sfax.'],
    'en',
    'TN',
    ['IN'],
  ],
  // Where officials spoke, a recruiter's or an embassy's town, are not where the work was.
  [
    'Nine Nepalis freed from Czech farm, Kathmandu recruiter probed',
    [
      'KATHMANDU: Nine Nepali workers were freed from a farm in eastern Czechia, officials in Kathmandu said.',
      'The Nepal embassy in Berlin said the men were safe.',
    ],
    'en',
    'CZ',
    ['NP', 'DE'],
  ],
  // A country's police or inspectors act in that country: it settles an ambiguous town (Latina, Italy).
  [
    '',
    ['ROME, June 12 (Continental Press) - Italian police freed 30 Indian workers from a farm near Latina.'],
    'en',
    'IT',
    ['ES', 'IN'],
  ],
  [
    '',
    [
      'Polish border guards found 14 Bangladeshi workers living in a container.',
      'Officials in Dhaka said the men were safe.',
    ],
    'en',
    'PL',
    ['BD'],
  ],
  [
    '',
    [
      'ABIDJAN, Nov 4 (Global Wire) - Police in Ghana rescued 18 children from cocoa farms in the Western North region.',
    ],
    'en',
    'GH',
    [],
  ],
];
for (const [title, sentences, lang, want, never] of PLACES) {
  test(`places: ${title || sentences[0]}`, () => {
    const got = countries(title, sentences, lang);
    assert.equal(got[0], want, JSON.stringify(got));
    for (const cc of never) assert.ok(!got.includes(cc), `${cc} in ${JSON.stringify(got)}`);
  });
}

// Event dates: the day of the rescue in the event sentence; a dateline's date is the filing day, not the event.
const DATES: [sentences: string[], published: string, lang: string, expected: string | null][] = [
  [['The inspection took place on November 11 after a complaint.'], '2026-11-17', 'en', '2026-11-11'],
  [['Officers rescued the 18 children on November 11.'], '2026-11-17', 'en', '2026-11-11'],
  [['He is one of 18 children whom the unit removed on 6 November from four farms.'], '2026-11-16', 'en', '2026-11-06'],
  [['Police freed 40 workers from a fish plant on 6 November.'], '2026-11-16', 'en', '2026-11-06'],
  [['Полицейские освободили 38 рабочих 19 ноября.'], '2026-11-21', 'ru', '2026-11-19'],
  // A verb of saying dates the statement only when nothing of the event is told between it and the date.
  [['He said 20 workers were freed on 6 November.'], '2026-11-17', 'en', '2026-11-06'],
  [['Police said they rescued the men on November 11.'], '2026-11-17', 'en', '2026-11-11'],
  [['Officials said that on November 11 inspectors freed 41 cutters.'], '2026-11-17', 'en', '2026-11-11'],
  [['Полиция сообщила, что 6 ноября освободила 12 человек.'], '2026-11-17', 'ru', '2026-11-06'],
  [['The workers were rescued, police said on Tuesday.'], '2026-11-17', 'en', null],
  [['Рабочих освободили, сообщили в полиции в понедельник.'], '2026-11-17', 'ru', null],
  // Datelines and "last week" give no event date.
  [['ROME, June 12 (Continental Press) - Police freed 30 workers from a farm.'], '2026-06-12', 'en', null],
  [['ABIDJAN, Nov 4 (Global Wire) - Police rescued 20 children from cocoa farms.'], '2026-11-04', 'en', null],
  [['Police freed 40 workers from a fish plant last week.'], '2026-11-26', 'en', null],
];
for (const [sentences, pub, lang, want] of DATES) {
  test(`event date: ${sentences[0]} (${pub})`, () => {
    assert.equal(pickEventDate(findEventDates(s(...sentences), referenceDate(pub), lang)), want);
  });
}

// Nationalities of the victims: long lists of origins, and people of a nationality who are the suspects.
const NATIONALITIES: [sentence: string, lang: string, want: string[]][] = [
  [
    'The foreigners, nationals of Kenya, Uganda, Ghana, Peru, Chile and Vietnam, had been recruited online.',
    'en',
    ['KE', 'UG', 'GH', 'PE', 'CL', 'VN'],
  ],
  ['Six Ghanaians who worked as guards were arrested, while 40 victims were freed.', 'en', []],
  ['Police freed 40 workers; nine Bolivians who ran the site were detained.', 'en', []],
  ['Полиция освободила 38 граждан Кыргызстана и Узбекистана.', 'ru', ['KG', 'UZ']],
];
for (const [sentence, lang, want] of NATIONALITIES) {
  test(`nationalities: ${sentence}`, () => {
    assert.deepEqual([...victimNationalities(sentence, lang)].sort(), [...want].sort());
  });
}
