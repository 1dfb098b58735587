// Italian and French indicators by kind (invented sentences in the wording of carabinieri, labour inspectors,
// prosecutors, gendarmerie and press reports), beside traps that must give nothing: the law's list of the signs of
// exploitation, a union's general claims, a minister's speech, negated abuse, wages paid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findIndicators } from '../../extractors/indicators.js';

/** Read as a case's evidence (the traps hold). */
const CASE = { ofCase: true };

const FOUND: [lang: string, sentence: string, id: string][] = [
  ['it', 'Il caporale approfittava della condizione di bisogno dei braccianti.', 'abuse_of_vulnerability'],
  ['it', 'I lavoratori, privi di permesso di soggiorno, erano ricattabili.', 'abuse_of_vulnerability'],
  ['it', 'Le vittime erano state reclutate con la promessa di un lavoro regolare.', 'deception'],
  ['it', 'Una volta arrivati scoprivano che il contratto promesso non esisteva.', 'deception'],
  [
    'it',
    'I braccianti non potevano allontanarsi dal casolare senza il permesso del caporale.',
    'restriction_of_movement',
  ],
  ['it', 'Le donne erano tenute segregate in un appartamento.', 'restriction_of_movement'],
  ['it', 'Ai lavoratori venivano tolti i cellulari.', 'isolation'],
  ['it', 'Chi protestava veniva picchiato dal caporale.', 'physical_and_sexual_violence'],
  ['it', 'Il datore di lavoro la prendeva a schiaffi e calci.', 'physical_and_sexual_violence'],
  ['it', 'Venivano minacciati di essere rimandati nel loro Paese.', 'intimidation_and_threats'],
  ['it', 'Chi chiedeva la paga veniva minacciato di licenziamento.', 'intimidation_and_threats'],
  ['it', 'Il titolare si era fatto consegnare i passaporti dei lavoratori.', 'retention_of_identity_documents'],
  ['it', 'Al loro arrivo i documenti venivano ritirati dal caporale.', 'retention_of_identity_documents'],
  ['it', 'I braccianti ricevevano una paga di 3 euro l’ora.', 'withholding_of_wages'],
  ['it', 'Da mesi non ricevevano lo stipendio.', 'withholding_of_wages'],
  ['it', 'Il caporale tratteneva metà della paga giornaliera.', 'withholding_of_wages'],
  ['it', 'Dovevano pagare 5 euro al giorno per il trasporto nei campi.', 'debt_bondage'],
  ['it', 'Le donne dovevano restituire un debito di 30mila euro per il viaggio.', 'debt_bondage'],
  ['it', 'I lavoratori vivevano in alloggi fatiscenti, senza acqua corrente.', 'abusive_working_and_living_conditions'],
  ['it', 'Dormivano su materassi buttati a terra in un capannone.', 'abusive_working_and_living_conditions'],
  ['it', 'Lavoravano senza dispositivi di protezione individuale.', 'abusive_working_and_living_conditions'],
  ['it', 'I braccianti erano costretti a turni massacranti sotto il sole.', 'excessive_overtime'],
  ['it', 'Lavoravano anche 14 ore al giorno, sette giorni su sette.', 'excessive_overtime'],
  ['it', 'Lavoravano dalle 4 del mattino fino a sera.', 'excessive_overtime'],
  [
    'fr',
    'Le prévenu a profité de la situation de précarité des ouvriers sans titre de séjour.',
    'abuse_of_vulnerability',
  ],
  ['fr', 'Les victimes, en situation irrégulière, ne parlaient pas français.', 'abuse_of_vulnerability'],
  ['fr', 'On leur avait fait miroiter un emploi bien payé en France.', 'deception'],
  ['fr', 'Les jeunes femmes avaient été recrutées sous de faux prétextes.', 'deception'],
  ['fr', 'Les ouvriers étaient enfermés à clé la nuit dans le hangar.', 'restriction_of_movement'],
  ['fr', 'Elle n’avait pas le droit de sortir de la maison.', 'restriction_of_movement'],
  ['fr', 'Son téléphone lui avait été retiré par ses employeurs.', 'isolation'],
  ['fr', 'Elle n’avait aucun contact avec sa famille.', 'isolation'],
  ['fr', 'Elle recevait des gifles et des coups de ceinture.', 'physical_and_sexual_violence'],
  ['fr', 'Les travailleurs étaient menacés d’être dénoncés à la police.', 'intimidation_and_threats'],
  ['fr', 'Le patron leur avait confisqué leurs passeports à leur arrivée.', 'retention_of_identity_documents'],
  ['fr', 'Ses papiers d’identité étaient conservés par le couple.', 'retention_of_identity_documents'],
  ['fr', 'Les saisonniers n’avaient pas été payés depuis trois mois.', 'withholding_of_wages'],
  ['fr', 'Ils étaient payés 2 euros de l’heure.', 'withholding_of_wages'],
  ['fr', 'Les ouvriers touchaient une rémunération dérisoire.', 'withholding_of_wages'],
  ['fr', 'Les frais de transport et de logement étaient retenus sur leur paie.', 'debt_bondage'],
  ['fr', 'Elle devait rembourser 40 000 euros pour son voyage.', 'debt_bondage'],
  [
    'fr',
    'Les ouvriers vivaient dans un hébergement indigne, sans eau chaude.',
    'abusive_working_and_living_conditions',
  ],
  ['fr', 'Ils dormaient à plusieurs dans une pièce insalubre.', 'abusive_working_and_living_conditions'],
  ['fr', 'Les employés travaillaient jusqu’à 15 heures par jour.', 'excessive_overtime'],
  ['fr', 'Elle enchaînait des journées de 12 heures sans jour de repos.', 'excessive_overtime'],
  ['fr', 'Ils travaillaient de 6 heures du matin à 22 heures.', 'excessive_overtime'],
  ['fr', 'Les ouvriers travaillaient de 8h00 à 21h00, soit 13h par jour.', 'excessive_overtime'],
  ['fr', 'Les personnes en séjour irrégulier étaient employées sans contrat.', 'abuse_of_vulnerability'],
  ['fr', 'Elle subissait des pressions constantes de la part de son employeur.', 'intimidation_and_threats'],
];
for (const [lang, sentence, id] of FOUND) {
  test(`${lang} indicator ${id}: ${sentence}`, () =>
    assert.ok(
      findIndicators([sentence], lang, CASE).some((i) => i.id === id),
      JSON.stringify(findIndicators([sentence], lang, CASE)),
    ));
}

// Traps: each gives no indicator at all.
const NOTHING: [lang: string, sentence: string][] = [
  [
    'it',
    "L'articolo 603-bis indica tra gli indici di sfruttamento la retribuzione difforme e le condizioni degradanti.",
  ],
  ['it', 'Il sindacato denuncia da anni turni massacranti e paghe da fame nelle campagne.'],
  ['it', 'Il ministro ha promesso più controlli contro il caporalato.'],
  ['it', 'I lavoratori hanno dichiarato di ricevere regolarmente lo stipendio.'],
  ['it', 'Non sono emersi segni di violenze sui braccianti.'],
  ['fr', "Le code pénal punit l'hébergement contraire à la dignité et le travail sans rémunération."],
  ['fr', 'Selon l’ONG, les travailleurs détachés subissent souvent des menaces et des salaires impayés.'],
  ['fr', 'La ministre a promis de renforcer les contrôles dans les exploitations.'],
  ['fr', 'Les ouvriers ont affirmé être payés chaque mois.'],
  ['fr', 'C’est sous la pression des syndicats que les mesures ont été prises.'],
  ['fr', 'Les primes de précarité ont été versées à la fin du contrat.'],
  ['fr', 'Le prévenu a nié toute violence envers ses employés.'],
];
for (const [lang, sentence] of NOTHING) {
  test(`${lang} no indicator: ${sentence}`, () => assert.deepEqual(findIndicators([sentence], lang, CASE), []));
}
