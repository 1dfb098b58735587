// The exploitation site over the other places a report names, by kind, in es/fr/it/pt/de/id/ms: a town named right
// after the workplace ("una finca de Huelva", "un domaine viticole de Saint-Émilion", "di sebuah pabrik di
// Tangerang", "in einem Betrieb in Gütersloh") beats the town of the arrest, the court, the prosecutors or police
// acting, the dateline, a shelter the victims were taken to or the place they were sent back to; a town the
// gazetteer lacks after a workplace and a preposition of place is a locality ("sebuah restoran di Kajang"); a street
// named after a town is not that town. Every sentence is invented for the test.
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

// [lang, text, the place of the exploitation as written]
const SITES: [string, string, string][] = [
  // a unit word before a known town after the workplace is no unknown locality
  ['id', 'Polisi menggerebek sebuah pabrik di Kabupaten Bekasi dan menyelamatkan 20 buruh.', 'Bekasi'],
  ['de', 'BERLIN. Der Zoll hat in einem Betrieb in Gütersloh 30 Arbeiter kontrolliert.', 'Gütersloh'],
  [
    'de',
    'Das Landgericht Oldenburg verurteilte den Landwirt wegen Ausbeutung von Erntehelfern auf seinem Hof in Cloppenburg.',
    'Cloppenburg',
  ],
  ['de', 'Die Staatsanwaltschaft Köln ermittelt gegen den Betreiber eines Spargelhofs bei Bornheim.', 'Bornheim'],
  [
    'de',
    'Die Arbeiter, im Frauenhaus in Hamburg untergebracht, hatten in einem Nagelstudio in Lübeck gearbeitet.',
    'Lübeck',
  ],
  ['de', 'Die Polizei München fand in einer Wohnung in Freising drei Haushaltshilfen.', 'Freising'],
  ['de', 'In einer Fleischfabrik in Rheda-Wiedenbrück lebten die Arbeiter in Sammelunterkünften.', 'Rheda-Wiedenbrück'],
  ['de', 'Das Hauptzollamt Stuttgart kontrollierte eine Baustelle in Esslingen.', 'Esslingen'],
  ['de', 'Auf einem Weingut bei Bernkastel-Kues mussten Saisonkräfte 12 Stunden täglich arbeiten.', 'Bernkastel-Kues'],
  ['de', 'Die Frauen stammten aus Rumänien und arbeiteten in einem Bordell in Saarbrücken.', 'Saarbrücken'],
  ['de', 'Das Amtsgericht Bonn verurteilte den Inhaber eines Restaurants in Siegburg.', 'Siegburg'],
  ['es', 'MADRID.- La Guardia Civil ha liberado a 12 trabajadores que eran explotados en una finca de Lorca.', 'Lorca'],
  [
    'es',
    'La Policía Nacional detuvo en Sevilla a tres personas por explotar a temporeros en una finca de Huelva.',
    'Huelva',
  ],
  [
    'es',
    'El juicio se celebró en la Audiencia Provincial de Murcia. Los trabajadores vivían en una nave en Totana.',
    'Totana',
  ],
  ['es', 'Los inspectores encontraron a 20 costureras en un taller clandestino en Flores, Buenos Aires.', 'Flores'],
  [
    'es',
    'La víctima fue trasladada a un centro de acogida en Madrid tras ser liberada en un prostíbulo de Toledo, donde limpiaba.',
    'Toledo',
  ],
  ['es', 'Los detenidos, vecinos de Almería, explotaban a los temporeros en invernaderos de El Ejido.', 'El Ejido'],
  [
    'es',
    'Agentes de la Policía Federal rescataron a 30 jornaleros en un rancho de San Quintín, Baja California.',
    'San Quintín',
  ],
  [
    'es',
    'La Fiscalía de Valencia investiga a un empresario que explotaba a inmigrantes en una fábrica textil de Alcoy.',
    'Alcoy',
  ],
  [
    'es',
    'El juzgado de Jaén ha procesado al dueño de una explotación agrícola de Úbeda por explotar a temporeros.',
    'Úbeda',
  ],
  [
    'es',
    'Los trabajadores, contratados en Bolivia, cosían en un taller de costura ubicado en Morón, en la provincia de Buenos Aires.',
    'Morón',
  ],
  [
    'es',
    'La Policía detuvo en Madrid a los responsables de un restaurante de Getafe donde los empleados trabajaban 14 horas.',
    'Getafe',
  ],
  ['es', 'Las costureras trabajaban en un piso de la calle Toledo, en Alcorcón.', 'Alcorcón'],
  ['fr', 'PARIS - Les gendarmes ont découvert huit ouvriers dans une exploitation viticole à Cognac.', 'Cognac'],
  [
    'fr',
    "Le tribunal correctionnel de Bordeaux a condamné le patron d'un domaine viticole de Saint-Émilion.",
    'Saint-Émilion',
  ],
  ['fr', 'Les travailleurs, originaires du Mali, étaient logés dans un hangar à Bobigny.', 'Bobigny'],
  [
    'fr',
    'Le parquet de Châlons-en-Champagne a ouvert une enquête sur des vendangeurs exploités dans un domaine à Épernay.',
    'Épernay',
  ],
  ['fr', "Les victimes, mises à l'abri à Lyon, travaillaient dans un restaurant de Villeurbanne.", 'Villeurbanne'],
  ['fr', 'Au Maroc, des ouvrières agricoles de Kénitra dénoncent des abus dans une ferme près de Larache.', 'Larache'],
  ['fr', "Le procureur de Marseille a requis trois ans contre le gérant d'un atelier de couture d'Aubagne.", 'Aubagne'],
  [
    'fr',
    "Des saisonniers marocains étaient exploités dans une exploitation agricole à Cavaillon, selon la gendarmerie d'Avignon.",
    'Cavaillon',
  ],
  [
    'fr',
    'La police de Montréal a démantelé un réseau qui exploitait des travailleurs dans une usine de Laval.',
    'Laval',
  ],
  ['fr', 'Les ouvriers ont été rapatriés en Tunisie après avoir travaillé sur un chantier à Nantes.', 'Nantes'],
  ['fr', 'Les ouvriers cousaient dans un atelier de la rue de Paris à Montreuil.', 'Montreuil'],
  ['id', 'JAKARTA - Polisi menggerebek sebuah pabrik di Tangerang dan menyelamatkan 20 buruh.', 'Tangerang'],
  ['id', 'Para korban asal NTT dipekerjakan di sebuah perkebunan sawit di Sarawak, Malaysia.', 'Sarawak'],
  ['id', 'Polda Jawa Timur membongkar penampungan calon PMI ilegal di Malang.', 'Malang'],
  ['id', 'Para ABK dipulangkan ke Jakarta setelah disekap di kapal ikan di Busan.', 'Busan'],
  ['id', 'Korban dievakuasi ke rumah aman di Surabaya setelah bekerja di sebuah rumah di Sidoarjo.', 'Sidoarjo'],
  ['id', 'Polres Bekasi menggerebek sebuah pabrik kosmetik di Cikarang.', 'Cikarang'],
  [
    'id',
    'Kasus ini disidangkan di Pengadilan Negeri Medan; para pekerja dipaksa bekerja di sebuah perkebunan di Binjai.',
    'Binjai',
  ],
  ['id', 'Warga Cianjur itu dipekerjakan di sebuah restoran di Jeddah tanpa gaji.', 'Jeddah'],
  ['id', 'Polisi menyelamatkan 15 PRT yang disekap di sebuah rumah di Depok.', 'Depok'],
  ['id', 'Para pekerja dipulangkan ke Kupang setelah diselamatkan dari sebuah pabrik di Penang.', 'Penang'],
  ['it', "ROMA - I carabinieri hanno liberato braccianti in un'azienda agricola di Latina.", 'Latina'],
  ['it', 'La procura di Foggia ha indagato il titolare di una masseria di Cerignola.', 'Cerignola'],
  [
    'it',
    'Gli operai lavoravano in un capannone industriale a Prato, secondo la Guardia di Finanza di Firenze.',
    'Prato',
  ],
  [
    'it',
    'I braccianti, trasferiti in una struttura di accoglienza a Bari, lavoravano nelle serre di Comiso.',
    'Comiso',
  ],
  ['it', 'Il tribunale di Milano ha condannato i gestori di un laboratorio tessile di Carpi.', 'Carpi'],
  ['it', 'I carabinieri di Cuneo hanno scoperto lavoratori sfruttati in una cascina a Saluzzo.', 'Saluzzo'],
  ['it', 'La Guardia di Finanza di Napoli ha sequestrato una fabbrica di scarpe a Casoria.', 'Casoria'],
  ['it', 'Sfruttavano operai pakistani in un cantiere edile a Brescia, ha detto la polizia di Bergamo.', 'Brescia'],
  ['it', 'Dodici lavoratori indiani impiegati in un allevamento di Sabaudia sono stati liberati.', 'Sabaudia'],
  [
    'it',
    "Nei campi di Nardò i braccianti raccoglievano angurie per tre euro l'ora, secondo la procura di Lecce.",
    'Nardò',
  ],
  [
    'it',
    "I lavoratori erano ospitati in via Napoli, a Caserta, e lavoravano in un'azienda di Mondragone.",
    'Mondragone',
  ],
  ['ms', 'KUALA LUMPUR: Polis menyelamatkan 15 pekerja asing di sebuah kilang di Klang.', 'Klang'],
  [
    'ms',
    'Mangsa dari Indonesia dipaksa bekerja di ladang di Sandakan sebelum dihantar pulang ke Surabaya.',
    'Sandakan',
  ],
  ['ms', 'JTK Johor menyerbu sebuah kilang perabot di Muar dan menemui 30 pekerja tanpa gaji.', 'Muar'],
  [
    'ms',
    'Mahkamah Sesyen Kuala Lumpur mendakwa majikan yang mendera pembantu rumah itu di sebuah kondominium di Cheras.',
    'Cheras',
  ],
  ['ms', 'Pekerja Bangladesh itu ditemui di sebuah tapak pembinaan di Seremban.', 'Seremban'],
  ['ms', 'APMM memintas bot nelayan di perairan Kuantan dengan 12 awak-awak warga asing.', 'Kuantan'],
  ['ms', 'Polis Perak menyelamatkan mangsa di sebuah kedai makan di Ipoh.', 'Ipoh'],
  [
    'ms',
    'Mangsa dihantar ke rumah perlindungan di Kuala Lumpur selepas bekerja di sebuah restoran di Kajang.',
    'Kajang',
  ],
  ['ms', 'Pekerja Nepal ditemui di sebuah estet kelapa sawit di Kluang, Johor.', 'Kluang'],
  ['ms', 'Mangsa warga Myanmar bekerja di sebuah kilang di Shah Alam sebelum diselamatkan.', 'Shah Alam'],
  ['pt', 'A Polícia Federal resgatou 20 trabalhadores numa fazenda de Bom Jesus.', 'Bom Jesus'],
  ['pt', 'Os auditores fiscais encontraram costureiras bolivianas numa oficina de costura em Guarulhos.', 'Guarulhos'],
  ['pt', 'O Ministério Público de Lisboa acusou o dono de uma exploração agrícola em Odemira.', 'Odemira'],
  [
    'pt',
    'Os trabalhadores, levados para um abrigo em Porto Alegre, colhiam uvas numa vinícola de Bento Gonçalves.',
    'Bento Gonçalves',
  ],
  ['pt', 'A GNR de Beja identificou imigrantes numa herdade em Serpa.', 'Serpa'],
  ['pt', 'A operação em Belo Horizonte resgatou 14 pessoas de uma carvoaria no interior de Curvelo.', 'Curvelo'],
  ['pt', 'O tribunal de Évora condenou o dono de uma estufa em Almeirim.', 'Almeirim'],
  [
    'pt',
    'Trabalhadores eram mantidos num alojamento em Beja e levados para uma exploração em Ferreira do Alentejo.',
    'Ferreira do Alentejo',
  ],
  ['pt', 'A fiscalização em Goiânia resgatou 8 pessoas de uma fazenda de café em Patrocínio.', 'Patrocínio'],
  [
    'pt',
    'O Ministério do Trabalho em Brasília informou o resgate de 56 trabalhadores num cafezal em Franca.',
    'Franca',
  ],
];

for (const [lang, text, want] of SITES) {
  test(`site ${lang}: ${text}`, () => {
    const p = top(lang, text);
    assert.ok(p, 'a place');
    assert.ok(p.name === want || p.canonical === want, `${p.name} (${p.canonical}) is not ${want}`);
  });
}
