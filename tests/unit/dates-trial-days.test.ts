// A trial day dates a court report that tells nothing earlier (es, pt, de, it, as fr does): the hearing, the trial's
// opening or the ruling's day, weighted below every other step, so an earlier raid or arrest day given in the text
// wins; a hearing to come ("será juzgado", "wird … beginnen", "comparirà") is no event. Invented sentences only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findEventDates, pickEventDate, referenceDate } from '../../extractors/dates.js';

/** Thursday 14 March 2024. */
const REF = referenceDate('2024-03-14');
const eventOf = (lang: string, sentences: string[]) =>
  pickEventDate(
    findEventDates(
      sentences.map((text, index) => ({ text, index })),
      REF,
      lang,
    ),
  );

// [language, sentences, expected event date (null: no day to give)]
const ROWS: [string, string[], string | null][] = [
  // es
  ['es', ['El juicio contra el empresario agrícola se celebró el martes en la Audiencia de Huelva.'], '2024-03-12'],
  ['es', ['La Audiencia condenó este lunes a tres años de cárcel al dueño de la finca.'], '2024-03-11'],
  ['es', ['Los tres acusados comparecieron el 7 de marzo ante la sección segunda.'], '2024-03-07'],
  ['es', ['El capataz compareció este miércoles en la vista oral por explotar a veinte temporeros.'], '2024-03-13'],
  ['es', ['El tribunal juzgó ayer a la pareja que retenía a una empleada del hogar.'], '2024-03-13'],
  ['es', ['El dueño del taller se sentó este martes en el banquillo por explotar a costureras.'], '2024-03-12'],
  ['es', ['La Sala ha dictado este jueves sentencia de conformidad contra el empresario.'], '2024-03-14'],
  ['es', ['El juicio por la explotación de los jornaleros arrancó el 11 de marzo en Jaén.'], '2024-03-11'],
  ['es', ['Los hechos que se juzgaron el miércoles ocurrieron en un invernadero de Níjar.'], '2024-03-13'],
  ['es', ['Ha sido juzgado este lunes por retener los pasaportes de cuatro trabajadores.'], '2024-03-11'],
  // es traps: an earlier raid day wins; a trial to come is no event
  [
    'es',
    ['La Guardia Civil liberó a doce temporeros el 2 de marzo.', 'El juicio se celebró el martes en Lleida.'],
    '2024-03-02',
  ],
  ['es', ['El empresario será juzgado el 20 de marzo en la Audiencia de Almería.'], null],
  ['es', ['El juicio se celebrará el próximo martes en Murcia.'], null],
  ['es', ['A juicio de la ONG, la situación de los temporeros empeoró el martes.'], null],
  // pt
  ['pt', ['O julgamento do fazendeiro ocorreu nesta terça-feira na Justiça Federal de Marabá.'], '2024-03-12'],
  [
    'pt',
    ['O empresário foi condenado na segunda-feira por manter costureiras em condições degradantes.'],
    '2024-03-11',
  ],
  [
    'pt',
    ['A Justiça Federal condenou nesta quarta-feira (13) o dono da carvoaria a seis anos de prisão.'],
    '2024-03-13',
  ],
  ['pt', ['Na audiência de terça-feira, três vítimas foram ouvidas pelo juiz.'], '2024-03-12'],
  ['pt', ['O julgamento ocorreu no dia 7 de março na Vara Federal de Redenção.'], '2024-03-07'],
  ['pt', ['O júri popular começou ontem no fórum de Altamira.'], '2024-03-13'],
  ['pt', ['O Tribunal Regional Federal julgou na quinta-feira (7) a apelação do fazendeiro.'], '2024-03-07'],
  ['pt', ['A condenação foi decidida por unanimidade na última terça-feira pela Turma.'], '2024-03-12'],
  ['pt', ['O casal sentou ontem no banco dos réus por escravizar uma empregada doméstica.'], '2024-03-13'],
  ['pt', ['A sentença foi proferida na segunda-feira pelo juiz da 2ª Vara Federal.'], '2024-03-11'],
  // pt traps
  [
    'pt',
    ['Os fiscais resgataram nove trabalhadores no dia 1º de março.', 'O julgamento ocorreu nesta terça-feira.'],
    '2024-03-01',
  ],
  ['pt', ['O fazendeiro será julgado no dia 20 de março pelo júri.'], null],
  ['pt', ['A audiência está marcada para a próxima terça-feira.'], null],
  // de
  ['de', ['Am Dienstag stand der Bauunternehmer vor dem Landgericht Augsburg.'], '2024-03-12'],
  ['de', ['Der Gastwirt wurde am Mittwoch wegen Ausbeutung seiner Köche verurteilt.'], '2024-03-13'],
  ['de', ['Der Prozess gegen die Schleuser begann am Montag in Mannheim.'], '2024-03-11'],
  ['de', ['Die beiden Angeklagten mussten sich am 7. März vor dem Amtsgericht verantworten.'], '2024-03-07'],
  ['de', ['Am zweiten Verhandlungstag am Dienstag schilderten drei Erntehelfer ihre Arbeit.'], '2024-03-12'],
  ['de', ['In der Hauptverhandlung am Mittwoch schilderte eine Pflegekraft ihre Arbeitszeiten.'], '2024-03-13'],
  ['de', ['Die Staatsanwältin plädierte gestern auf drei Jahre Haft.'], '2024-03-13'],
  ['de', ['Vor Gericht räumte der Firmenchef am Montag die Vorwürfe ein.'], '2024-03-11'],
  ['de', ['Das Schöffengericht verhandelte am 5. März über den Fall der Erntehelfer.'], '2024-03-05'],
  ['de', ['Der Prozess um die ausgebeuteten Paketboten wurde am Dienstag fortgesetzt.'], '2024-03-12'],
  // de traps
  [
    'de',
    ['Zollbeamte durchsuchten am 4. März eine Baustelle in Köln.', 'Am Dienstag stand der Unternehmer vor Gericht.'],
    '2024-03-04',
  ],
  ['de', ['Der Prozess wird am 20. März vor dem Landgericht beginnen.'], null],
  ['de', ['Die Verhandlung ist für den 25. März angesetzt.'], null],
  ['de', ['Die Verhandlungen über den Tarifvertrag scheiterten am Dienstag.'], null],
  // it
  ['it', ['Il datore di lavoro è stato condannato ieri dal tribunale di Latina.'], '2024-03-13'],
  ['it', ["All'udienza di martedì i braccianti hanno raccontato le loro giornate nei campi."], '2024-03-12'],
  ['it', ['Il processo contro i caporali si è aperto lunedì davanti al tribunale di Foggia.'], '2024-03-11'],
  ['it', ["L'imprenditore è comparso il 7 marzo davanti al giudice per l'udienza preliminare."], '2024-03-07'],
  ['it', ['I tre caporali sono stati processati mercoledì con rito abbreviato.'], '2024-03-13'],
  ['it', ["Alla sbarra ieri c'erano il titolare dell'azienda e il suo autista."], '2024-03-13'],
  ['it', ["L'imprenditore agricolo ha patteggiato martedì un anno di reclusione."], '2024-03-12'],
  ['it', ['Nel dibattimento di lunedì hanno deposto due ispettori del lavoro.'], '2024-03-11'],
  ['it', ['La coppia è stata giudicata il 6 marzo dal tribunale di Prato.'], '2024-03-06'],
  ['it', ["L'udienza preliminare si è tenuta il 6 marzo a Latina."], '2024-03-06'],
  // a parliament's hall is no court
  ['it', ['In aula ieri i deputati hanno discusso la legge sul caporalato.'], null],
  // it traps
  [
    'it',
    ['I carabinieri hanno liberato sei braccianti il 3 marzo.', "L'udienza si è svolta martedì a Latina."],
    '2024-03-03',
  ],
  ['it', ["L'imprenditore sarà processato il 20 marzo a Ragusa."], null],
  ['it', ["L'udienza è fissata per martedì prossimo."], null],
];

describe('a trial day dates a court report that tells nothing earlier (es, pt, de, it)', () => {
  for (const [lang, sentences, want] of ROWS)
    it(`${lang}: ${sentences.join(' ').slice(0, 90)}`, () => assert.equal(eventOf(lang, sentences), want));
});
