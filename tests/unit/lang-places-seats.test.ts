// Places by kind across the packs (issue #11), invented items: the seat of the police acting is a place when nothing
// better is named, but weighs like a court town beside the site; a firm "of" a town is there; a province in brackets
// qualifies a town or makes an unknown name a locality; a two-town dateline with a slash; a country named by its border is a neighbour.
import { runTable } from './lang-romance-table.js';

runTable('it', [
  {
    name: 'the carabinieri of a town are its place when nothing else is named',
    title: 'Caporalato, due arresti',
    text: 'È di due arresti il bilancio di un’operazione dei carabinieri di Brindisi contro il caporalato. I braccianti erano sfruttati nei campi e costretti a lavorare senza contratto.',
    label: 'incident',
    place: 'Brindisi',
    country: 'IT',
  },
  {
    name: 'a cooperative of a town is there',
    title: 'Braccianti sfruttati nei vigneti',
    text: 'I carabinieri hanno liberato dodici braccianti sfruttati nei vigneti e arrestato tre caporali al vertice di una cooperativa di Canelli. Lavoravano per tre euro l’ora, dieci ore al giorno.',
    label: 'incident',
    place: 'Canelli',
    country: 'IT',
  },
]);

runTable('pt', [
  {
    name: 'the police station a few workers went to weighs less than the town where they were rescued',
    title: 'Trabalhadores resgatados em vinícola',
    text: 'O resgate de trabalhadores em condições análogas à escravidão foi feito nesta quarta-feira em Bento Gonçalves (RS). A operação começou depois que trabalhadores procuraram policiais da PRF em Caxias do Sul e contaram que eram mantidos em um alojamento contra a vontade.',
    label: 'incident',
    place: 'Bento Gonçalves',
    country: 'BR',
  },
]);

runTable('es', [
  {
    name: 'a country named by its border is a neighbour, not the place',
    title: 'Rescatan a 20 trabajadores en una mina ilegal',
    text: 'La policía rescató a 20 trabajadores explotados en una mina ilegal en Puerto Maldonado, región fronteriza con Brasil y Bolivia. Trabajaban sin salario y no podían salir del campamento.',
    label: 'incident',
    country: 'PE',
  },
]);

runTable('fr', [
  {
    name: 'an unknown village with its department in brackets is a locality',
    title: 'Vendangeurs exploités',
    text: 'Les gendarmes ont libéré vingt vendangeurs exploités à Saint-Imoges-le-Haut (Marne). Ils étaient logés dans des conditions indignes et privés de salaire, selon le parquet qui a ouvert une enquête pour traite d’êtres humains.',
    label: 'incident',
    place: 'Saint-Imoges-le-Haut',
  },
]);

runTable('de', [
  {
    name: 'a dateline of two towns with a slash names the first',
    title: 'Urteil gegen Bauernpaar wegen Ausbeutung',
    text: 'Grafenau/Sindelfingen - Ein Bauernpaar muss wegen Menschenhandels und Ausbeutung von Arbeitskräften ins Gefängnis. Die Erntehelfer mussten ohne Lohn auf dem Hof arbeiten.',
    label: 'incident',
    place: 'Grafenau',
    country: 'DE',
  },
]);
