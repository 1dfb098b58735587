// Spanish, Italian and Portuguese indicators by the kinds reporters use (invented sentences): es no permit to work,
// forbidden to leave by the employer, neither fed nor paid, charged for the trip or board; it violence used or
// suffered without an adjective; pt freedom of movement restricted, kept from leaving, exhausting work, no drinking
// water or sanitation, scarce meals. Traps: a sentence on violence in general, a shop's opening, a law's wording.
import { checkIndicatorRows } from './indicator-rows.js';

checkIndicatorRows('es', {
  found: [
    ['Los temporeros carecían de permiso de trabajo y de residencia.', 'abuse_of_vulnerability'],
    ['Les prohibían salir de la finca salvo para ir al tajo.', 'restriction_of_movement'],
    ['Pasaron semanas trabajando sin comer ni cobrar.', 'withholding_of_wages'],
    ['Les cobraban cantidades abusivas por el traslado desde su país.', 'debt_bondage'],
    ['El capataz les cobraba 200 euros al mes por el alojamiento.', 'debt_bondage'],
    ['La mayoría no tenía permiso de residencia ni de trabajo.', 'abuse_of_vulnerability'],
    ['El dueño le prohibía salir de la casa los domingos.', 'restriction_of_movement'],
    ['Les prohibieron abandonar la explotación durante la campaña.', 'restriction_of_movement'],
    ['Trabajaron tres meses sin descanso ni cobrar.', 'excessive_overtime'],
    ['La red les cobró 3.000 euros por el viaje hasta Almería.', 'debt_bondage'],
  ],
  refused: [['La tienda cobra diez euros por el envío a domicilio.', 'debt_bondage']],
});

checkIndicatorRows('it', {
  found: [
    ['I caporali usavano violenze e minacce contro chi protestava.', 'physical_and_sexual_violence'],
    ['Le braccianti subivano violenze dal datore di lavoro.', 'physical_and_sexual_violence'],
    ['Erano costretti con la violenza a lavorare nei campi.', 'physical_and_sexual_violence'],
    ['Il caporale esercitava violenze su chi rallentava.', 'physical_and_sexual_violence'],
    ['Le donne ricevevano minacce e violenze quotidiane.', 'physical_and_sexual_violence'],
    ['Le donne ricevevano minacce e violenze quotidiane.', 'intimidation_and_threats'],
    ['Gli operai hanno subito violenze per mesi nel capannone.', 'physical_and_sexual_violence'],
    ['I braccianti vivevano ammassati in un casolare senza servizi igienici.', 'abusive_working_and_living_conditions'],
    ['Lavoravano anche 14 ore al giorno per pochi euro.', 'excessive_overtime'],
  ],
  refused: [['Il convegno ha discusso della violenza di genere in Europa.', 'physical_and_sexual_violence']],
});

checkIndicatorRows('pt', {
  found: [
    ['Os empregados sofriam restrições à liberdade de locomoção.', 'restriction_of_movement'],
    ['Os cortadores ficaram impossibilitados de saírem da fazenda.', 'restriction_of_movement'],
    ['Os fiscais constataram trabalho exaustivo na carvoaria.', 'excessive_overtime'],
    ['No barraco não havia água potável nem energia elétrica.', 'abusive_working_and_living_conditions'],
    ['As refeições eram escassas e servidas uma vez por dia.', 'abusive_working_and_living_conditions'],
    ['Os trabalhadores não tinham alimentação adequada no acampamento.', 'abusive_working_and_living_conditions'],
    ['Havia restrição à liberdade de locomoção dos empregados.', 'restriction_of_movement'],
    ['Os peões eram impedidos de sair da fazenda sem autorização.', 'restriction_of_movement'],
    ['Faltavam instalações sanitárias no alojamento.', 'abusive_working_and_living_conditions'],
    ['O grupo era submetido a trabalhos exaustivos na colheita.', 'excessive_overtime'],
  ],
  nothing: ['A prefeitura inaugurou uma nova escola no bairro.'],
});
