// Invented table tests for the failure kinds of places and dates (issue 10), and the language seam. Every
// sentence here is written for the test; none is taken from an article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEventDates, pickEventDate, referenceDate } from '../../extractors/dates.js';
import { urlDate } from '../../extractors/article/dates.js';
import { textDate } from '../../extractors/article/written-dates.js';
import { languagePack } from '../../extractors/lang/index.js';
import { lemmatiseText } from '../../extractors/lemmas.js';
import { findPlaceMentions } from '../../extractors/places.js';
import { rankPlaces } from '../../extractors/place-ranking.js';

const rank = (lang: string, ...sentences: string[]) =>
  rankPlaces(
    sentences.flatMap((s, i) => findPlaceMentions(s, i, lang, i === 0)),
    () => 1,
  );

// [sentences, lang, want place (name or canonical), want country]
const PLACES: [string[], string, string, string][] = [
  // the exploitation site, not the dateline
  [['LONDON - Police said nine men were found at a car wash in Doncaster.'], 'en', 'Doncaster', 'GB'],
  // not the court
  [['Workers were held on a farm in Wisbech.', 'The case was heard at Cambridge Crown Court.'], 'en', 'Wisbech', 'GB'],
  // not the victims' home region
  [['Men from Bihar were rescued from a brick kiln in Ludhiana.'], 'en', 'Ludhiana', 'IN'],
  [['Рабочих, жителей Ошской области, освободили в Шымкенте.'], 'ru', 'Шымкент', 'KZ'],
  // not an evacuation destination
  [['Fishermen freed on a boat in Ambon were evacuated to Jakarta.'], 'en', 'Ambon', 'ID'],
  // an address: "Road, Town, County"
  [['The raid took place at a hand car wash on Mill Road, Walton-on-Thames, Surrey.'], 'en', 'Walton-on-Thames', 'GB'],
  // a hyphenated spelling of a gazetteer name
  [['A girl was found working at a nail bar in Burton-on-Trent.'], 'en', 'Burton upon Trent', 'GB'],
  // an ambiguous name takes the country of its context
  [['Officers in West Yorkshire rescued eight men from a house in Leeds, England.'], 'en', 'Leeds', 'GB'],
  // a lone region of a country named nowhere else is a namesake ("the Midlands" of Zimbabwe)
  [
    [
      'Girls were trafficked to salons in the Midlands.',
      'One of them was found at a nail bar in Burton-on-Trent.',
      'Police in Stafford said more arrests may follow in Britain.',
    ],
    'en',
    'Burton upon Trent',
    'GB',
  ],
  // where they were sheltered afterwards is not where they worked
  [
    [
      'Workers hosted at a shelter run by a charity in Riotorto were taken daily to farms near Livorno.',
      'Police in Italy arrested two men.',
    ],
    'en',
    'Livorno',
    'IT',
  ],
  // a lower-case qualifier between the preposition and the name; a recruiters' town named later weighs less
  [['Inspectors freed 26 people from two ranches in rural Mirador, Maranhão state.'], 'en', 'Mirador', 'BR'],
  // a county GeoNames keeps only as boroughs; a compass word never qualifies a small town abroad
  [['Police rescued nine workers from a factory in West Yorkshire.'], 'en', 'West Yorkshire', 'GB'],
  // base form of a Russian name as written
  [['Мигрантов освободили в Москве.'], 'ru', 'Москва', 'RU'],
];
for (const [sentences, lang, want, cc] of PLACES) {
  test(`places: ${sentences.join(' ')}`, () => {
    const got = rank(lang, ...sentences);
    assert.ok(
      got.some((p) => p.name === want || p.canonical === want),
      JSON.stringify(got),
    );
    assert.equal(got[0]?.country, cc);
  });
}

test('places carry both names and a GeoNames id', () => {
  const [p] = rank('ru', 'Рабочих нашли на складе в Москве.');
  assert.equal(p.name, 'Москва');
  assert.equal(p.canonical, 'Moscow');
  assert.equal(p.geonameId, 524901);
  assert.equal(p.level, 'city');
});

// Localities the gazetteer does not know: a place with no id and the context's country.
const LOCALITIES: [string[], string, string, string][] = [
  [
    ['Police in Uttar Pradesh freed 20 labourers from a kiln in the village of Kalanpur, India.'],
    'en',
    'Kalanpur',
    'IN',
  ],
  [['Полиция Казахстана освободила шестерых рабочих в селе Жанатурмыс.'], 'ru', 'Жанатурмыс', 'KZ'],
  [['Twelve men were kept in sheds on Halvey island, off the coast of South Korea.'], 'en', 'Halvey', 'KR'],
  // a small foreign namesake said to be the place, in a story plainly elsewhere: a local site the gazetteer lacks
  [
    [
      'The family lived on the Greenacres site in Bedfordshire, Britain, while the men slept in sheds.',
      'Bedfordshire Police found 11 men at Greenacres.',
    ],
    'en',
    'Greenacres',
    'GB',
  ],
  // in apposition: the village, and its province is where it lies (not the victims' home village)
  [
    ['Police freed 31 Bangladeshi workers from a plantation in Kampung Sungai Kelam, a village in Sabah province.'],
    'en',
    'Kampung Sungai Kelam',
    'MY',
  ],
  [
    ['Twenty men were found at a vegetable farm in Ashford Marsh, a small village in Kent.'],
    'en',
    'Ashford Marsh',
    'GB',
  ],
  // the gazetteer knows a town named like the village's first words ("Ban Khok"): the village is the longer name
  [
    ['Thai police found nine Cambodian men at a packing plant in the village of Ban Khok Wiang, Samut Sakhon.'],
    'en',
    'Ban Khok Wiang',
    'TH',
  ],
  [
    ['Inspectors freed seven workers at a quarry in the village of Ban Nong Bua Nuea in Thailand.'],
    'en',
    'Ban Nong Bua Nuea',
    'TH',
  ],
];
for (const [sentences, lang, want, cc] of LOCALITIES) {
  test(`localities: ${sentences.join(' ')}`, () => {
    const got = rank(lang, ...sentences);
    const local = got.find((p) => p.level === 'locality');
    assert.equal(local?.name, want, JSON.stringify(got));
    assert.equal(local?.geonameId, null);
    assert.equal(local?.country, cc);
    // no gazetteer town cut out of the village's name
    assert.ok(!got.some((p) => p !== local && want.startsWith(`${p.name} `)), JSON.stringify(got));
  });
}

test('a village "in" a province is where it lies: the province stays a place of the case', () => {
  const got = rank(
    'en',
    'Police freed 31 Bangladeshi workers from a plantation in Kampung Sungai Kelam, a village in Sabah province.',
  );
  assert.ok(
    got.some((p) => p.name === 'Sabah'),
    JSON.stringify(got),
  );
});

// Places that must not come out: streets named after towns, ordinary words, homes.
const NOT_PLACES: [string, string, string][] = [
  ['Рабочие жили в подвале на улице Московской в Твери.', 'ru', 'Moscow'],
  ['Workers slept in a garage on Delhi Road in Leicester.', 'en', 'Delhi'],
  ['Они мечтали вернуться на Родину и увидеть семью.', 'ru', 'Rodina'],
  ['The man said Mann had promised him work in Leicester.', 'en', 'Mann'],
  ['A woman, a native of Samarkand, was held in a flat in Almaty.', 'en', 'Samarkand'],
  ['The men, hosted at a shelter in Riotorto, were driven every day to fields near Livorno.', 'en', 'Riotorto'],
  ['Her family in Iloilo had not heard from her since she was taken to a house in Riyadh.', 'en', 'Iloilo'],
  [
    'He sent his wages to his home village in Sindhupalchok while he worked at a farm near Norwich.',
    'en',
    'Sindhupalchok',
  ],
  // a town's name inside an organisation's name (a run of capitals closed by its noun)
  [
    'A fisherman told the Stella Maris Seafarers’ Centre that the crew were beaten on a trawler off Songkhla.',
    'en',
    'Stella',
  ],
  ['The men were referred to the Bristol Refugee Rights Network after the raid on a farm in Devon.', 'en', 'Bristol'],
];

test('a police station or a council still says where it is', () => {
  const got = rank('en', 'The 14 workers were taken to Pattani Police Station after the raid on the trawler.');
  assert.ok(
    got.some((p) => p.name === 'Pattani'),
    JSON.stringify(got),
  );
});
for (const [s, lang, bad] of NOT_PLACES) {
  test(`not a place: ${s}`, () => {
    const got = rank(lang, s);
    assert.ok(!got.some((p) => p.name === bad || p.canonical === bad || p.name.startsWith(bad)), JSON.stringify(got));
  });
}

// [sentence, publication date (or null), lang, want event date]
const DATES: [string, string | null, string, string | null][] = [
  ['Police raided the farm on Monday and freed 12 workers.', '2024-06-14', 'en', '2024-06-10'],
  ['Officers rescued the men on March 3.', '2024-01-20', 'en', '2023-03-03'],
  ['Полицейские освободили рабочих в понедельник.', '2024-06-14', 'ru', '2024-06-10'],
  ['Рабочих освободили накануне.', '2024-06-14', 'ru', '2024-06-13'],
  // a span with no day is no event date
  ['Officers rescued the workers last week.', '2024-06-14', 'en', null],
  ['Рабочих освободили в прошлом месяце.', '2024-06-14', 'ru', null],
  // the event, not the statement
  ['Nine men were freed, police said on Tuesday.', '2024-06-14', 'en', null],
  // chrono would read "the morning of June 27" as this morning
  ['Inspectors raided the ranch on the morning of June 27.', '2022-07-05', 'en', '2022-06-27'],
  // "recovered" is a rescue in South Asian news
  ['Sixty bonded labourers were recovered from a kiln on 3 May.', '2019-06-14', 'en', '2019-05-03'],
  // names and abbreviations that chrono takes for weekdays are not days ("Thu" a person, "sun", "now")
  ['Thu was convicted of forcing the girls to work.', '2018-01-02', 'en', null],
  ['They were forced to work in the sun for 14 hours.', '2015-01-02', 'en', null],
  ['Three people have now been jailed for trafficking.', '2018-01-02', 'en', null],
  // never after publication
  ['The sentencing hearing for the men arrested on May 2 is set for July 30, 2024.', '2024-06-14', 'en', '2024-05-02'],
];
for (const [s, pub, lang, want] of DATES) {
  test(`event date: ${s} (published ${pub})`, () => {
    assert.equal(pickEventDate(findEventDates([{ text: s, index: 0 }], referenceDate(pub, s), lang)), want);
  });
}

test("event date without a publication date: the text's year anchors written-out days, never the clock", () => {
  const text = 'In 2019 the labour inspectorate opened a file. Police raided the kiln on 14 June and freed 63 workers.';
  const ref = referenceDate(null, text);
  assert.equal(ref?.anchored, true);
  assert.equal(
    pickEventDate(
      findEventDates([{ text: 'Police raided the kiln on 14 June and freed 63 workers.', index: 1 }], ref, 'en'),
    ),
    '2019-06-14',
  );
  // a weekday has nothing to count from
  assert.equal(
    pickEventDate(findEventDates([{ text: 'Police raided the kiln on Wednesday.', index: 0 }], ref, 'en')),
    null,
  );
  // no year in the text: no date at all; a fetch time passed by mistake anchors nothing
  assert.equal(referenceDate(null, 'Police raided the kiln on Wednesday, 23 November.'), null);
  assert.equal(referenceDate(null, '2026-12-01T00:00:00Z'), null);
});

const PUBLISHED: [string, string | null][] = [
  ['Published onSeptember 21, 2022 Written by', '2022-09-21'],
  ['date 2019-06-14 Sixty workers recovered', '2019-06-14'],
  ['Posted on Monday 3 March 2024', '2024-03-03'],
];
for (const [s, want] of PUBLISHED) test(`publication date in text: ${s}`, () => assert.equal(textDate(s), want));
const URLS: [string, string | null][] = [
  ['https://example.es/local/202101/22/eleven-workers-20210122180142.html', '2021-01-22'],
  ['https://example.pt/noticias/operacao-23-11-2022-98913', '2022-11-23'],
  ['https://example.com/news/2018-01-02/trio-jailed', '2018-01-02'],
];
for (const [u, want] of URLS) test(`publication date in URL: ${u}`, () => assert.equal(urlDate(u), want));

test('language packs: one resolution with fallbacks', () => {
  assert.equal(languagePack('ru').code, 'ru');
  assert.equal(languagePack('uk-UA').code, 'ru');
  assert.equal(languagePack('be').code, 'ru');
  assert.equal(languagePack('kk', 'Полиция освободила рабочих в Шымкенте.').code, 'ru');
  assert.notEqual(languagePack('kk', 'Polisiya jumısshılardı bosattı.').code, 'ru');
  assert.equal(languagePack('und', 'Полиция освободила рабочих.').code, 'ru');
  assert.equal(languagePack(null, 'Police freed the workers.').code, 'en');
});

test("search stems come from the packs' Snowball stemmers", () => {
  assert.equal(lemmatiseText('trafficked trafficking', 'en'), 'traffick traffick');
  assert.equal(lemmatiseText('рабства рабство', 'ru'), 'рабств рабств');
  // a Russian word in English text is stemmed as Russian
  assert.equal(lemmatiseText('рабство', 'en'), 'рабств');
});
