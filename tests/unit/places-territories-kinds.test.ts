// Places by kind, round 7 (fresh-page review): an area named by its town's adjective ("nel Foggiano", "dans le
// Libournais"), typographic apostrophes before a town ("la ville d’Aboisso", "dell’Albese"), a domestic worker's
// place of work ("à son domicile de X"), a person's home with its unit word ("aus dem Landkreis X"), a country's
// adjective before a common noun ("Thai fishing boats") and words that are towns elsewhere ("am Bau", "في بيان");
// a province's or state's code after a town ("Rio Verde (GO)", "Vittoria (RG)") and a town before its area.
// Every sentence is invented; traps (null) must name no place.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPlaceMentions } from '../../extractors/places.js';
import { rankPlaces } from '../../extractors/place-ranking.js';

const top = (lang: string, text: string) => {
  const sentences = text.split(/(?<=[.!?])\s+/u).filter(Boolean);
  return rankPlaces(
    sentences.flatMap((s, i) => findPlaceMentions(s, i, lang, i === 0)),
    () => 1,
  )[0];
};

// [lang, text, the place as written or its GeoNames name (null: none), its country]
const ROWS: [string, string, string | null, string | null][] = [
  // it: the area of a provincial town, by its adjective after an article
  ['it', 'Braccianti sfruttati nelle campagne: un arresto nel Foggiano.', 'Foggiano', 'IT'],
  ['it', 'I carabinieri hanno denunciato un agricoltore del Casertano per caporalato.', 'Casertano', 'IT'],
  ['it', 'Operai in nero in una serra nell’Alto Mantovano, denunciato il titolare.', 'Mantova', 'IT'],
  ['it', 'Sfruttamento nei campi: controlli in tutto il Leccese.', 'Lecce', 'IT'],
  ['it', 'Denunciato il titolare di una cantina del Lecchese.', 'Lecco', 'IT'],
  ['it', 'Braccianti pagati tre euro l’ora nel Salernitano.', 'Salerno', 'IT'],
  ['it', 'Un’azienda vinicola dell’Albese è finita sotto inchiesta.', 'Albese', 'IT'],
  // traps: the adjective of a people, a team, a language, no article of place
  ['it', 'Il Barese ha giocato bene ieri sera.', null, null],
  ['it', 'Parla un italiano perfetto e un po’ di napoletano.', null, null],
  // fr: the area of a town, after a singular article; a plural is the people
  ['fr', 'Des saisonniers exploités dans les vignes dans le Libournais.', 'Libourne', 'FR'],
  ['fr', 'Une entreprise du Nantais poursuivie pour traite des êtres humains.', 'Nantes', 'FR'],
  ['fr', 'Les vendangeurs logeaient dans des caves insalubres dans le Bordelais.', 'Bordeaux', 'FR'],
  ['fr', 'Les Marseillais ont manifesté samedi.', null, null],
  // fr: typographic apostrophe after a word of place; a domestic worker's place of work; the country she left
  ['fr', 'Les gendarmes ont encerclé la ville d’Aboisso avant l’aube.', 'Aboisso', 'CI'],
  ['fr', 'Les enfants ont été découverts aux abords d’Aboisso par la police.', 'Aboisso', 'CI'],
  [
    'fr',
    'Elle a exploité une jeune Malienne pendant six ans à son domicile de Montreuil. La victime évoque son départ du Mali à 14 ans.',
    'Montreuil',
    'FR',
  ],
  // de: where a defendant lives is not the site; a building site is no Philippine town
  [
    'de',
    'Der Wirt betrieb ein Lokal in Erding. Der Mann aus dem Landkreis Augsburg wurde nun verurteilt.',
    'Erding',
    'DE',
  ],
  ['de', 'Zoll und Polizei gingen gegen Schwarzarbeit am Bau vor.', null, null],
  // en: a country's adjective before a common noun is whose boats or people they are
  ['en', 'The men escaped from Thai fishing boats at a port on Ambon island.', 'Ambon', 'ID'],
  ['en', 'Filipino domestic workers were found locked in a villa in Dubai.', 'Dubai', 'AE'],
  ['en', 'Thai police raided a rubber plantation and freed twelve workers.', 'Thailand', 'TH'],
  // a province's or state's code in brackets or after a slash settles the namesake; the town before an area is the
  // finer place; a word that is usually no place ("Vittoria") is one with a code or an area after it
  ['pt', 'Auditores resgataram 14 trabalhadores em uma fazenda de Rio Verde (GO).', 'Rio Verde', 'BR'],
  ['pt', 'A carvoaria ficava em Rio Verde/GO, segundo o MPT.', 'Rio Verde', 'BR'],
  ['pt', 'O resgate aconteceu numa fazenda em Rio Verde-GO, na zona rural.', 'Rio Verde', 'BR'],
  ['en', 'Police rescued twelve workers from a farm near Stratford-upon-Avon.', 'Stratford-upon-Avon', 'GB'],
  ['it', 'I braccianti lavoravano in una serra a Vittoria (RG).', 'Vittoria', 'IT'],
  ['it', 'Arrestati due imprenditori agricoli a Vittoria, nel Ragusano.', 'Vittoria', 'IT'],
  ['it', 'Blitz in un’azienda a Cerignola, nel Foggiano: dieci braccianti in nero.', 'Cerignola', 'IT'],
  ['it', 'La signora Vittoria ha denunciato il datore di lavoro.', null, null],
  // ru: a region by its colloquial name is written in its nominative, not as the stem that found it
  ['ru', 'Рабочих удерживали на ферме в Подмосковье.', 'Подмосковье', 'RU'],
  ['ru', 'На Кубани полиция освободила двенадцать человек.', 'Кубань', 'RU'],
  // ar: "في بيان" is "in a statement"
  ['ar', 'وقالت الشرطة في بيان إنها حررت عمالا في مزرعة.', null, null],
];

for (const [lang, text, want, country] of ROWS)
  test(`${lang} place kind: ${text}`, () => {
    const got = top(lang, text);
    if (want === null) return assert.equal(got, undefined, JSON.stringify(got));
    assert.ok(got && (got.name === want || got.canonical === want), JSON.stringify(got));
    assert.equal(got.country, country, JSON.stringify(got));
  });
