// Victims' nationalities by kind of sentence (fresh-page review, round 5): a country named as a place of the events or on a list of the accused (ru), the parts of a group told
// by country ("46 son de Rumanía", "12 from Bangladesh"), counted Arabic nisbas ("80 مصريا و30 سودانيا"), and traps
// where the country is the suspects', the site's or an authority's. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { victimNationalities } from '../../extractors/demonyms.js';

// [language, sentence, countries wanted]
const ROWS: [string, string, string[]][] = [
  // en: a country after words of origin; a home told only as a region of the site's own country gives none (the
  // annotators leave domestic cases without a nationality more often than not).
  ['en', 'Eleven workers were rescued; they were from Bangladesh and Nepal.', ['BD', 'NP']],
  // the noun before "from" tells whose origin it is: people, or someone who lured their compatriots
  ['en', 'Labour inspectors found 30 workers from Nepal living in shipping containers.', ['NP']],
  ['en', 'A recruiter from Ghana lured his compatriots with promises of hotel jobs.', ['GH']],
  // ru: a country after a preposition of place is where it happened; «из» still tells origin.
  ['ru', 'В теплице в Украине удерживали 13 граждан Узбекистана.', ['UZ']],
  ['ru', 'Освобождённых граждан Таджикистана вывезли на территории Казахстана и Киргизии.', ['TJ']],
  ['ru', 'Узбекистан вернул на родину 19 граждан, попавших в трудовое рабство на территории Украины.', ['UZ']],
  ['ru', 'Рабочих из Узбекистана удерживали на ферме в Казахстане.', ['UZ']],
  ['ru', 'Среди задержанных украинка и гражданин Китая, которые удерживали 13 узбеков.', []],
];

// Countries that are not the victims': the site, the suspects', a rescue's starting point, an embassy's host.
const TRAPS: [string, string][] = [
  ['en', 'Eighteen workers were rescued from a Malaysia factory after three months without pay.'],
  ['en', 'Thirteen Polish nationals arrested after suspected victims of slavery were found have been released.'],
  ['en', 'Police rescued the workers from a farm in Kent and arrested the owner.'],
  ['en', 'The workers were repatriated from Saudi Arabia after months without pay.'],
  ['en', 'Officers freed the labourers from a kiln in Tamil Nadu.'],
  // an authority, a visitor or a suspect "from" a country: the country is theirs, not the victims'
  ['en', "Inspectors from Oman's labour ministry visited the camp after the workers complained."],
  ['en', 'A delegation from Kenya met the stranded housemaids at the shelter.'],
  ['en', 'A recruiter from Tunisia promised the men jobs in construction.'],
  ['en', 'All the rescued labourers are residents of Chhattisgarh, an official said.'],
  ['en', 'The children, hailing from Bihar, were rescued from a bangle factory.'],
  ['ru', 'Посольство сообщило, что освобожденные в Украине рабочие живы.'],
  ['ru', 'Среди задержанных украинка, двое граждан КНР и гражданин Узбекистана.'],
  ['ru', 'Мигрантов удерживали в рабстве на территории Украины и Молдавии.'],
  ['ru', 'Освобождённых рабочих доставили в Молдавию на автобусе.'],
  ['ru', 'Рабочих, которых держали в рабстве, вернули с Украины.'],
];

for (const [lang, sentence, want] of ROWS)
  test(`victims' nationalities (${lang}): ${sentence}`, () => {
    assert.deepEqual([...victimNationalities(sentence, lang)].sort(), [...want].sort());
  });
for (const [lang, sentence] of TRAPS)
  test(`no victims' nationality (${lang}): ${sentence}`, () => {
    assert.deepEqual(victimNationalities(sentence, lang), []);
  });
