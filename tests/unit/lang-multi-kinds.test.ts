// Kinds of sentences across the packs after en/ru (issue #11), each with invented items (never text from real
// articles): places told as the countryside of a town, demonyms that qualify a place or a state rather than people,
// and relevance kinds (totals of many operations are related; sexual exploitation alone is unrelated).
import { runTable, type Case } from './lang-romance-table.js';

const ES: Case[] = [
  {
    name: 'the countryside of a town is the place ("en la zona rural de X"); "el estado brasileño" names no victims',
    title: 'Rescatan a 23 jornaleros paraguayos en Brasil',
    text: 'Inspectores del trabajo rescataron a 23 jornaleros paraguayos sometidos a trabajo esclavo en la zona rural de Ponta Porã, en el estado brasileño de Mato Grosso do Sul. Dormían en barracas de plástico y no recibían salario.',
    label: 'incident',
    count: 23,
    nationalities: ['PY'],
    place: 'Ponta Porã',
    country: 'BR',
  },
  {
    name: 'the outskirts of a town ("en la periferia de X"); "la capital argentina" names no victims',
    title: 'Liberan a nueve costureros bolivianos',
    text: 'La policía liberó a nueve costureros bolivianos que trabajaban en condiciones de esclavitud en un taller de la periferia de Quilmes, a 20 kilómetros de la capital argentina. No podían salir del taller.',
    label: 'incident',
    count: 9,
    nationalities: ['BO'],
    country: 'AR',
  },
];

runTable('es', ES);

runTable('fr', [
  {
    name: 'the countryside of a town is the place ("dans la campagne de X"); "la frontière malienne" names no victims',
    title: "Douze enfants libérés d'un champ de coton",
    text: 'La gendarmerie a libéré douze enfants burkinabè soumis au travail forcé dans un champ de coton dans la campagne de Korhogo, non loin de la frontière malienne. Ils travaillaient sans salaire depuis des mois.',
    label: 'incident',
    count: 12,
    nationalities: ['BF'],
    place: 'Korhogo',
    country: 'CI',
  },
]);

// Cases that are not raids: workers taking their employer to a labour court; "il bilancio di un'operazione"
// (an operation's outcome) is a case, not a round-up.
runTable('fr', [
  {
    name: 'workers denounce their employer before the labour court',
    title: "Des saisonniers réduits à l'esclavage dans une exploitation agricole",
    text: "Six travailleurs tunisiens détachés, employés dans une exploitation agricole de la Drôme, ont dénoncé mardi devant les prud'hommes des journées de quatorze heures sans repos. Ils étaient payés quelques euros et logés dans un hangar.",
    label: 'incident',
  },
  {
    name: 'le bilan of an operation is a case',
    title: "Travail forcé : le bilan de l'opération dans les vignes",
    text: "Le bilan de l'opération menée jeudi par les gendarmes dans les vignes est de trois interpellations. Quinze vendangeurs exploités, logés sous des tentes, ont été libérés.",
    label: 'incident',
  },
]);
runTable('it', [
  {
    name: 'il bilancio of an operation is a case',
    title: 'Caporalato, il bilancio del blitz nelle campagne',
    text: "È di tre arresti il bilancio di un'operazione dei carabinieri contro il caporalato nelle campagne di Latina. Gli indagati sfruttavano venti braccianti indiani, pagati due euro l'ora e minacciati di licenziamento.",
    label: 'incident',
  },
  {
    name: 'a yearly bilancio stays a round-up',
    title: "Caporalato, il bilancio dell'anno: 300 denunce",
    text: "Secondo il bilancio annuale dell'ispettorato, nel 2024 le denunce per caporalato sono state 300, il 12 per cento in più rispetto all'anno precedente. I dati mostrano un aumento in tutta Italia.",
    label: 'related',
  },
]);

// Chinese: the other names of the offence (强制劳动, 强迫劳役), documents taken told passively (护照被没收), pay told
// as "not a cent" (一分钱也没拿到) and a beating as 一顿打; trapped abroad (被困) and watched (监视).
runTable('zh', [
  {
    name: 'a sentencing under 强制劳动',
    title: '石料厂老板获刑',
    text: '李某以招工为名将六名外地工人骗到石料厂，每天工作十三个小时，工人干了两个月一分钱也没拿到，想走就换来一顿打。近日，法院以强制劳动罪判处李某有期徒刑三年。',
    label: 'incident',
  },
  {
    name: 'workers trapped abroad, passports confiscated',
    title: '護照被沒收 30余名民工被困海外工地',
    text: '30余名民工赴海外工地打工，護照被沒收，睡覺也被監視，目前被困當地。市政府已召開緊急會議，研究解救措施。',
    label: 'incident',
  },
]);
runTable('fr', [
  // Denouncing a practice in general at a rally is no case.
  {
    name: 'children denounce forced begging at a rally: related',
    title: 'Les talibés dénoncent la mendicité forcée',
    text: "Des centaines de talibés ont dénoncé samedi, lors d'une marche à Thiès, la mendicité forcée et les violences dans certaines écoles coraniques. Selon les associations, des dizaines de milliers d'enfants mendient chaque jour dans le pays.",
    label: 'related',
  },
]);

// Totals of many operations in the lead are aggregates (related); a case's own two raids are not.
runTable('es', [
  {
    name: 'totals of a year and a half of operations: related',
    title: 'La Guardia Civil libera a 300 víctimas de explotación laboral',
    text: 'En dos años la Guardia Civil ha llevado a cabo 48 operaciones contra la trata con fines de explotación laboral, ha detenido a 150 personas y ha liberado a 300 víctimas que trabajaban en condiciones de esclavitud.',
    label: 'related',
  },
  {
    name: 'two raids of one case stay a case',
    title: 'Liberan a 14 temporeros explotados en dos fincas',
    text: 'La Guardia Civil liberó el martes a 14 temporeros rumanos sometidos a explotación laboral en dos redadas en fincas de Jaén. Trabajaban doce horas sin cobrar y les retiraron los pasaportes.',
    label: 'incident',
  },
]);
runTable('ms', [
  {
    name: 'victims rescued in many raids over months: related',
    title: '',
    text: 'KUALA LUMPUR: Seramai 640 mangsa pemerdagangan orang diselamatkan dalam 150 serbuan polis di seluruh negara sejak Januari hingga Jun tahun ini. Kebanyakan mangsa dipaksa menjadi buruh paksa di kilang dan ladang.',
    label: 'related',
  },
]);

// Sexual exploitation alone is out of scope; told beside labour exploitation it stays a case.
runTable('fr', [
  {
    name: 'a prostitution ring dismantled: unrelated',
    title: 'Un réseau de proxénétisme démantelé à Lyon',
    text: 'Huit personnes ont été mises en examen pour traite des êtres humains et proxénétisme aggravé. Le réseau exploitait une vingtaine de jeunes femmes contraintes à la prostitution dans des appartements loués.',
    label: 'unrelated',
  },
]);
runTable('es', [
  {
    name: 'sexual and labour exploitation together: a case',
    title: 'Liberadas 12 mujeres explotadas sexual y laboralmente',
    text: 'La Policía Nacional liberó a 12 mujeres paraguayas víctimas de trata con fines de explotación sexual. Otras cuatro mujeres eran sometidas a explotación laboral como empleadas domésticas, sin cobrar y sin poder salir de la casa. Hay cinco detenidos.',
    label: 'incident',
  },
]);
